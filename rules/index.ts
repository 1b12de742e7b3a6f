// The rule map, alphabetical. test/plugin.test.ts checks it against the files in rules/.
import noFloatingModelAlias from './no-floating-model-alias.js';
import noInsecureArtifactUrl from './no-insecure-artifact-url.js';
import noUnseededRandom from './no-unseeded-random.js';
import noUnversionedArtifact from './no-unversioned-artifact.js';
import requireDeterministicTraining from './require-deterministic-training.js';
import requireHubRevision from './require-hub-revision.js';

export const rules = {
  'no-floating-model-alias': noFloatingModelAlias,
  'no-insecure-artifact-url': noInsecureArtifactUrl,
  'no-unseeded-random': noUnseededRandom,
  'no-unversioned-artifact': noUnversionedArtifact,
  'require-deterministic-training': requireDeterministicTraining,
  'require-hub-revision': requireHubRevision,
};
