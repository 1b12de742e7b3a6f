// TensorFlow.js 4.x: entry packages, random ops and their seeds, training, tf.data, loading and saving models
// (see reference §1); tensor memory facts are in tfjs-tensors.ts.
import { tensorApis, tensorInstances } from './tfjs-tensors.js';
import type { Api, ArtifactFact, EntryPoint, Library, Mount, SeedPosition } from './types.js';

const everything: readonly Mount[] = [
  { part: 'core' },
  { part: 'layers' },
  { part: 'converter' },
  { part: 'data', at: ['data'] },
];

// tfjs-node adds tf.node (loadSavedModel, decodeImage, …) and tf.io.fileSystem to everything @tensorflow/tfjs exports.
const node: readonly Mount[] = [...everything, { part: 'node', at: ['node'] }];

const modules: readonly EntryPoint[] = [
  { name: '@tensorflow/tfjs', esm: true, mounts: everything },
  { name: '@tensorflow/tfjs-node', esm: true, mounts: node },
  { name: '@tensorflow/tfjs-node-gpu', esm: true, mounts: node },
  { name: '@tensorflow/tfjs-core', esm: true, mounts: [{ part: 'core' }] },
  { name: '@tensorflow/tfjs-layers', esm: true, mounts: [{ part: 'layers' }] },
  { name: '@tensorflow/tfjs-converter', esm: true, mounts: [{ part: 'converter' }] },
  { name: '@tensorflow/tfjs-data', esm: true, mounts: [{ part: 'data' }] },
  { name: '@tensorflow/tfjs-backend-wasm', esm: true, mounts: [{ part: 'backend-wasm' }] },
];

// The URL schemes tfjs routes to a load or save handler (tfjs-core io/*.js; file:// with tfjs-node).
const modelUrlSchemes = ['file://', 'indexeddb://', 'localstorage://', 'downloads://', 'http://', 'https://'];

const modelPath = (action: ArtifactFact['action'], extra: Partial<ArtifactFact> = {}): ArtifactFact => ({
  action,
  location: { argIndex: 0 },
  naming: 'path',
  ...extra,
});

const ioHandler = (name: string, manyPaths = false): Api => ({
  part: 'core',
  path: ['io', name],
  kind: 'call',
  artifact: modelPath('load-or-save', manyPaths ? { manyPaths: true } : {}),
});

const wasmPathSetter = (name: string): Api => ({
  part: 'backend-wasm',
  path: [name],
  kind: 'call',
  artifact: { action: 'runtime', location: { argIndex: 0 }, naming: 'path', manyPaths: true, remoteOnly: true },
});

// model.save(handlerOrURL, config?): without a traced model, only a tfjs URL scheme says the receiver is one.
const saveMethod = {
  name: 'save',
  unknownReceiverMinArgs: 1,
  artifact: modelPath('save', { pathSchemes: modelUrlSchemes }),
};

const positionalSeed = (argIndex: number, signature: string, zeroIsUnseeded: boolean): SeedPosition => ({
  argIndex,
  ...(zeroIsUnseeded ? { unseededValues: [0] } : {}),
  fix: `pass a seed as argument ${argIndex + 1}: ${signature}`,
});

const randomOp = (name: string, argIndex: number, signature: string, zeroIsUnseeded: boolean): Api => ({
  part: 'core',
  path: [name],
  kind: 'call',
  returns: 'tfjs.Tensor',
  randomness: { seed: positionalSeed(argIndex, signature, zeroIsUnseeded), mathRandomFallback: true },
});

// Normal-distribution initializers draw through randomNormal/truncatedNormal, where a seed of 0 means "no seed".
const initializer = (name: string, zeroIsUnseeded: boolean): Api => ({
  part: 'layers',
  path: ['initializers', name],
  kind: 'call',
  randomness: {
    seed: {
      argIndex: 0,
      option: 'seed',
      ...(zeroIsUnseeded ? { unseededValues: [0] } : {}),
      fix: `add a seed to its options: tf.initializers.${name}({ seed: 42 })`,
    },
    mathRandomFallback: true,
  },
});

// A seeded dropout layer reuses one mask on every step (tfjs-layers core.js), so the reproducible fix is a global seed.
const dropoutLayer = (name: string): Api => ({
  part: 'layers',
  path: ['layers', name],
  kind: 'call',
  randomness: {
    seed: {
      argIndex: 0,
      option: 'seed',
      fix:
        "seed Math.random for the run with seedrandom(seed, { global: true }); the layer's own `seed` option freezes one dropout mask for every training step",
    },
    mathRandomFallback: true,
  },
});

const unseedableUtil = (name: string): Api => ({
  part: 'core',
  path: ['util', name],
  kind: 'call',
  randomness: {
    unseedable: {
      instead:
        "It shuffles with Math.random; shuffle with a seeded generator instead (a Fisher-Yates shuffle driven by seedrandom(seed)), or use tf.data's dataset.shuffle(bufferSize, seed)",
    },
    mathRandomFallback: true,
  },
});

