// The rule map, alphabetical. test/plugin.test.ts checks it against the files in rules/.
import noAsyncTidy from './no-async-tidy.js';
import noLeakedTensor from './no-leaked-tensor.js';
import noUnseededRandom from './no-unseeded-random.js';
import preferAsyncTensorRead from './prefer-async-tensor-read.js';
import requireDeterministicTraining from './require-deterministic-training.js';
import requireExplicitHyperparameters from './require-explicit-hyperparameters.js';

export const rules = {
  'no-async-tidy': noAsyncTidy,
  'no-leaked-tensor': noLeakedTensor,
  'no-unseeded-random': noUnseededRandom,
  'prefer-async-tensor-read': preferAsyncTensorRead,
  'require-deterministic-training': requireDeterministicTraining,
  'require-explicit-hyperparameters': requireExplicitHyperparameters,
};
