// The rule map, alphabetical. test/plugin.test.ts checks it against the files in rules/.
import noAsyncTidy from './no-async-tidy.js';
import noDuplicatedFeatureList from './no-duplicated-feature-list.js';
import noFloatingModelAlias from './no-floating-model-alias.js';
import noHardcodedFeatureList from './no-hardcoded-feature-list.js';
import noInsecureArtifactUrl from './no-insecure-artifact-url.js';
import noLeakedTensor from './no-leaked-tensor.js';
import noLeakySplit from './no-leaky-split.js';
import noModelLoadPerRequest from './no-model-load-per-request.js';
import noSwallowedInferenceError from './no-swallowed-inference-error.js';
import noUnseededRandom from './no-unseeded-random.js';
import noUnversionedArtifact from './no-unversioned-artifact.js';
import preferAsyncTensorRead from './prefer-async-tensor-read.js';
import requireDeterministicTraining from './require-deterministic-training.js';
import requireExplicitHyperparameters from './require-explicit-hyperparameters.js';
import requireHubRevision from './require-hub-revision.js';
import requireInputValidation from './require-input-validation.js';
import requireValidationData from './require-validation-data.js';

export const rules = {
  'no-async-tidy': noAsyncTidy,
  'no-duplicated-feature-list': noDuplicatedFeatureList,
  'no-floating-model-alias': noFloatingModelAlias,
  'no-hardcoded-feature-list': noHardcodedFeatureList,
  'no-insecure-artifact-url': noInsecureArtifactUrl,
  'no-leaked-tensor': noLeakedTensor,
  'no-leaky-split': noLeakySplit,
  'no-model-load-per-request': noModelLoadPerRequest,
  'no-swallowed-inference-error': noSwallowedInferenceError,
  'no-unseeded-random': noUnseededRandom,
  'no-unversioned-artifact': noUnversionedArtifact,
  'prefer-async-tensor-read': preferAsyncTensorRead,
  'require-deterministic-training': requireDeterministicTraining,
  'require-explicit-hyperparameters': requireExplicitHyperparameters,
  'require-hub-revision': requireHubRevision,
  'require-input-validation': requireInputValidation,
  'require-validation-data': requireValidationData,
};
