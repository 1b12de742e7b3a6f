// The rule map, alphabetical. test/plugin.test.ts checks it against the files in rules/.
import noDuplicatedFeatureList from './no-duplicated-feature-list.js';
import noHardcodedFeatureList from './no-hardcoded-feature-list.js';
import noLeakySplit from './no-leaky-split.js';
import noUnseededRandom from './no-unseeded-random.js';
import requireDeterministicTraining from './require-deterministic-training.js';
import requireInputValidation from './require-input-validation.js';
import requireValidationData from './require-validation-data.js';

export const rules = {
  'no-duplicated-feature-list': noDuplicatedFeatureList,
  'no-hardcoded-feature-list': noHardcodedFeatureList,
  'no-leaky-split': noLeakySplit,
  'no-unseeded-random': noUnseededRandom,
  'require-deterministic-training': requireDeterministicTraining,
  'require-input-validation': requireInputValidation,
  'require-validation-data': requireValidationData,
};
