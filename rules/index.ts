// The rule map, alphabetical. test/plugin.test.ts checks it against the files in rules/.
import noAsyncTidy from './no-async-tidy.js';
import noLeakedTensor from './no-leaked-tensor.js';
import noUnseededRandom from './no-unseeded-random.js';
import requireDeterministicTraining from './require-deterministic-training.js';

export const rules = {
  'no-async-tidy': noAsyncTidy,
  'no-leaked-tensor': noLeakedTensor,
  'no-unseeded-random': noUnseededRandom,
  'require-deterministic-training': requireDeterministicTraining,
};
