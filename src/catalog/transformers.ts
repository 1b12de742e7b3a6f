// Transformers.js: @huggingface/transformers (3.x, 4.x) and its predecessor @xenova/transformers (reference §3).
import type { Library } from './types.js';

export const transformers: Library = {
  id: 'transformers',
  role: 'inference',
  modules: ['@huggingface/transformers', '@xenova/transformers'].map((name) => ({
    name,
    esm: true,
    mounts: [{ part: 'transformers' }],
  })),
  apis: [],
};