const datasetProducer = (name: string): Api => ({ part: 'data', path: [name], kind: 'call', returns: 'tfjs.Dataset' });

const layersModelCreator = (name: string, pretrained: boolean): Api => ({
  part: 'layers',
  path: [name],
  kind: 'call',
  returns: 'tfjs.LayersModel',
  ...(pretrained ? { pretrained: true as const, artifact: modelPath('load') } : {}),
});

// tfjs-layers optimizers.js getOptimizer: the string names and the optimizers they stand for.
const optimizerDefaults: Record<string, { path: readonly string[]; args: string }> = {};
for (const [name, factory, args] of [
  ['Adagrad', 'adagrad', '0.01'],
  ['Adadelta', 'adadelta', '1, 0.95'],
  ['Adam', 'adam', '0.001, 0.9, 0.999'],
  ['Adamax', 'adamax', '0.002, 0.9, 0.999'],
  ['RMSProp', 'rmsprop', '0.001, 0.9, 0'],
  ['SGD', 'sgd', '0.01'],
] as const) {
  optimizerDefaults[name] = optimizerDefaults[name.toLowerCase()] = { path: ['train', factory], args };
}

// tf.train optimizers and the learning rate each takes first (tfjs-core optimizers/optimizer_constructors).
const optimizerFactory = (name: string, defaultRate: string): Api => ({
  part: 'core',
  path: ['train', name],
  kind: 'call',
  hyperparameters: { positional: { argIndex: 0, name: 'learningRate' }, defaults: `learning rate ${defaultRate}` },
});

// Tensors built from raw values: where request data turns into model input (reference §1.8).
const tensorFromValues = (part: string, path: readonly string[]): Api => ({
  part,
  path,
  kind: 'call',
  modelInput: { kind: 'tensor', args: [0] },
});

const inference = { kind: 'inference', args: [0] } as const;

const fitNondeterminism =
  'its layers start from unseeded random weights (glorotNormal, orthogonal, randomUniform initializers by default)';

