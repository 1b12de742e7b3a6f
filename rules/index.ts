// The rule map, alphabetical. test/plugin.test.ts checks it against the files in rules/.
import noDuplicatedFeatureList from './no-duplicated-feature-list.js';
import noFloatingModelAlias from './no-floating-model-alias.js';
import noHardcodedFeatureList from './no-hardcoded-feature-list.js';
import noInsecureArtifactUrl from './no-insecure-artifact-url.js';
import noLeakySplit from './no-leaky-split.js';
import noUnseededRandom from './no-unseeded-random.js';
import noUnversionedArtifact from './no-unversioned-artifact.js';
import requireDeterministicTraining from './require-deterministic-training.js';
import requireHubRevision from './require-hub-revision.js';
import requireInputValidation from './require-input-validation.js';
import requireValidationData from './require-validation-data.js';

export const rules = {
  'no-duplicated-feature-list': noDuplicatedFeatureList,
  'no-floating-model-alias': noFloatingModelAlias,
  'no-hardcoded-feature-list': noHardcodedFeatureList,
  'no-insecure-artifact-url': noInsecureArtifactUrl,
  'no-leaky-split': noLeakySplit,
  'no-unseeded-random': noUnseededRandom,
  'no-unversioned-artifact': noUnversionedArtifact,
  'require-deterministic-training': requireDeterministicTraining,
  'require-hub-revision': requireHubRevision,
  'require-input-validation': requireInputValidation,
  'require-validation-data': requireValidationData,
};
