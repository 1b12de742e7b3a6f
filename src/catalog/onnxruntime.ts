// ONNX Runtime for Node, the web and React Native (reference §2).
import type { Library } from './types.js';

export const onnxruntime: Library = {
  id: 'onnxruntime',
  role: 'inference',
  modules: ['onnxruntime-node', 'onnxruntime-web', 'onnxruntime-web/all', 'onnxruntime-web/wasm', 'onnxruntime-web/webgl',
    'onnxruntime-web/webgpu', 'onnxruntime-web/jspi', 'onnxruntime-react-native', 'onnxruntime-common'].map((name) => ({
    name,
    esm: true,
    mounts: [{ part: 'ort' }],
  })),
  globals: [{ name: 'ort', mounts: [{ part: 'ort' }] }],
  apis: [],
};
