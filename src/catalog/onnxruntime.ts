// ONNX Runtime for Node, the web and React Native (reference §2).
import type { Library } from './types.js';

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
  ],
};
