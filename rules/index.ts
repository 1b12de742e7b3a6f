// The rule map, alphabetical. test/plugin.test.ts checks it against the files in rules/.
import noUnseededRandom from './no-unseeded-random.js';
import requireDeterministicTraining from './require-deterministic-training.js';
import requireHubRevision from './require-hub-revision.js';

export const rules = {
  'no-unseeded-random': noUnseededRandom,
  'require-deterministic-training': requireDeterministicTraining,
  'require-hub-revision': requireHubRevision,
};
