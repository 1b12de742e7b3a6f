// ONNX Runtime for Node, the web and React Native (reference §2).
import type { Api, InstanceKind, Library } from './types.js';

// --- Model input (require-input-validation): tensors built from values and sessions that run on them (reference §2).
const inputSinkApis: readonly Api[] = [
  // `new ort.Tensor(type, data, dims)` or `new ort.Tensor(data, dims)`: the data's position depends on the overload.
  { part: 'ort', path: ['Tensor'], kind: 'construct', modelInput: { kind: 'tensor', args: 'all' } },
  { part: 'ort', path: ['InferenceSession', 'create'], kind: 'call', returns: 'onnxruntime.InferenceSession' },
];

const inputSinkInstances: readonly InstanceKind[] = [
  {
    id: 'onnxruntime.InferenceSession',
    typeNames: ['InferenceSession'],
    typePackages: ['onnxruntime-common'],
    methods: [{ name: 'run', modelInput: { kind: 'inference', args: [0] } }],
  },
];
// --- end model input

export const onnxruntime: Library = {
  id: 'onnxruntime',
  role: 'inference',
  modules: ['onnxruntime-node', 'onnxruntime-web', 'onnxruntime-web/all', 'onnxruntime-web/wasm', 'onnxruntime-web/webgl',
    'onnxruntime-web/webgpu', 'onnxruntime-web/jspi', 'onnxruntime-react-native', 'onnxruntime-common'].map((name) => ({
    name,
    // Not `esm`: bundlers hand `import ort from 'onnxruntime-web/webgpu'` the whole module (the official examples do this).
    mounts: [{ part: 'ort' }],
  })),
  globals: [{ name: 'ort', mounts: [{ part: 'ort' }] }],
  apis: [
    // create(uri: string, options?) or create(buffer, …): only a string names an artifact (inference-session.d.ts).
    {
      part: 'ort',
      path: ['InferenceSession', 'create'],
      kind: 'call',
      artifact: { action: 'load', location: { argIndex: 0 }, naming: 'path' },
    },
    // env.wasm.wasmPaths: a URL prefix or a map of file name → URL for the runtime's .wasm/.mjs files (env.d.ts).
    {
      part: 'ort',
      path: ['env', 'wasm', 'wasmPaths'],
      kind: 'read',
      artifact: { action: 'runtime', location: 'assigned', naming: 'path', manyPaths: true, remoteOnly: true },
    },
    ...inputSinkApis,
  ],
  instances: [...inputSinkInstances],
};
