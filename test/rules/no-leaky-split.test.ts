import rule from '../../rules/no-leaky-split.js';
import { createRuleTester, createTypedRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();
const tfjs = "import * as tf from '@tensorflow/tfjs';\n";

ruleTester.run('no-leaky-split', rule, {
  valid: [
    { name: 'split first, shuffle only the training part', code: `${tfjs}const ds = tf.data.csv(url);\nconst val = ds.take(1000);\nconst train = ds.skip(1000).shuffle(10000, '42');` },
    { name: 'take alone from a shuffled dataset draws a sample', code: `${tfjs}const sample = tf.data.csv(url).shuffle(100).take(10);` },
    { name: 'skip alone', code: `${tfjs}const s = tf.data.array(rows).shuffle(100);\nconst rest = s.skip(10);` },
    { name: 'take then skip narrows one part', code: `${tfjs}const s = tf.data.array(rows).shuffle(100);\nconst part = s.take(100).skip(10);` },
    { name: 'take and skip on an unshuffled dataset', code: `${tfjs}const ds = tf.data.array(rows);\nconst a = ds.take(10);\nconst b = ds.skip(10);` },
    { name: 'take and skip on something that is not a Dataset', code: `${tfjs}const s = rows.shuffle(100);\nconst a = s.take(10);\nconst b = s.skip(10);` },
    { name: 'a reassigned variable cannot be followed', code: `${tfjs}let s = tf.data.array(rows).shuffle(100);\ns = load();\nconst a = s.take(10);\nconst b = s.skip(10);` },
    { name: 'two different shuffles', code: `${tfjs}const a = tf.data.array(rows).shuffle(100).take(10);\nconst b = tf.data.array(other).shuffle(100).skip(10);` },
    { name: 'a local variable named tf', code: 'const tf = fake();\nconst s = tf.data.array(rows).shuffle(100);\ns.take(1);\ns.skip(1);' },
  ],
  invalid: [
    {
      name: 'take and skip on one shuffled dataset',
      code: `${tfjs}const shuffled = tf.data.csv(url).shuffle(10000);\nconst val = shuffled.take(1000);\nconst train = shuffled.skip(1000);`,
      errors: [{ messageId: 'leakySplit', line: 3, data: { split: 'shuffled.take', other: 'shuffled.skip', otherLine: 4, shuffle: 'tf.data.csv(…).shuffle' } }],
    },
    {
      name: 'a seeded shuffle without reshuffling still leaks',
      code: `${tfjs}const s = tf.data.array(rows).shuffle(100, '42', false);\nconst train = s.skip(20).batch(8);\nconst val = s.take(20).batch(8);`,
      errors: [{ messageId: 'leakySplit', line: 3, data: { split: 's.skip', other: 's.take', otherLine: 4, shuffle: 'tf.data.array(…).shuffle' } }],
    },
    {
      name: 'through map and through a second variable',
      code: `${tfjs}const s = tf.data.csv(url).shuffle(100).map(toXY);\nconst prepared = s.batch(32);\nconst val = prepared.take(2);\nconst train = s.skip(64);`,
      errors: [{ messageId: 'leakySplit', line: 4 }],
    },
    {
      name: 'CommonJS tfjs-data',
      code: "const tfd = require('@tensorflow/tfjs-data');\nconst s = tfd.array(rows).shuffle(10);\ns.take(2);\ns.skip(2);",
      errors: [{ messageId: 'leakySplit', data: { split: 's.take', other: 's.skip', otherLine: 4, shuffle: 'tfd.array(…).shuffle' } }],
    },
    {
      name: 'aliased named import from tfjs-data',
      code: "import { csv as readCsv } from '@tensorflow/tfjs-data';\nconst s = readCsv(url).shuffle(10);\ns.take(2);\ns.skip(2);",
      errors: [{ messageId: 'leakySplit', data: { split: 's.take', other: 's.skip', otherLine: 4, shuffle: 'readCsv(…).shuffle' } }],
    },
    {
      name: 'the tf global of a script-tag page',
      code: 'const s = tf.data.array(rows).shuffle(10);\nconst a = s.take(2), b = s.skip(2);',
      errors: [{ messageId: 'leakySplit' }],
    },
    {
      name: 'TypeScript syntax',
      code: `${tfjs}const s = (tf.data.array(rows) as tf.data.Dataset<number>).shuffle(10);\nconst val = s!.take(2);\nconst train = s.skip(2);`,
      errors: [{ messageId: 'leakySplit' }],
    },
  ],
});

const typedRuleTester = createTypedRuleTester();

typedRuleTester.run('no-leaky-split (typed)', rule, {
  valid: [],
  invalid: [
    {
      name: 'a shuffled Dataset in a function',
      code: `${tfjs}export function split(rows: number[]) {\n  const s = tf.data.array(rows).shuffle(10);\n  return [s.take(2), s.skip(2)];\n}`,
      errors: [{ messageId: 'leakySplit', line: 4 }],
    },
  ],
});
