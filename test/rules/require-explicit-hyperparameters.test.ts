import rule from '../../rules/require-explicit-hyperparameters.js';
import { createRuleTester, createTypedRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();
const tfjs = "import * as tf from '@tensorflow/tfjs';\n";
const seq = `${tfjs}const model = tf.sequential();\n`;

ruleTester.run('require-explicit-hyperparameters', rule, {
  valid: [
    { name: 'an explicit optimizer', code: `${seq}model.compile({ optimizer: tf.train.adam(0.001), loss: 'meanSquaredError' });` },
    { name: 'fit with epochs and batchSize', code: `${seq}model.fit(xs, ys, { epochs: 10, batchSize: 64 });` },
    { name: 'fit options in a const', code: `${seq}const opts = { epochs: 5, batchSize: 16, shuffle: true };\nmodel.fit(xs, ys, opts);` },
    { name: 'fit options that cannot be seen', code: `${seq}model.fit(xs, ys, config.fit);` },
    { name: 'fit options with a spread', code: `${seq}model.fit(xs, ys, { ...defaults, epochs: 3 });` },
    { name: 'an optimizer with a learning rate', code: `${tfjs}const opt = tf.train.sgd(0.1);` },
    { name: 'an optimizer name that cannot be resolved', code: `${seq}model.compile({ optimizer: cfg.optimizer, loss: 'mse' });` },
    { name: 'brain.js with its key settings', code: "import brain from 'brain.js';\nconst net = new brain.NeuralNetwork();\nnet.train(data, { iterations: 2000, learningRate: 0.1 });" },
    { name: 'a random forest with nEstimators', code: "import { RandomForestClassifier } from 'ml-random-forest';\nnew RandomForestClassifier({ nEstimators: 100 });" },
    { name: 'compile outside a tfjs module', code: 'function f(m) { m.compile({ optimizer: "adam" }); }' },
    { name: 'test files', code: `${seq}model.fit(xs, ys);`, filename: 'src/model.test.js' },
  ],
  invalid: [
    {
      name: 'a string optimizer, with a suggestion',
      code: `${seq}model.compile({ optimizer: 'adam', loss: 'categoricalCrossentropy' });`,
      errors: [
        {
          messageId: 'stringOption',
          line: 3,
          column: 28,
          data: { name: 'optimizer', value: 'adam', explicit: 'tf.train.adam(0.001, 0.9, 0.999)' },
          suggestions: [
            {
              messageId: 'useExplicit',
              data: { explicit: 'tf.train.adam(0.001, 0.9, 0.999)' },
              output: `${seq}model.compile({ optimizer: tf.train.adam(0.001, 0.9, 0.999), loss: 'categoricalCrossentropy' });`,
            },
          ],
        },
      ],
    },
    {
      name: 'a capitalised string optimizer held in a const',
      code: `${seq}const OPT = 'SGD';\nmodel.compile({ optimizer: OPT, loss: 'mse' });`,
      errors: [
        {
          messageId: 'stringOption',
          data: { name: 'optimizer', value: 'SGD', explicit: 'tf.train.sgd(0.01)' },
          suggestions: [{ messageId: 'useExplicit', output: `${seq}const OPT = 'SGD';\nmodel.compile({ optimizer: tf.train.sgd(0.01), loss: 'mse' });` }],
        },
      ],
    },
    {
      name: 'a shorthand optimizer property',
      code: `${seq}const optimizer = 'rmsprop';\nmodel.compile({ optimizer, loss: 'mse' });`,
      errors: [
        {
          messageId: 'stringOption',
          data: { name: 'optimizer', value: 'rmsprop', explicit: 'tf.train.rmsprop(0.001, 0.9, 0)' },
          suggestions: [{ messageId: 'useExplicit', output: `${seq}const optimizer = 'rmsprop';\nmodel.compile({ optimizer: tf.train.rmsprop(0.001, 0.9, 0), loss: 'mse' });` }],
        },
      ],
    },
    {
      name: 'fit without epochs and batchSize',
      code: `${seq}await model.fit(xs, ys);`,
      errors: [{ messageId: 'missingOptions', data: { call: 'model.fit', names: '`epochs` and `batchSize`', defaults: 'epochs 1, batchSize 32' } }],
    },
    {
      name: 'fit without batchSize, on a model from a helper',
      code: `${tfjs}const model = build();\nawait model.fit(xs, ys, { epochs: 20 });`,
      errors: [{ messageId: 'missingOptions', data: { call: 'model.fit', names: '`batchSize`', defaults: 'epochs 1, batchSize 32' } }],
    },
    {
      name: 'optimizers without a learning rate',
      code: `${tfjs}const a = tf.train.adam();\nconst b = tf.train.rmsprop();`,
      errors: [
        { messageId: 'missingPositional', line: 2, data: { call: 'tf.train.adam', name: 'learningRate', defaults: 'learning rate 0.001' } },
        { messageId: 'missingPositional', line: 3, data: { call: 'tf.train.rmsprop', name: 'learningRate', defaults: 'learning rate none: the argument is required' } },
      ],
    },
    {
      name: 'named import of train, and no suggestion without a tf namespace',
      code: "import { train, sequential } from '@tensorflow/tfjs';\nconst m = sequential();\nm.compile({ optimizer: 'rmsprop', loss: 'mse' });\ntrain.adamax();",
      errors: [
        { messageId: 'stringOption', data: { name: 'optimizer', value: 'rmsprop', explicit: 'train.rmsprop(0.001, 0.9, 0)' }, suggestions: [{ messageId: 'useExplicit', output: "import { train, sequential } from '@tensorflow/tfjs';\nconst m = sequential();\nm.compile({ optimizer: train.rmsprop(0.001, 0.9, 0), loss: 'mse' });\ntrain.adamax();" }] },
        { messageId: 'missingPositional', line: 4 },
      ],
    },
    {
      name: 'brain.js training on defaults',
      code: "const brain = require('brain.js');\nconst net = new brain.NeuralNetwork();\nnet.train(data);\nnet.trainAsync(data, { iterations: 100 });",
      errors: [
        { messageId: 'missingOptions', line: 3, data: { call: 'net.train', names: '`iterations` and `learningRate`', defaults: 'iterations 20000, learningRate 0.3' } },
        { messageId: 'missingOptions', line: 4, data: { call: 'net.trainAsync', names: '`learningRate`', defaults: 'iterations 20000, learningRate 0.3' } },
      ],
    },
    {
      name: 'ml.js random forest on the default number of trees',
      code: "import { RandomForestRegression } from 'ml-random-forest';\nnew RandomForestRegression({ maxFeatures: 0.8 });",
      errors: [{ messageId: 'missingOptions', data: { call: 'new RandomForestRegression', names: '`nEstimators`', defaults: 'nEstimators 50' } }],
    },
  ],
});

const typedRuleTester = createTypedRuleTester();

typedRuleTester.run('require-explicit-hyperparameters (type-aware)', rule, {
  valid: [
    { name: 'compile of another type', code: `${tfjs}class Pipeline { compile(o: { optimizer: string }) { return o; } }\nexport function f(p: Pipeline) { p.compile({ optimizer: 'adam' }); }` },
  ],
  invalid: [
    {
      name: 'a LayersModel parameter',
      code: `${tfjs}export function f(m: tf.LayersModel) { m.compile({ optimizer: 'sgd', loss: 'mse' }); }`,
      errors: [{ messageId: 'stringOption', suggestions: [{ messageId: 'useExplicit', output: `${tfjs}export function f(m: tf.LayersModel) { m.compile({ optimizer: tf.train.sgd(0.01), loss: 'mse' }); }` }] }],
    },
  ],
});
