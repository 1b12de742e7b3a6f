import rule from '../../rules/no-async-tidy.js';
import { createRuleTester, createTypedRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();
const tfjs = "import * as tf from '@tensorflow/tfjs';\n";

ruleTester.run('no-async-tidy', rule, {
  valid: [
    { name: 'a synchronous tidy', code: `${tfjs}const y = tf.tidy(() => tf.ones([2]).mul(2));` },
    { name: 'reading synchronously inside tidy', code: `${tfjs}const v = tf.tidy(() => tf.ones([2]).sum().dataSync());` },
    { name: 'awaiting after tidy', code: `${tfjs}async function f() { const y = tf.tidy(() => tf.ones([2]).mul(2)); const v = await y.data(); y.dispose(); return v; }` },
    { name: 'an async function nested in tidy runs later, outside it', code: `${tfjs}tf.tidy(() => { button.onclick = async () => { await save(); }; return tf.ones([1]); });` },
    { name: 'a tidy that is not tfjs', code: 'const tidy = (fn) => fn();\ntidy(async () => { await x; });' },
    { name: 'a local tf', code: 'const tf = { tidy: (f) => f() };\ntf.tidy(async () => 1);' },
    { name: 'data() on an unknown value', code: `${tfjs}tf.tidy(() => { cache.data(); return tf.ones([1]); });` },
  ],
  invalid: [
    {
      name: 'an async callback',
      code: `${tfjs}const y = tf.tidy(async () => {\n  const t = tf.ones([2]);\n  return t.data();\n});`,
      errors: [{ messageId: 'asyncCallback', line: 2, column: 19, data: { tidy: 'tf.tidy' } }],
    },
    {
      name: 'an async function expression with a name argument',
      code: `${tfjs}tf.tidy('step', async function () { await tick(); });`,
      errors: [{ messageId: 'asyncCallback' }],
    },
    {
      name: 'an async callback held in a const',
      code: `${tfjs}const work = async () => tf.ones([1]);\ntf.tidy(work);`,
      errors: [{ messageId: 'asyncCallback', line: 2 }],
    },
    {
      name: '.then inside tidy',
      code: `${tfjs}tf.tidy(() => {\n  const t = tf.ones([2]);\n  t.data().then((v) => show(v));\n  return t;\n});`,
      errors: [{ messageId: 'thenInside', line: 4, data: { tidy: 'tf.tidy' } }],
    },
    {
      name: 'an async read or prediction inside tidy',
      code: `${tfjs}const g = await tf.loadGraphModel('u');\ntf.tidy(() => {\n  const out = g.executeAsync(tf.ones([1, 3]));\n  return tf.ones([1]).array();\n});`,
      errors: [
        { messageId: 'asyncRead', line: 4, data: { tidy: 'tf.tidy', call: 'g.executeAsync()' } },
        { messageId: 'asyncRead', line: 5, data: { tidy: 'tf.tidy', call: 'tf.ones(…).array()' } },
      ],
    },
    {
      name: 'named import and CommonJS',
      code: "const { tidy, ones } = require('@tensorflow/tfjs-node');\ntidy(async () => ones([1]));",
      errors: [{ messageId: 'asyncCallback', data: { tidy: 'tidy' } }],
    },
    {
      name: 'the tf global',
      code: 'tf.tidy(async () => { await tf.nextFrame(); });',
      errors: [{ messageId: 'asyncCallback' }],
    },
  ],
});

const typedRuleTester = createTypedRuleTester();

typedRuleTester.run('no-async-tidy (type-aware)', rule, {
  valid: [],
  invalid: [
    {
      name: 'data() on a tensor parameter, known from its type',
      code: `${tfjs}export function f(x: tf.Tensor) { return tf.tidy(() => { void x.data(); return x.square(); }); }`,
      errors: [{ messageId: 'asyncRead', data: { tidy: 'tf.tidy', call: 'x.data()' } }],
    },
  ],
});
