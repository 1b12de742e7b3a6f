// The rule map, alphabetical. test/plugin.test.ts checks it against the files in rules/.
import noAsyncTidy from './no-async-tidy.js';
import noDuplicatedFeatureList from './no-duplicated-feature-list.js';
import noHardcodedFeatureList from './no-hardcoded-feature-list.js';
import noLeakedTensor from './no-leaked-tensor.js';
import noLeakySplit from './no-leaky-split.js';
import noUnseededRandom from './no-unseeded-random.js';
import preferAsyncTensorRead from './prefer-async-tensor-read.js';
import requireDeterministicTraining from './require-deterministic-training.js';
import requireExplicitHyperparameters from './require-explicit-hyperparameters.js';
import requireInputValidation from './require-input-validation.js';
import requireValidationData from './require-validation-data.js';

export const rules = {
  'no-async-tidy': noAsyncTidy,
  'no-duplicated-feature-list': noDuplicatedFeatureList,
  'no-hardcoded-feature-list': noHardcodedFeatureList,
  'no-leaked-tensor': noLeakedTensor,
  'no-leaky-split': noLeakySplit,
  'no-unseeded-random': noUnseededRandom,
  'prefer-async-tensor-read': preferAsyncTensorRead,
  'require-deterministic-training': requireDeterministicTraining,
  'require-explicit-hyperparameters': requireExplicitHyperparameters,
  'require-input-validation': requireInputValidation,
  'require-validation-data': requireValidationData,
};
