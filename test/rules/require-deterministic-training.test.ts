import rule from '../../rules/require-deterministic-training.js';
import { createRuleTester, createTypedRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();
const tfjs = "import * as tf from '@tensorflow/tfjs';\n";
const seeded = "import seedrandom from 'seedrandom';\nseedrandom('42', { global: true });\n";
const initializersWhy =
  'its layers start from unseeded random weights (glorotNormal, orthogonal, randomUniform initializers by default)';

ruleTester.run('require-deterministic-training', rule, {
  valid: [
    { name: 'seeded globally with seedrandom', code: `${tfjs}${seeded}const model = tf.sequential();\nawait model.fit(xs, ys, { epochs: 5 });` },
    {
      name: 'seeded with a non-literal seed (benefit of the doubt)',
      code: `${tfjs}import seedrandom from 'seedrandom';\nseedrandom(process.env.SEED, { global: true });\nconst model = tf.sequential();\nmodel.fit(xs, ys);`,
    },
    {
      name: 'global option that cannot be evaluated',
      code: `${tfjs}import seedrandom from 'seedrandom';\nseedrandom('1', opts);\nconst model = tf.sequential();\nmodel.fit(xs, ys);`,
    },
    { name: 'Math.seedrandom on a script-tag page', code: "Math.seedrandom('7');\nconst model = tf.sequential();\nmodel.fit(xs, ys);" },
    {
      name: 'a seed module from settings, imported by relative path',
      code: `${tfjs}import { SEED } from '../reproducibility/seed.js';\nconst model = tf.sequential();\nmodel.fit(xs, ys);`,
      filename: 'src/train/train.ts',
      settings: { 'ml-debt': { seedModules: ['src/reproducibility/seed.ts'] } },
    },
    {
      name: 'a seed module from settings, imported as a package',
      code: `${tfjs}import '@acme/seed';\nconst model = tf.sequential();\nmodel.fit(xs, ys);`,
      settings: { 'ml-debt': { seedModules: ['@acme/seed'] } },
    },
    { name: 'a loaded model fine-tuned without shuffling', code: `${tfjs}const model = await tf.loadLayersModel('file://m/model.json');\nawait model.fit(xs, ys, { shuffle: false });` },
    { name: 'fit of something that is not a tfjs model', code: `${tfjs}const scaler = new StandardScaler();\nscaler.fit(xs, ys);` },
    { name: 'fit with one argument is not LayersModel.fit', code: `${tfjs}function f(scaler) { scaler.fit(data); }` },
    { name: 'fit on an object literal', code: `${tfjs}const m = { fit(a, b) {} };\nm.fit(xs, ys);` },
    { name: 'fit in a module that does not import tfjs', code: 'function f(model) { return model.fit(xs, ys); }' },
    { name: 'train on a non-brain object', code: "import brain from 'brain.js';\nconst trainer = makeTrainer();\ntrainer.train(data);" },
    { name: 'brain.js seeded globally', code: `import brain from 'brain.js';\n${seeded}const net = new brain.NeuralNetwork();\nnet.train(data);` },
    { name: 'a throwaway fit in a test', code: `${tfjs}const model = tf.sequential();\nawait model.fit(xs, ys);`, filename: 'src/model.spec.ts' },
    { name: 'a local variable named tf', code: 'const tf = fake();\nconst model = tf.sequential();\nmodel.fit(xs, ys);' },
  ],
  invalid: [
    {
      name: 'fit with default shuffling',
      code: `${tfjs}const model = tf.sequential();\nmodel.add(tf.layers.dense({ units: 1, inputShape: [1] }));\nawait model.fit(xs, ys, { epochs: 10 });`,
      errors: [{ messageId: 'unseededTrainingWithShuffle', line: 4, column: 7, data: { name: 'model.fit', why: initializersWhy } }],
    },
    {
      name: 'fit with shuffle: false still starts from random weights',
      code: `${tfjs}const model = tf.sequential();\nmodel.fit(xs, ys, { shuffle: false });`,
      errors: [{ messageId: 'unseededTraining', data: { name: 'model.fit', why: initializersWhy } }],
    },
    {
      name: 'fit options held in a const',
      code: `${tfjs}const opts = { epochs: 3, shuffle: true };\nconst model = tf.sequential();\nmodel.fit(xs, ys, opts);`,
      errors: [{ messageId: 'unseededTrainingWithShuffle' }],
    },
    {
      name: 'shuffle that cannot be evaluated is not mentioned',
      code: `${tfjs}const model = tf.sequential();\nmodel.fit(xs, ys, { shuffle: cfg.shuffle });`,
      errors: [{ messageId: 'unseededTraining' }],
    },
    {
      name: 'fitDataset on a functional model',
      code: `${tfjs}const input = tf.input({ shape: [4] });\nconst model = tf.model({ inputs: input, outputs: out });\nawait model.fitDataset(ds, { epochs: 2 });`,
      errors: [{ messageId: 'unseededTraining', line: 4, data: { name: 'model.fitDataset', why: initializersWhy } }],
    },
    {
      name: 'a model built by a helper (receiver of unknown origin)',
      code: `${tfjs}const model = createModel();\nawait model.fit(trainXs, trainYs, { batchSize: 32 });`,
      errors: [{ messageId: 'unseededTrainingWithShuffle' }],
    },
    {
      name: 'a model stored on this',
      code: `${tfjs}class Trainer { async run() { await this.model.fit(xs, ys); } }`,
      errors: [{ messageId: 'unseededTrainingWithShuffle', data: { name: 'this.model.fit', why: initializersWhy } }],
    },
    {
      name: 'a loaded model fine-tuned with shuffling',
      code: `${tfjs}const base = await tf.loadLayersModel('indexeddb://base');\nawait base.fit(xs, ys, { epochs: 1 });`,
      errors: [{ messageId: 'shuffledFineTuning', data: { name: 'base.fit' } }],
    },
    {
      name: 'seedrandom without global mode does not seed the run',
      code: `${tfjs}import seedrandom from 'seedrandom';\nconst rng = seedrandom('42');\nconst model = tf.sequential();\nmodel.fit(xs, ys);`,
      errors: [{ messageId: 'unseededTrainingWithShuffle' }],
    },
    {
      name: 'global seeding from the clock does not count',
      code: `${tfjs}import seedrandom from 'seedrandom';\nseedrandom(String(Date.now()), { global: true });\nconst model = tf.sequential();\nmodel.fit(xs, ys);`,
      errors: [{ messageId: 'unseededTrainingWithShuffle' }],
    },
    {
      name: 'seed module listed but not imported',
      code: `${tfjs}const model = tf.sequential();\nmodel.fit(xs, ys);`,
      settings: { 'ml-debt': { seedModules: ['src/seed.ts'] } },
      errors: [{ messageId: 'unseededTrainingWithShuffle' }],
    },
    {
      name: 'one report per training call',
      code: `${tfjs}const model = tf.sequential();\nmodel.add(tf.layers.dense({ units: 8 }));\nmodel.add(tf.layers.dense({ units: 1 }));\nawait model.fit(a, b);\nawait model.fit(c, d);`,
      errors: [{ messageId: 'unseededTrainingWithShuffle', line: 5 }, { messageId: 'unseededTrainingWithShuffle', line: 6 }],
    },
    {
      name: 'CommonJS tfjs-node',
      code: "const tf = require('@tensorflow/tfjs-node');\nconst model = tf.sequential();\nmodel.fit(xs, ys);",
      errors: [{ messageId: 'unseededTrainingWithShuffle' }],
    },
    {
      name: 'named import from tfjs-layers',
      code: "import { sequential as seq } from '@tensorflow/tfjs-layers';\nconst m = seq();\nm.fit(xs, ys);",
      errors: [{ messageId: 'unseededTrainingWithShuffle' }],
    },
    {
      name: 'the tf global of a script-tag page',
      code: 'const model = tf.sequential();\nmodel.fit(xs, ys);',
      errors: [{ messageId: 'unseededTrainingWithShuffle' }],
    },
    {
      name: 'brain.js networks (1.x default import, 2.x named, recurrent, CommonJS)',
      code: [
        "import brain from 'brain.js';",
        "import { NeuralNetworkGPU, recurrent } from 'brain.js';",
        'const net = new brain.NeuralNetwork({ hiddenLayers: [3] });',
        'net.train(data);',
        'const gpu = new NeuralNetworkGPU();',
        'await gpu.trainAsync(data, { iterations: 100 });',
        'const lstm = new recurrent.LSTM();',
        'lstm.train(sentences);',
      ].join('\n'),
      errors: [
        {
          messageId: 'unseededTraining',
          line: 4,
          data: { name: 'net.train', why: 'brain.js draws its initial weights (and CrossValidate its folds) from Math.random' },
        },
        { messageId: 'unseededTraining', line: 6 },
        { messageId: 'unseededTraining', line: 8 },
      ],
    },
    {
      name: 'the brain global',
      code: 'const net = new brain.NeuralNetwork();\nnet.train(data);',
      errors: [{ messageId: 'unseededTraining' }],
    },
    {
      name: 'ml5 neural network',
      code: "const nn = ml5.neuralNetwork({ task: 'classification' });\nnn.train({ epochs: 20 }, done);",
      errors: [
        {
          messageId: 'unseededTraining',
          data: {
            name: 'nn.train',
            why: 'ml5 builds a TensorFlow.js model with unseeded initializers and shuffles the data while training',
          },
        },
      ],
    },
    {
      name: 'TypeScript annotations and non-null assertions',
      code: `${tfjs}let model: tf.Sequential | undefined;\nmodel = tf.sequential();\nawait model!.fit(xs as tf.Tensor, ys);`,
      errors: [{ messageId: 'unseededTrainingWithShuffle' }],
    },
  ],
});

const typedRuleTester = createTypedRuleTester();

typedRuleTester.run('require-deterministic-training (type-aware)', rule, {
  valid: [
    {
      name: 'types show the receiver is not a tfjs model',
      code: `${tfjs}class Regressor { fit(x: number[], y: number[]) { return x.length + y.length; } }\nexport function train(r: Regressor) { return r.fit([1], [2]); }`,
    },
    {
      name: 'a typed model in a seeded module',
      code: `${tfjs}${seeded}export async function train(model: tf.LayersModel, xs: tf.Tensor, ys: tf.Tensor) { await model.fit(xs, ys); }`,
    },
  ],
  invalid: [
    {
      name: 'a LayersModel parameter',
      code: `${tfjs}export async function train(model: tf.LayersModel, xs: tf.Tensor, ys: tf.Tensor) { await model.fit(xs, ys); }`,
      errors: [{ messageId: 'unseededTrainingWithShuffle', data: { name: 'model.fit', why: initializersWhy } }],
    },
    {
      name: 'a Sequential returned by a helper',
      code: `${tfjs}declare function build(): tf.Sequential;\nexport async function train(ds: tf.data.Dataset<tf.TensorContainer>) { await build().fitDataset(ds, { epochs: 1 }); }`,
      errors: [{ messageId: 'unseededTraining', data: { name: 'build(…).fitDataset', why: initializersWhy } }],
    },
  ],
});
