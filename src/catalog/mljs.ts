// ml.js (mljs) estimators and helpers, and the `ml` umbrella package (reference §4).
import type { Api, Library } from './types.js';

const kmeansSeed: Api['randomness'] = {
  seed: { argIndex: 2, option: 'seed', fix: 'pass a seed in the options: kmeans(data, k, { seed: 42 })' },
  mathRandomFallback: true,
};

const randomForest = (name: string): Api => ({
  part: 'ml-random-forest',
  path: [name],
  kind: 'construct',
  // Seeded with 42 by default (RandomForestClassifier.js); `seed: undefined` switches that off (utils.js autoSeed).
  randomness: { seed: { argIndex: 0, option: 'seed', defaultSeed: 42, fix: 'remove `seed: undefined` or pass a fixed seed' } },
  hyperparameters: { options: { argIndex: 0, required: ['nEstimators'] }, defaults: 'nEstimators 50' },
});

export const mljs: Library = {
  id: 'mljs',
  role: 'training',
  modules: [
    // v6+ exports `kmeans`; v5 and earlier export it as the default.
    { name: 'ml-kmeans', mounts: [{ part: 'ml-kmeans' }] },
    { name: 'ml-random-forest', mounts: [{ part: 'ml-random-forest' }] },
    { name: 'ml-random', mounts: [{ part: 'ml-random' }] },
    { name: 'ml-xsadd', mounts: [{ part: 'ml-xsadd' }] },
    { name: 'ml-cross-validation', mounts: [{ part: 'ml-cross-validation' }] },
    {
      name: 'ml',
      esm: true,
      mounts: [
        { part: 'ml-random-forest' },
        { part: 'ml-random' },
        { part: 'ml-xsadd' },
        { part: 'ml-kmeans', at: ['KMeans'] },
        { part: 'ml-cross-validation', at: ['CrossValidation'] },
      ],
    },
  ],
  apis: [
    { part: 'ml-kmeans', path: ['kmeans'], kind: 'call', randomness: kmeansSeed },
    { part: 'ml-kmeans', path: [], kind: 'call', randomness: kmeansSeed },
    randomForest('RandomForestClassifier'),
    randomForest('RandomForestRegression'),
    {
      part: 'ml-random',
      path: ['Random'],
      kind: 'construct',
      randomness: {
        generator: { seedArg: 0, missingSeedIsEntropy: true, fix: 'give it a fixed seed: new Random(42)' },
        mathRandomFallback: true,
      },
    },
    {
      part: 'ml-xsadd',
      path: ['XSadd'],
      kind: 'construct',
      // XSadd defaults its seed to Date.now().
      randomness: { generator: { seedArg: 0, missingSeedIsEntropy: true, fix: 'give it a fixed seed: new XSadd(42)' } },
    },
    {
      part: 'ml-cross-validation',
      path: ['kFold'],
      kind: 'call',
      randomness: {
        unseedable: {
          instead: 'Assign folds with a seeded generator and pass them to your own loop, so the folds are the same on every run',
        },
        mathRandomFallback: true,
      },
    },
  ],
};
