import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/no-unversioned-artifact.js';
import plugin from '../../src/index.js';
import { createRuleTester, createTypedRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();
const tfjs = "import * as tf from '@tensorflow/tfjs';\n";
const tfnode = "import * as tf from '@tensorflow/tfjs-node';\n";
const ort = "import * as ort from 'onnxruntime-node';\n";
const wasm = "import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';\n";

ruleTester.run('no-unversioned-artifact', rule, {
  valid: [
    { name: 'a vN directory', code: `${tfnode}const model = await tf.loadLayersModel('file://models/churn/v3/model.json');` },
    { name: 'a dated directory', code: `${tfjs}await tf.loadGraphModel('https://storage.example.com/churn/2024-05-01/model.json');` },
    { name: 'a semver in the file name', code: `${ort}await ort.InferenceSession.create('./models/churn-1.4.2.onnx');` },
    { name: 'a content hash', code: `${ort}await ort.InferenceSession.create('s3://models/churn/3f9a2c1e/model.onnx');` },
    { name: 'a numeric version directory', code: `${tfjs}await tf.loadLayersModel('/models/churn/12/model.json');` },
    { name: 'a version in the query', code: `${tfjs}await tf.loadLayersModel('/models/churn/model.json?v=3');` },
    { name: 'a pinned CDN package', code: `${wasm}setWasmPaths('https://cdn.jsdelivr.net/npm/@tensorflow/tfjs-backend-wasm@4.22.0/dist/');` },
    {
      name: 'a TF Hub handle with its version',
      code: `${tfjs}await tf.loadGraphModel('https://tfhub.dev/google/imagenet/mobilenet_v2_100_224/classification/5', { fromTFHub: true });`,
    },
    {
      name: 'a Kaggle handle with its version',
      code: `${tfjs}await tf.loadGraphModel('https://www.kaggle.com/models/google/mobilenet-v3/TfJs/small-100-224-classification/1', { fromTFHub: true });`,
    },
    {
      name: 'an interpolated version counts as versioned',
      code: `${tfnode}import { MODEL_VERSION } from './config.js';\nawait tf.loadLayersModel(\`file://models/churn/\${MODEL_VERSION}/model.json\`);`,
    },
    { name: 'a path from a parameter', code: `${tfjs}export const load = (url) => tf.loadLayersModel(url);` },
    { name: 'a path from the environment', code: `${ort}await ort.InferenceSession.create(process.env.MODEL_PATH);` },
    { name: 'a path built from an unknown base', code: `${tfjs}await tf.loadLayersModel(MODEL_BASE + '/model.json');` },
    { name: 'an IO handler instead of a path', code: `${tfjs}await tf.loadLayersModel(tf.io.browserFiles([json, weights]));` },
    { name: 'a buffer instead of a path', code: `${ort}await ort.InferenceSession.create(modelBuffer);` },
    {
      name: "keys in the browser's own storage and downloads",
      code: `${tfjs}const model = tf.sequential();\nawait model.save('indexeddb://churn');\nawait model.save('localstorage://churn');\nawait model.save('downloads://churn');\nawait tf.loadLayersModel('indexeddb://churn');`,
    },
    { name: 'a data: URL', code: `${tfjs}await tf.loadLayersModel('data:application/json;base64,e30=');` },
    {
      name: 'runtime binaries from a local path (copied from the installed package)',
      code: "import * as ort from 'onnxruntime-web';\nort.env.wasm.wasmPaths = 'dist/';",
    },
    {
      name: 'a save of something that is not shown to be a model',
      code: `${tfjs}const doc = makeDoc();\nawait doc.save('report');`,
    },
    { name: 'save in a module that does not import tfjs', code: "export const persist = (model) => model.save('file://./model');" },
    { name: 'a parameter that shadows the import', code: `${tfjs}export const load = (tf) => tf.loadLayersModel('https://models.example.com/model.json');` },
    { name: 'a local loadLayersModel', code: "const tf = { loadLayersModel: (url) => url };\ntf.loadLayersModel('model.json');" },
    {
      name: 'a version pattern of your own',
      code: `${tfjs}await tf.loadLayersModel('/models/churn/release-7/model.json');`,
      options: [{ versionPattern: '^release-\\d+$' }],
    },
    {
      name: 'a loader from settings, with a versioned path',
      code: "import { loadModel } from '@acme/models';\nloadModel('s3://models/churn/v2/model.onnx');",
      settings: { 'ml-debt': { artifactLoaders: [{ module: '@acme/models', name: 'loadModel' }] } },
    },
  ],
  invalid: [
    {
      name: 'loadLayersModel from a path with no version',
      code: `${tfnode}const model = await tf.loadLayersModel('file://models/churn/model.json');`,
      errors: [
        {
          messageId: 'unversionedLoad',
          line: 2,
          column: 21,
          data: { name: 'tf.loadLayersModel', does: 'loads', path: 'file://models/churn/model.json' },
        },
      ],
    },
    {
      name: 'saving a model overwrites it in place',
      code: `${tfnode}const model = tf.sequential();\nawait model.save('file://./model');`,
      errors: [{ messageId: 'unversionedSave', line: 3, data: { name: 'model.save', path: 'file://./model' } }],
    },
    {
      name: 'saving a model built by a helper (a tfjs URL scheme shows it is a model)',
      code: `${tfnode}const model = buildModel();\nawait model.save('file://models/churn');`,
      errors: [{ messageId: 'unversionedSave', data: { name: 'model.save', path: 'file://models/churn' } }],
    },
    {
      name: 'saving a loaded graph model',
      code: `${tfnode}const graph = await tf.loadGraphModel('file://models/v2/model.json');\nawait graph.save('file://exported');`,
      errors: [{ messageId: 'unversionedSave', line: 3, data: { name: 'graph.save', path: 'file://exported' } }],
    },
    {
      name: "a floating 'latest' directory, even with an unknown host",
      code: `${tfjs}await tf.loadLayersModel(\`\${MODEL_HOST}/churn/latest/model.json\`);`,
      errors: [{ messageId: 'floatingMarker', data: { name: 'tf.loadLayersModel', does: 'loads', path: '…/churn/latest/model.json', marker: 'latest' } }],
    },
    {
      name: "a file named '-latest'",
      code: `${ort}await ort.InferenceSession.create('models/churn-latest.onnx');`,
      errors: [{ messageId: 'floatingMarker', data: { name: 'ort.InferenceSession.create', does: 'loads', path: 'models/churn-latest.onnx', marker: 'churn-latest.onnx' } }],
    },
    {
      name: "Hugging Face resolve/main",
      code: `${ort}await ort.InferenceSession.create('https://huggingface.co/Xenova/bert/resolve/main/onnx/model.onnx');`,
      errors: [{ messageId: 'floatingMarker', data: { name: 'ort.InferenceSession.create', does: 'loads', path: 'https://huggingface.co/Xenova/bert/resolve/main/onnx/model.onnx', marker: 'main' } }],
    },
    {
      name: 'raw.githubusercontent.com on master',
      code: `${tfjs}await tf.loadGraphModel('https://raw.githubusercontent.com/acme/models/master/churn/model.json');`,
      errors: [{ messageId: 'floatingMarker', data: { name: 'tf.loadGraphModel', does: 'loads', path: 'https://raw.githubusercontent.com/acme/models/master/churn/model.json', marker: 'master' } }],
    },
    {
      name: '@latest and version ranges on a CDN',
      code: `${wasm}setWasmPaths('https://cdn.jsdelivr.net/npm/@tensorflow/tfjs-backend-wasm@latest/dist/');\nsetWasmPaths('https://unpkg.com/@tensorflow/tfjs-backend-wasm@4/dist/');`,
      errors: [
        { messageId: 'floatingMarker', line: 2, data: { name: 'setWasmPaths', does: 'fetches', path: 'https://cdn.jsdelivr.net/npm/@tensorflow/tfjs-backend-wasm@latest/dist/', marker: '@latest' } },
        { messageId: 'floatingMarker', line: 3, data: { name: 'setWasmPaths', does: 'fetches', path: 'https://unpkg.com/@tensorflow/tfjs-backend-wasm@4/dist/', marker: '@4' } },
      ],
    },
    {
      name: 'runtime binaries from a CDN without a version',
      code: "import * as ort from 'onnxruntime-web';\nort.env.wasm.wasmPaths = 'https://cdn.jsdelivr.net/npm/onnxruntime-web/dist/';",
      errors: [{ messageId: 'unversionedRuntime', line: 2, column: 1, data: { name: 'ort.env.wasm.wasmPaths', path: 'https://cdn.jsdelivr.net/npm/onnxruntime-web/dist/' } }],
    },
    {
      name: 'a protocol-relative CDN URL without a version',
      code: `${wasm}setWasmPaths('//unpkg.com/@tensorflow/tfjs-backend-wasm/dist/');`,
      errors: [{ messageId: 'unversionedRuntime' }],
    },
    {
      name: 'a map of runtime binaries',
      code: `${wasm}setWasmPaths({ 'tfjs-backend-wasm.wasm': 'https://models.example.com/wasm/tfjs-backend-wasm.wasm' });`,
      errors: [{ messageId: 'unversionedRuntime', data: { name: 'setWasmPaths', path: 'https://models.example.com/wasm/tfjs-backend-wasm.wasm' } }],
    },
    {
      name: 'transformers.js ONNX settings',
      code: "import { env } from '@huggingface/transformers';\nenv.backends.onnx.wasm.wasmPaths = 'https://cdn.jsdelivr.net/npm/onnxruntime-web@latest/dist/';",
      errors: [{ messageId: 'floatingMarker', data: { name: 'env.backends.onnx.wasm.wasmPaths', does: 'fetches', path: 'https://cdn.jsdelivr.net/npm/onnxruntime-web@latest/dist/', marker: '@latest' } }],
    },
    {
      name: 'the tf.wasm global of a script-tag page',
      code: "tf.wasm.setWasmPaths('https://unpkg.com/@tensorflow/tfjs-backend-wasm/dist/');",
      errors: [{ messageId: 'unversionedRuntime', data: { name: 'tf.wasm.setWasmPaths', path: 'https://unpkg.com/@tensorflow/tfjs-backend-wasm/dist/' } }],
    },
    {
      name: 'a TF Hub handle without its version',
      code: `${tfjs}await tf.loadGraphModel('https://tfhub.dev/google/imagenet/mobilenet_v2_100_224/classification', { fromTFHub: true });`,
      errors: [{ messageId: 'unversionedHubHandle', data: { name: 'tf.loadGraphModel', path: 'https://tfhub.dev/google/imagenet/mobilenet_v2_100_224/classification', hub: 'TF Hub' } }],
    },
    {
      name: 'a Kaggle handle without its version',
      code: `${tfjs}await tf.loadGraphModel('https://www.kaggle.com/models/google/mobilenet-v3/TfJs/small-100-224-classification');`,
      errors: [{ messageId: 'unversionedHubHandle', data: { name: 'tf.loadGraphModel', path: 'https://www.kaggle.com/models/google/mobilenet-v3/TfJs/small-100-224-classification', hub: 'Kaggle Models' } }],
    },
    {
      name: 'fromTFHub makes any host a hub handle',
      code: `${tfjs}await tf.loadGraphModel('https://hub.example.com/mobilenet_v2/classification', { fromTFHub: true });`,
      errors: [{ messageId: 'unversionedHubHandle', data: { name: 'tf.loadGraphModel', path: 'https://hub.example.com/mobilenet_v2/classification', hub: 'TF Hub' } }],
    },
    {
      name: 'io handlers',
      code: `${tfnode}await tf.loadLayersModel(tf.io.http('https://models.example.com/churn/model.json'));\nawait tf.loadLayersModel(tf.io.fileSystem(['models/model.json', 'models/weights.bin']));`,
      errors: [
        { messageId: 'unversionedLoad', line: 2, column: 26, data: { name: 'tf.io.http', does: 'reads or writes', path: 'https://models.example.com/churn/model.json' } },
        { messageId: 'unversionedLoad', line: 3, column: 26, data: { name: 'tf.io.fileSystem', does: 'reads or writes', path: 'models/model.json' } },
      ],
    },
    {
      name: 'a SavedModel in tfjs-node',
      code: "const tf = require('@tensorflow/tfjs-node');\nconst model = await tf.node.loadSavedModel('./saved_model');",
      errors: [{ messageId: 'unversionedLoad', data: { name: 'tf.node.loadSavedModel', does: 'loads', path: './saved_model' } }],
    },
    {
      name: 'onnxruntime-node through require and a default import of onnxruntime-web',
      code: "const { InferenceSession } = require('onnxruntime-node');\nawait InferenceSession.create('./model.onnx');\nimport ortWeb from 'onnxruntime-web';\nawait ortWeb.InferenceSession.create('/model.onnx');",
      errors: [
        { messageId: 'unversionedLoad', line: 2, data: { name: 'InferenceSession.create', does: 'loads', path: './model.onnx' } },
        { messageId: 'unversionedLoad', line: 4, data: { name: 'ortWeb.InferenceSession.create', does: 'loads', path: '/model.onnx' } },
      ],
    },
    {
      name: 'the ort global of a script-tag page',
      code: "const session = await ort.InferenceSession.create('https://models.example.com/churn/model.onnx');",
      errors: [{ messageId: 'unversionedLoad', data: { name: 'ort.InferenceSession.create', does: 'loads', path: 'https://models.example.com/churn/model.onnx' } }],
    },
    {
      name: 'an aliased named import',
      code: "import { loadLayersModel as load } from '@tensorflow/tfjs-layers';\nawait load('https://models.example.com/churn/model.json');",
      errors: [{ messageId: 'unversionedLoad', data: { name: 'load', does: 'loads', path: 'https://models.example.com/churn/model.json' } }],
    },
    {
      name: 'paths built from consts, templates and +',
      code: `${tfjs}const BASE = 'https://models.example.com';\nconst NAME = 'churn';\nconst URL_1 = \`\${BASE}/\${NAME}/model.json\`;\nawait tf.loadLayersModel(URL_1);\nawait tf.loadGraphModel(BASE + '/' + NAME + '/graph/model.json');`,
      errors: [
        { messageId: 'unversionedLoad', line: 5, data: { name: 'tf.loadLayersModel', does: 'loads', path: 'https://models.example.com/churn/model.json' } },
        { messageId: 'unversionedLoad', line: 6, data: { name: 'tf.loadGraphModel', does: 'loads', path: 'https://models.example.com/churn/graph/model.json' } },
      ],
    },
    {
      name: 'a stricter version pattern of your own',
      code: `${tfjs}await tf.loadLayersModel('/models/churn-2.1/model.json');`,
      options: [{ versionPattern: '^v\\d+$' }],
      errors: [{ messageId: 'unversionedLoad', data: { name: 'tf.loadLayersModel', does: 'loads', path: '/models/churn-2.1/model.json' } }],
    },
    {
      name: 'loaders and savers from settings (a package, and a path relative to the working directory)',
      code: "import { loadModel } from '@acme/models';\nimport { ModelStore } from '../lib/model-store.js';\nloadModel('s3://models/churn/model.onnx');\nModelStore.put(model, 'gs://models/churn');",
      filename: 'src/app/file.ts',
      settings: {
        'ml-debt': {
          artifactLoaders: [
            { module: '@acme/models', name: 'loadModel' },
            { module: 'src/lib/model-store.ts', name: 'ModelStore.put', argIndex: 1, action: 'save' },
          ],
        },
      },
      errors: [
        { messageId: 'unversionedLoad', line: 3, data: { name: 'loadModel', does: 'loads', path: 's3://models/churn/model.onnx' } },
        { messageId: 'unversionedSave', line: 4, data: { name: 'ModelStore.put', path: 'gs://models/churn' } },
      ],
    },
    {
      name: 'TypeScript syntax',
      code: `${tfjs}const MODEL_URL = 'https://models.example.com/churn/model.json' as const;\nconst model: tf.LayersModel = await tf.loadLayersModel(MODEL_URL!);`,
      errors: [{ messageId: 'unversionedLoad' }],
    },
  ],
});

const typedRuleTester = createTypedRuleTester();

typedRuleTester.run('no-unversioned-artifact (type-aware)', rule, {
  valid: [
    {
      name: 'types show the receiver is not a tfjs model',
      code: `${tfjs}class Store { save(key: string) { return key; } }\nexport function persist(store: Store) { return store.save('file://./state'); }`,
    },
  ],
  invalid: [
    {
      name: 'a typed model parameter, whatever the path looks like',
      code: `${tfjs}export async function persist(model: tf.LayersModel) { await model.save('models/churn'); }`,
      errors: [{ messageId: 'unversionedSave', data: { name: 'model.save', path: 'models/churn' } }],
    },
  ],
});

describe('no-unversioned-artifact options', () => {
  const lintWith = (versionPattern: string) => () =>
    new Linter().verify(
      "import * as tf from '@tensorflow/tfjs';\ntf.loadLayersModel('/m/model.json');",
      [{ plugins: { 'ml-debt': plugin as never }, rules: { 'ml-debt/no-unversioned-artifact': ['error', { versionPattern }] } }],
      'load.js',
    );

  it('rejects a versionPattern that is not a regular expression with ESLint\'s schema error', () => {
    expect(lintWith('v(')).toThrow(/Key "ml-debt\/no-unversioned-artifact":\s+Value "v\(" should match format "regex"/u);
  });

  it('rejects a pattern only valid without the unicode flag with one line naming the option', () => {
    // `\p` passes the schema's format check (no flags) but not the rule's case-insensitive unicode matching.
    expect(lintWith('\\p')).toThrow(/The option versionPattern of ml-debt\/no-unversioned-artifact is not a valid regular expression: /u);
  });
});
