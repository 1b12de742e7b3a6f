// The rule map, alphabetical. test/plugin.test.ts checks it against the files in rules/.
import noLeakedTensor from './no-leaked-tensor.js';
import noUnseededRandom from './no-unseeded-random.js';
import requireDeterministicTraining from './require-deterministic-training.js';

export const rules = {
  'no-leaked-tensor': noLeakedTensor,
  'no-unseeded-random': noUnseededRandom,
  'require-deterministic-training': requireDeterministicTraining,
};
