import rule from '../../rules/no-unseeded-random.js';
import { createRuleTester, createTypedRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();
const tfjs = "import * as tf from '@tensorflow/tfjs';\n";
const requireGlobals = { globals: { require: 'readonly' as const } };

ruleTester.run('no-unseeded-random', rule, {
  valid: [
    // tfjs ops with a seed, in every import style
    { name: 'seeded randomNormal', code: `${tfjs}tf.randomNormal([2, 2], 0, 1, 'float32', 42);` },
    { name: 'seeded randomUniform with 0 (honoured)', code: `${tfjs}tf.randomUniform([2], 0, 1, 'float32', 0);` },
    { name: 'seeded multinomial', code: `${tfjs}tf.multinomial(logits, 1, 7);` },
    { name: 'seeded dropout op', code: `${tfjs}tf.dropout(x, 0.5, undefined, 3);` },
    { name: 'non-literal seed gets the benefit of the doubt', code: `${tfjs}tf.randomNormal([2], 0, 1, 'float32', config.seed);` },
    { name: 'seed from a parameter', code: `${tfjs}function f(seed) { return tf.truncatedNormal([2], 0, 1, 'float32', seed); }` },
    { name: 'spread arguments cannot be judged', code: `${tfjs}tf.randomNormal(...args);` },
    { name: 'seeded initializer', code: `${tfjs}tf.initializers.glorotUniform({ seed: 1 });` },
    { name: 'initializer options from a parameter', code: `${tfjs}const f = (o) => tf.initializers.heNormal(o);` },
    { name: 'initializer options with a spread', code: `${tfjs}tf.initializers.heNormal({ ...opts });` },
    { name: 'seeded initializer options in a const', code: `${tfjs}const opts = { seed: 5 };\ntf.initializers.orthogonal(opts);` },
    { name: 'non-random initializers', code: `${tfjs}tf.initializers.zeros(); tf.initializers.ones();` },
    { name: 'seeded dropout layer', code: `${tfjs}tf.layers.dropout({ rate: 0.2, seed: 7 });` },
    { name: 'seeded dataset shuffle', code: `${tfjs}tf.data.array([1, 2, 3]).shuffle(3, 'seed');` },
    { name: 'seeded shuffle through a variable', code: `${tfjs}const ds = tf.data.csv('data.csv');\nds.shuffle(100, SEED);` },
    { name: 'shuffle on an array that is not a Dataset', code: `${tfjs}const items = [1, 2, 3];\nitems.shuffle(3);` },
    { name: 'shuffle on an unknown receiver (no types)', code: `${tfjs}function f(ds) { return ds.shuffle(100); }` },
    // Origin, not name
    { name: 'a local tf that is not tfjs', code: 'const tf = makeFake();\ntf.randomNormal([2]);' },
    { name: 'a tf parameter shadows the global', code: 'function f(tf) { return tf.randomNormal([2]); }' },
    { name: 'another library with the same function name', code: "import { randomNormal } from './my-random';\nrandomNormal([2]);" },
    { name: 'lodash outside ML modules', code: "import _ from 'lodash';\n_.shuffle(items);" },
    { name: 'Math.random outside ML modules', code: 'const jitter = Math.random();' },
    { name: 'Math.random in an inference-only module', code: "import * as ort from 'onnxruntime-node';\nconst requestId = Math.random();" },
    { name: 'Math.random used as an id', code: `${tfjs}const id = Math.random().toString(36).slice(2);` },
    { name: 'a local Math object', code: `${tfjs}const Math = { random: () => 4 };\nMath.random();` },
    // Tests draw random inputs on purpose
    { name: 'a *_test.js file', code: `${tfjs}const x = tf.randomUniform([2, 3]);`, filename: 'src/model_test.js' },
    { name: 'a file under __tests__', code: `${tfjs}tf.util.shuffle(xs);`, filename: 'src/__tests__/data.ts' },
    {
      name: 'test files named in settings',
      code: `${tfjs}tf.randomNormal([2]);`,
      filename: 'checks/model.check.ts',
      settings: { 'ml-debt': { testFiles: ['checks/**'] } },
    },
    // Global seeding makes Math.random-backed calls reproducible
    {
      name: 'Math.random seeded globally by seedrandom',
      code: `${tfjs}import seedrandom from 'seedrandom';\nseedrandom('42', { global: true });\nMath.random();\ntf.randomNormal([2]);\ntf.util.shuffle(xs);`,
    },
    {
      name: 'Math.seedrandom from the script-tag build',
      code: "Math.seedrandom('42');\ntf.util.shuffle(xs);",
    },
    {
      name: 'a seed module listed in settings',
      code: `${tfjs}import './seed';\ntf.randomNormal([2]);`,
      filename: 'src/train.ts',
      settings: { 'ml-debt': { seedModules: ['src/seed.ts'] } },
    },
    // Seeded generators
    { name: 'seedrandom with a seed', code: "import seedrandom from 'seedrandom';\nconst rng = seedrandom('hello');" },
    { name: 'seedrandom with a state', code: "import seedrandom from 'seedrandom';\nconst rng = seedrandom('', { state: saved });" },
    { name: 'seedrandom alea without a seed is constant', code: "import seedrandom from 'seedrandom';\nseedrandom.alea();" },
    { name: 'pure-rand generator', code: "import prand from 'pure-rand';\nconst g = prand.xoroshiro128plus(42);" },
    { name: 'pure-rand 8 subpath', code: "import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';\nxoroshiro128plus(7);" },
    {
      name: 'random-js on a seeded engine',
      code: "import { Random, MersenneTwister19937 } from 'random-js';\nconst r = new Random(MersenneTwister19937.seed(42));",
    },
    { name: '@stdlib factory with a seed', code: "import randu from '@stdlib/random/base/randu';\nconst rand = randu.factory({ seed: 1234 });" },
    { name: 'danfo sample is seeded by default', code: "import * as dfd from 'danfojs-node';\nconst s = await df.sample(10);" },
    // ml.js
    { name: 'kmeans with a seed', code: "import { kmeans } from 'ml-kmeans';\nkmeans(data, 3, { seed: 42 });" },
    { name: 'random forest seeded by default', code: "import { RandomForestClassifier } from 'ml-random-forest';\nnew RandomForestClassifier({ nEstimators: 50 });" },
    { name: 'random forest with its own seed', code: "import { RandomForestClassifier } from 'ml-random-forest';\nnew RandomForestClassifier({ seed: 3 });" },
    { name: 'ml-random with a seed', code: "import { Random } from 'ml-random';\nnew Random(42);" },
    // CommonJS and globals
    { name: 'CommonJS seeded op', code: "const tf = require('@tensorflow/tfjs-node');\ntf.randomGamma([2], 1, 1, 'float32', 5);", languageOptions: requireGlobals },
    { name: 'a user-defined require is not Node', code: "function require() {}\nconst tf = require('@tensorflow/tfjs');\ntf.randomNormal([2]);" },
  ],
  invalid: [
    {
      name: 'randomNormal without a seed (namespace import)',
      code: `${tfjs}const w = tf.randomNormal([784, 10]);`,
      errors: [
        {
          messageId: 'missingSeed',
          line: 2,
          column: 11,
          data: {
            name: 'tf.randomNormal',
            fix: 'pass a seed as argument 5: tf.randomNormal(shape, mean, stdDev, dtype, seed)',
          },
        },
      ],
    },
    {
      name: 'aliased named import from tfjs-core',
      code: "import { truncatedNormal as tn } from '@tensorflow/tfjs-core';\ntn([2, 2]);",
      errors: [{ messageId: 'missingSeed', data: { name: 'tn', fix: 'pass a seed as argument 5: tf.truncatedNormal(shape, mean, stdDev, dtype, seed)' } }],
    },
    {
      name: 'every seedable op of tfjs-node',
      code: [
        "import * as tf from '@tensorflow/tfjs-node-gpu';",
        'tf.randomStandardNormal([2]);',
        'tf.randomGamma([2], 1);',
        'tf.randomUniform([2]);',
        'tf.randomUniformInt([2], 0, 10);',
        'tf.multinomial(logits, 2);',
        'tf.dropout(x, 0.5);',
      ].join('\n'),
      errors: [2, 3, 4, 5, 6, 7].map((line) => ({ messageId: 'missingSeed' as const, line })),
    },
    {
      name: 'a seed of 0 on ops where 0 means unseeded',
      code: `${tfjs}tf.randomNormal([2], 0, 1, 'float32', 0);\ntf.multinomial(logits, 1, 0);\nconst SEED = 0;\ntf.truncatedNormal([2], 0, 1, 'float32', SEED);`,
      errors: [
        { messageId: 'unseededValue', line: 2, data: { name: 'tf.randomNormal', value: '0' } },
        { messageId: 'unseededValue', line: 3 },
        { messageId: 'unseededValue', line: 5 },
      ],
    },
    {
      name: 'an explicit undefined seed',
      code: `${tfjs}tf.randomNormal([2], 0, 1, 'float32', undefined);`,
      errors: [{ messageId: 'missingSeed' }],
    },
    {
      name: 'a seed from the clock, Math.random or crypto',
      code: [
        tfjs.trimEnd(),
        "import { randomInt } from 'node:crypto';",
        "tf.randomUniform([2], 0, 1, 'float32', Date.now());",
        "const seed = Math.floor(Math.random() * 1e6);\ntf.randomNormal([2], 0, 1, 'float32', seed);",
        "tf.randomUniform([2], 0, 1, 'float32', performance.now());",
        "tf.randomUniform([2], 0, 1, 'float32', randomInt(100));",
        "tf.randomUniform([2], 0, 1, 'float32', new Date().getTime());",
      ].join('\n'),
      errors: [
        { messageId: 'entropySeed', line: 3, data: { name: 'tf.randomUniform', source: 'Date.now()' } },
        { messageId: 'entropySeed', line: 5, data: { name: 'tf.randomNormal', source: 'Math.random()' } },
        { messageId: 'entropySeed', line: 6, data: { name: 'tf.randomUniform', source: 'performance.now()' } },
        { messageId: 'entropySeed', line: 7, data: { name: 'tf.randomUniform', source: 'randomInt(100)' } },
        { messageId: 'entropySeed', line: 8, data: { name: 'tf.randomUniform', source: 'new Date()' } },
      ],
    },
    {
      name: 'initializers without a seed',
      code: `${tfjs}tf.initializers.glorotUniform({});\ntf.initializers.heNormal();\nconst opts = { mean: 0 };\ntf.initializers.randomNormal(opts);`,
      errors: [
        {
          messageId: 'missingSeed',
          line: 2,
          data: { name: 'tf.initializers.glorotUniform', fix: 'add a seed to its options: tf.initializers.glorotUniform({ seed: 42 })' },
        },
        { messageId: 'missingSeed', line: 3 },
        { messageId: 'missingSeed', line: 5 },
      ],
    },
    {
      name: 'a normal initializer seeded with 0',
      code: `${tfjs}tf.initializers.glorotNormal({ seed: 0 });`,
      errors: [{ messageId: 'unseededValue', data: { name: 'tf.initializers.glorotNormal', value: '0' } }],
    },
    {
      name: 'initializers from tfjs-layers directly',
      code: "import { initializers } from '@tensorflow/tfjs-layers';\ninitializers.leCunUniform({});",
      errors: [{ messageId: 'missingSeed', data: { name: 'initializers.leCunUniform', fix: 'add a seed to its options: tf.initializers.leCunUniform({ seed: 42 })' } }],
    },
    {
      name: 'seedable layers without a seed',
      code: `${tfjs}tf.layers.dropout({ rate: 0.5 });\ntf.layers.spatialDropout1d({ rate: 0.1 });`,
      errors: [
        {
          messageId: 'missingSeed',
          line: 2,
          data: {
            name: 'tf.layers.dropout',
            fix: "seed Math.random for the run with seedrandom(seed, { global: true }); the layer's own `seed` option freezes one dropout mask for every training step",
          },
        },
        { messageId: 'missingSeed', line: 3 },
      ],
    },
    {
      name: 'tf.data shuffle without a seed: chained, through variables, from tfjs-data',
      code: [
        tfjs.trimEnd(),
        "import { csv } from '@tensorflow/tfjs-data';",
        'const a = tf.data.array(xs).map((x) => x * 2).shuffle(1000);',
        "const rows = csv('train.csv');",
        'const batched = rows.batch(32);',
        'batched.shuffle(64);',
        "tf.data.zip({ a, b }).shuffle(10, '');",
      ].join('\n'),
      errors: [
        {
          messageId: 'missingSeed',
          line: 3,
          data: {
            name: 'tf.data.array(…).map(…).shuffle',
            fix: "pass a seed string as the second argument: dataset.shuffle(bufferSize, '42')",
          },
        },
        { messageId: 'missingSeed', line: 6, data: { name: 'batched.shuffle', fix: "pass a seed string as the second argument: dataset.shuffle(bufferSize, '42')" } },
        { messageId: 'unseededValue', line: 7, data: { name: 'tf.data.zip(…).shuffle', value: '""' } },
      ],
    },
    {
      name: 'dataset shuffle is clock-seeded: global Math.random seeding does not help',
      code: `${tfjs}import seedrandom from 'seedrandom';\nseedrandom('1', { global: true });\ntf.data.array(xs).shuffle(10);`,
      errors: [{ messageId: 'missingSeed', line: 4 }],
    },
    {
      name: 'tfjs shufflers that cannot be seeded',
      code: `${tfjs}tf.util.shuffle(indices);\ntf.util.shuffleCombo(xs, ys);\nconst idx = tf.util.createShuffledIndices(100);`,
      errors: [
        {
          messageId: 'unseedable',
          line: 2,
          data: {
            name: 'tf.util.shuffle',
            instead:
              "It shuffles with Math.random; shuffle with a seeded generator instead (a Fisher-Yates shuffle driven by seedrandom(seed)), or use tf.data's dataset.shuffle(bufferSize, seed)",
          },
        },
        { messageId: 'unseedable', line: 3 },
        { messageId: 'unseedable', line: 4 },
      ],
    },
    {
      name: 'lodash and underscore in an ML module, every import style',
      code: [
        tfjs.trimEnd(),
        "import _ from 'lodash';",
        "import { sampleSize } from 'lodash-es';",
        "import shuffle from 'lodash/shuffle';",
        "import * as u from 'underscore';",
        '_.shuffle(rows);',
        '_.sample(rows);',
        'sampleSize(rows, 10);',
        'shuffle(rows);',
        'u.random(0, 10);',
      ].join('\n'),
      errors: [6, 7, 8, 9, 10].map((line) => ({ messageId: 'unseedable' as const, line })),
    },
    {
      name: 'a source file whose name merely contains "test"',
      code: `${tfjs}tf.randomNormal([2]);`,
      filename: 'src/latest_model.ts',
      errors: [{ messageId: 'missingSeed' }],
    },
    {
      name: 'default test patterns replaced by settings',
      code: `${tfjs}tf.randomNormal([2]);`,
      filename: 'src/model.test.ts',
      settings: { 'ml-debt': { testFiles: ['checks/**'] } },
      errors: [{ messageId: 'missingSeed' }],
    },
    {
      name: 'Math.random in an ML module',
      code: "import * as tf from '@tensorflow/tfjs-node';\nconst noise = data.map((v) => v + Math.random());",
      errors: [
        {
          messageId: 'unseedable',
          column: 35,
          data: { name: 'Math.random', instead: "Draw from a seeded generator instead: const rng = seedrandom('42'); rng()" },
        },
      ],
    },
    {
      name: 'Math.random in a file the settings call ML code',
      code: 'export const split = rows.filter(() => Math.random() < 0.8);',
      filename: 'pipelines/split.ts',
      settings: { 'ml-debt': { mlFiles: ['pipelines/**'] } },
      errors: [{ messageId: 'unseedable' }],
    },
    {
      name: 'Math.random in a module importing a package the settings call ML',
      code: "import { train } from '@acme/models';\nconst p = Math.random();",
      settings: { 'ml-debt': { mlModules: ['@acme/models'] } },
      errors: [{ messageId: 'unseedable' }],
    },
    {
      name: 'a seedrandom call without global mode does not seed Math.random',
      code: `${tfjs}import seedrandom from 'seedrandom';\nconst rng = seedrandom('42');\nMath.random();`,
      errors: [{ messageId: 'unseedable', line: 4 }],
    },
    {
      name: 'global seeding from entropy does not count',
      code: `${tfjs}import seedrandom from 'seedrandom';\nseedrandom(Date.now(), { global: true });\ntf.randomNormal([2]);`,
      errors: [
        { messageId: 'entropySeed', line: 3, data: { name: 'seedrandom', source: 'Date.now()' } },
        { messageId: 'missingSeed', line: 4 },
      ],
    },
    {
      name: 'ml-kmeans without a seed (v6 named and v5 default export)',
      code: "import { kmeans } from 'ml-kmeans';\nimport kmeansV5 from 'ml-kmeans';\nkmeans(data, 3);\nkmeansV5(data, 3, { maxIterations: 10 });",
      errors: [
        { messageId: 'missingSeed', line: 3, data: { name: 'kmeans', fix: 'pass a seed in the options: kmeans(data, k, { seed: 42 })' } },
        { messageId: 'missingSeed', line: 4 },
      ],
    },
    {
      name: 'ml umbrella package',
      code: "import { KMeans, RandomForestRegression } from 'ml';\nKMeans.kmeans(data, 2, {});\nnew RandomForestRegression({ seed: undefined });",
      errors: [
        { messageId: 'missingSeed', line: 2 },
        {
          messageId: 'defaultSeedSwitchedOff',
          line: 3,
          data: { name: 'new RandomForestRegression', option: 'seed', defaultSeed: '42' },
        },
      ],
    },
    {
      name: 'random forest seed switched off',
      code: "const { RandomForestClassifier } = require('ml-random-forest');\nnew RandomForestClassifier({ nEstimators: 10, seed: undefined });",
      languageOptions: requireGlobals,
      errors: [{ messageId: 'defaultSeedSwitchedOff' }],
    },
    {
      name: 'ml.js generators without a seed',
      code: "import { Random } from 'ml-random';\nimport { XSadd } from 'ml-xsadd';\nnew Random();\nnew XSadd();",
      errors: [
        { messageId: 'missingSeed', line: 3, data: { name: 'new Random', fix: 'give it a fixed seed: new Random(42)' } },
        { messageId: 'missingSeed', line: 4 },
      ],
    },
    {
      name: 'ml-cross-validation kFold',
      code: "import { kFold } from 'ml-cross-validation';\nkFold(Classifier, features, labels, {}, 5);",
      errors: [{ messageId: 'unseedable' }],
    },
    {
      name: 'seedrandom fed entropy',
      code: [
        "import seedrandom from 'seedrandom';",
        'const a = seedrandom();',
        "const b = seedrandom('x', { entropy: true });",
        'const c = new seedrandom(null);',
        'const d = seedrandom.xor4096();',
        "const e = seedrandom(crypto.randomUUID());",
      ].join('\n'),
      errors: [
        { messageId: 'missingSeed', line: 2, data: { name: 'seedrandom', fix: "give it a fixed seed: seedrandom('42')" } },
        { messageId: 'entropyOption', line: 3, data: { name: 'seedrandom', option: 'entropy' } },
        { messageId: 'missingSeed', line: 4 },
        { messageId: 'missingSeed', line: 5 },
        { messageId: 'entropySeed', line: 6, data: { name: 'seedrandom', source: 'crypto.randomUUID()' } },
      ],
    },
    {
      name: 'random-js on entropy',
      code: [
        "import { Random, MersenneTwister19937, nodeCrypto } from 'random-js';",
        'const a = new Random();',
        'const b = new Random(MersenneTwister19937.autoSeed());',
        'const c = new Random(nodeCrypto);',
        'const d = MersenneTwister19937.seed(Date.now());',
        'const engine = MersenneTwister19937.autoSeed();',
      ].join('\n'),
      errors: [
        { messageId: 'missingSeed', line: 2, data: { name: 'new Random', fix: 'give it a seeded engine: new Random(MersenneTwister19937.seed(42))' } },
        { messageId: 'entropySeed', line: 3, data: { name: 'new Random', source: 'MersenneTwister19937.autoSeed()' } },
        { messageId: 'entropySeed', line: 4, data: { name: 'new Random', source: 'nodeCrypto' } },
        { messageId: 'entropySeed', line: 5 },
        { messageId: 'unseedable', line: 6, data: { name: 'MersenneTwister19937.autoSeed', instead: 'Seed the engine with a fixed value instead: MersenneTwister19937.seed(42)' } },
      ],
    },
    {
      name: 'pure-rand seeded from the clock',
      code: "import prand from 'pure-rand';\nconst g = prand.mersenne(Date.now() ^ (Math.random() * 0x100000000));",
      errors: [{ messageId: 'entropySeed', data: { name: 'prand.mersenne', source: 'Date.now()' } }],
    },
    {
      name: '@stdlib generators seeded at load, and a factory without a seed',
      code: "import randu from '@stdlib/random/base/randu';\nimport random from '@stdlib/random';\nrandu();\nrandom.base.normal.factory(0, 1);",
      errors: [
        { messageId: 'unseedable', line: 3 },
        { messageId: 'missingSeed', line: 4, data: { name: 'random.base.normal.factory', fix: 'pass a seed: normal.factory({ seed: 42 })' } },
      ],
    },
    // CommonJS, script globals
    {
      name: 'CommonJS require with a declared require',
      code: "const tf = require('@tensorflow/tfjs-node');\ntf.randomNormal([3]);",
      languageOptions: requireGlobals,
      errors: [{ messageId: 'missingSeed' }],
    },
    {
      name: 'CommonJS require that the config does not declare',
      code: "const { randomUniform } = require('@tensorflow/tfjs');\nrandomUniform([3]);",
      errors: [{ messageId: 'missingSeed', data: { name: 'randomUniform', fix: 'pass a seed as argument 5: tf.randomUniform(shape, minval, maxval, dtype, seed)' } }],
    },
    {
      name: "TypeScript's import-equals require",
      code: "import tf = require('@tensorflow/tfjs-node');\ntf.randomNormal([3]);",
      errors: [{ messageId: 'missingSeed', data: { name: 'tf.randomNormal', fix: 'pass a seed as argument 5: tf.randomNormal(shape, mean, stdDev, dtype, seed)' } }],
    },
    {
      name: 'the tf global of a script-tag page, undeclared',
      code: 'const noise = tf.randomNormal([2]);\ntf.util.shuffle(xs);',
      errors: [{ messageId: 'missingSeed' }, { messageId: 'unseedable' }],
    },
    {
      name: 'the tf global, declared in the config',
      code: 'const noise = tf.randomNormal([2]);',
      languageOptions: { globals: { tf: 'readonly' } },
      errors: [{ messageId: 'missingSeed' }],
    },
    {
      name: 'TypeScript syntax around the call',
      code: `${tfjs}const w: tf.Tensor = tf.randomNormal([2, 2]) as tf.Tensor2D;\nconst ds = (tf.data.array([1]) as tf.data.Dataset<number>).shuffle(10);`,
      errors: [{ messageId: 'missingSeed', line: 2 }, { messageId: 'missingSeed', line: 3 }],
    },
  ],
});

const typedRuleTester = createTypedRuleTester();

typedRuleTester.run('no-unseeded-random (type-aware)', rule, {
  valid: [
    {
      name: 'a seeded shuffle on a Dataset parameter',
      code: `${tfjs}export function prepare(ds: tf.data.Dataset<tf.TensorContainer>) { return ds.shuffle(100, 'seed'); }`,
    },
    {
      name: 'shuffle on a class that is not a Dataset',
      code: 'class Deck { shuffle(n: number) { return n; } }\nexport function f(deck: Deck) { return deck.shuffle(3); }',
    },
  ],
  invalid: [
    {
      name: 'an unseeded shuffle on a Dataset that only the types identify',
      code: `${tfjs}export function prepare(ds: tf.data.Dataset<tf.TensorContainer>) { return ds.shuffle(100); }`,
      errors: [{ messageId: 'missingSeed', data: { name: 'ds.shuffle', fix: "pass a seed string as the second argument: dataset.shuffle(bufferSize, '42')" } }],
    },
    {
      name: 'a helper returning a Dataset',
      code: `${tfjs}declare function load(): tf.data.Dataset<number>;\nexport const ds = load().shuffle(10);`,
      errors: [{ messageId: 'missingSeed' }],
    },
  ],
});