export const tfjs: Library = {
  id: 'tfjs',
  role: 'training',
  modules,
  // <script src=".../tf.min.js"> pages use the `tf` global; the WASM backend's script adds tf.wasm.
  globals: [{ name: 'tf', mounts: [...everything, { part: 'backend-wasm', at: ['wasm'] }] }],
  apis: [
    randomOp('randomNormal', 4, 'tf.randomNormal(shape, mean, stdDev, dtype, seed)', true),
    randomOp('truncatedNormal', 4, 'tf.truncatedNormal(shape, mean, stdDev, dtype, seed)', true),
    randomOp('randomStandardNormal', 2, 'tf.randomStandardNormal(shape, dtype, seed)', true),
    randomOp('randomGamma', 4, 'tf.randomGamma(shape, alpha, beta, dtype, seed)', true),
    randomOp('randomUniform', 4, 'tf.randomUniform(shape, minval, maxval, dtype, seed)', false),
    randomOp('randomUniformInt', 3, 'tf.randomUniformInt(shape, minval, maxval, seed)', false),
    randomOp('multinomial', 2, 'tf.multinomial(logits, numSamples, seed, normalized)', true),
    randomOp('dropout', 3, 'tf.dropout(x, rate, noiseShape, seed)', false),
    initializer('randomNormal', true),
    initializer('truncatedNormal', true),
    initializer('orthogonal', true),
    initializer('glorotNormal', true),
    initializer('heNormal', true),
    initializer('leCunNormal', true),
    // varianceScaling is normal (0 = unseeded) or uniform (0 honoured) depending on `distribution`: no zero check.
    initializer('varianceScaling', false),
    initializer('randomUniform', false),
    initializer('glorotUniform', false),
    initializer('heUniform', false),
    initializer('leCunUniform', false),
    dropoutLayer('dropout'),
    dropoutLayer('spatialDropout1d'),
    unseedableUtil('shuffle'),
    unseedableUtil('shuffleCombo'),
    unseedableUtil('createShuffledIndices'),
    ...['array', 'csv', 'zip', 'func', 'generator', 'webcam', 'microphone'].map(datasetProducer),
    layersModelCreator('sequential', false),
    layersModelCreator('model', false),
    layersModelCreator('loadLayersModel', true),
    // loadGraphModel(modelUrl, { fromTFHub }): a TF Hub handle is versioned by its trailing number.
    {
      part: 'converter',
      path: ['loadGraphModel'],
      kind: 'call',
      returns: 'tfjs.GraphModel',
      pretrained: true,
      artifact: modelPath('load', { tfHubOption: { argIndex: 1, option: 'fromTFHub' } }),
    },
    { part: 'node', path: ['loadSavedModel'], kind: 'call', pretrained: true, artifact: modelPath('load') },
    ioHandler('http'),
    ioHandler('browserHTTPRequest'),
    ioHandler('nodeHTTPRequest'),
    // fileSystem(path | [modelJson, weightsBin]) (tfjs-node io/file_system.d.ts).
    ioHandler('fileSystem', true),
    wasmPathSetter('setWasmPaths'),
    wasmPathSetter('setWasmPath'),
    ...tensorApis,
    optimizerFactory('adam', '0.001'),
    optimizerFactory('adamax', '0.002'),
    optimizerFactory('adadelta', '0.001'),
    optimizerFactory('sgd', 'none: the argument is required'),
    optimizerFactory('momentum', 'none: the argument is required'),
    optimizerFactory('rmsprop', 'none: the argument is required'),
    optimizerFactory('adagrad', 'none: the argument is required'),
    { part: 'converter', path: ['loadGraphModelSync'], kind: 'call', returns: 'tfjs.GraphModel' },
    // Model input: tensors built from values (tfjs-core ops) and decoded images (tfjs-node).
    ...['tensor', 'tensor1d', 'tensor2d', 'tensor3d', 'tensor4d', 'tensor5d', 'tensor6d', 'scalar'].map((name) =>
      tensorFromValues('core', [name]),
    ),
    ...['decodeImage', 'decodeJpeg', 'decodePng', 'decodeBmp', 'decodeGif'].map((name) => tensorFromValues('node', [name])),
    // tf.data.csv names its columns in `columnNames` and configures them by key in `columnConfigs` (reference §1.5).
    {
      part: 'data',
      path: ['csv'],
      kind: 'call',
      columnSelection: [
        { argIndex: 1, option: 'columnNames' },
        { argIndex: 1, option: 'columnConfigs', keys: { labelFlag: 'isLabel' } },
      ],
    },
  ],
  instances: [
    {
      id: 'tfjs.LayersModel',
      typeNames: ['LayersModel', 'Sequential'],
      typePackages: ['@tensorflow/tfjs-layers'],
      methods: [
        {
          name: 'fit',
          unknownReceiverMinArgs: 2,
          training: {
            nondeterminism: fitNondeterminism,
            shuffleOption: { argIndex: 2, name: 'shuffle' },
          },
          hyperparameters: {
            options: { argIndex: 2, required: ['epochs', 'batchSize'] },
            defaults: 'epochs 1, batchSize 32',
          },
          heldOutData: {
            argIndex: 2,
            options: ['validationSplit', 'validationData'],
            fix: 'pass `validationSplit: 0.2` (the last 20% of the rows) or `validationData: [xVal, yVal]`',
          },
        },
        {
          name: 'compile',
          unknownReceiverMinArgs: 1,
          hyperparameters: {
            stringOption: { argIndex: 0, name: 'optimizer', explicit: optimizerDefaults },
            defaults: 'the default learning rate of that optimizer',
          },
        },
        // fitDataset has no shuffle of its own: shuffling happens on the Dataset.
        {
          name: 'fitDataset',
          unknownReceiverMinArgs: 2,
          training: { nondeterminism: fitNondeterminism },
          heldOutData: {
            argIndex: 1,
            options: ['validationData'],
            fix: 'pass `validationData: validationDataset` (fitDataset has no validationSplit)',
          },
        },
        ...['predict', 'predictOnBatch', 'execute'].map((name) => ({ name, returns: 'tfjs.Tensor', modelInput: inference })),
        { name: 'evaluate', returns: 'tfjs.Tensor' },
        saveMethod,
      ],
    },
    ...tensorInstances,
    {
      id: 'tfjs.GraphModel',
      typeNames: ['GraphModel'],
      typePackages: ['@tensorflow/tfjs-converter'],
      methods: [
        ...['predict', 'predictAsync', 'execute', 'executeAsync'].map((name) => ({
          name,
          returns: 'tfjs.Tensor',
          ...(name.endsWith('Async') ? { async: true as const } : {}),
          modelInput: inference,
        })),
        saveMethod,
      ],
    },
    {
      id: 'tfjs.Dataset',
      typeNames: ['Dataset', 'CSVDataset'],
      typePackages: ['@tensorflow/tfjs-data'],
      methods: [
        {
          name: 'shuffle',
          returnsSameKind: true,
          randomness: {
            // tf.data seeds from the clock, not Math.random, when the seed is missing or '' (dataset.js).
            seed: {
              argIndex: 1,
              unseededValues: [''],
              fix: "pass a seed string as the second argument: dataset.shuffle(bufferSize, '42')",
            },
          },
          // Every iterator draws a fresh order, seeded or not and even with reshuffleEachIteration false (reference §1.5).
          reshufflesEachIteration: true,
        },
        { name: 'take', returnsSameKind: true, positionalSplit: 'head' },
        { name: 'skip', returnsSameKind: true, positionalSplit: 'rest' },
        ...['map', 'mapAsync', 'filter', 'batch', 'repeat', 'prefetch', 'concatenate', 'unbatch'].map((name) => ({
          name,
          returnsSameKind: true as const,
        })),
      ],
    },
  ],
};
