// Transformers.js: @huggingface/transformers (3.x, 4.x) and its predecessor @xenova/transformers (reference §3).
import type { Api, InstanceKind, Library } from './types.js';

// --- Model input (require-input-validation): a pipeline is a function; calling it runs the model (reference §3).
const inputSinkApis: readonly Api[] = [{ part: 'transformers', path: ['pipeline'], kind: 'call', returns: 'transformers.Pipeline' }];

const inputSinkInstances: readonly InstanceKind[] = [
  {
    id: 'transformers.Pipeline',
    typeNames: ['Pipeline'],
    typePackages: ['@huggingface/transformers', '@xenova/transformers'],
    methods: [],
    call: { modelInput: { kind: 'inference', args: [0] } },
  },
];
// --- end model input

export const transformers: Library = {
  id: 'transformers',
  role: 'inference',
  modules: ['@huggingface/transformers', '@xenova/transformers'].map((name) => ({
    name,
    esm: true,
    mounts: [{ part: 'transformers' }],
  })),
  apis: [...inputSinkApis],
  instances: [...inputSinkInstances],
};
