// danfo.js data frames. DataFrame.sample is seeded by default (seed 1), so nothing here is reported as random.
import type { Library } from './types.js';

export const danfo: Library = {
  id: 'danfo',
  role: 'data',
  modules: ['danfojs', 'danfojs-node'].map((name) => ({ name, esm: true, mounts: [{ part: 'danfo' }] })),
  globals: [{ name: 'dfd', mounts: [{ part: 'danfo' }] }],
  apis: [],
};
