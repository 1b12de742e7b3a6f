import rule from '../../rules/no-insecure-artifact-url.js';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();
const tfjs = "import * as tf from '@tensorflow/tfjs';\n";
const ort = "import * as ort from 'onnxruntime-web';\n";

ruleTester.run('no-insecure-artifact-url', rule, {
  valid: [
    { name: 'https', code: `${tfjs}await tf.loadLayersModel('https://models.example.com/churn/v3/model.json');` },
    { name: 'localhost', code: `${tfjs}await tf.loadLayersModel('http://localhost:8080/churn/model.json');` },
    { name: 'a localhost subdomain', code: `${tfjs}await tf.loadLayersModel('http://models.localhost/churn/model.json');` },
    { name: '127.0.0.0/8', code: `${ort}await ort.InferenceSession.create('http://127.0.0.1:3000/model.onnx');\nawait ort.InferenceSession.create('http://127.8.9.10/model.onnx');` },
    { name: 'IPv6 loopback', code: `${ort}await ort.InferenceSession.create('http://[::1]:3000/model.onnx');` },
    { name: 'a host the file cannot determine', code: `${tfjs}await tf.loadLayersModel(\`http://\${MODEL_HOST}/churn/model.json\`);` },
    { name: 'a host concatenated from an unknown value', code: `${tfjs}await tf.loadLayersModel('http://' + host + '/model.json');` },
    { name: 'a URL from a parameter', code: `${tfjs}export const load = (url) => tf.loadLayersModel(url);` },
    { name: 'a local file', code: "import * as tf from '@tensorflow/tfjs-node';\nawait tf.loadLayersModel('file://models/churn/v3/model.json');" },
    { name: 'an http URL that is not an artifact', code: `${tfjs}await fetch('http://example.com/api');\nconst u = 'http://example.com/model.json';` },
    { name: 'a hub repository id is not a URL', code: "import { pipeline } from '@huggingface/transformers';\nawait pipeline('fill-mask', 'http-models/bert');" },
    { name: 'a save on something that is not shown to be a model', code: `${tfjs}const doc = makeDoc();\nawait doc.save('report.txt');` },
    { name: 'a parameter that shadows the import', code: `${tfjs}export const load = (tf) => tf.loadLayersModel('http://example.com/model.json');` },
    { name: 'a local loader of the same name', code: "const tf = { loadLayersModel: (u) => u };\ntf.loadLayersModel('http://example.com/model.json');" },
  ],
  invalid: [
    {
      name: 'a model over plain http',
      code: `${tfjs}const model = await tf.loadLayersModel('http://models.example.com/churn/v3/model.json');`,
      errors: [
        {
          messageId: 'insecureArtifactUrl',
          line: 2,
          column: 21,
          data: { name: 'tf.loadLayersModel', url: 'http://models.example.com/churn/v3/model.json', host: 'models.example.com' },
          suggestions: [
            {
              messageId: 'useHttps',
              output: `${tfjs}const model = await tf.loadLayersModel('https://models.example.com/churn/v3/model.json');`,
            },
          ],
        },
      ],
    },
    {
      name: 'a private-network host with a port and credentials',
      code: `${ort}await ort.InferenceSession.create('http://user@10.0.0.5:8080/models/v2/model.onnx');`,
      errors: [
        {
          messageId: 'insecureArtifactUrl',
          data: { name: 'ort.InferenceSession.create', url: 'http://user@10.0.0.5:8080/models/v2/model.onnx', host: '10.0.0.5' },
          suggestions: [{ messageId: 'useHttps', output: `${ort}await ort.InferenceSession.create('https://user@10.0.0.5:8080/models/v2/model.onnx');` }],
        },
      ],
    },
    {
      name: 'a model saved over plain http',
      code: `${tfjs}const model = tf.sequential();\nawait model.save('http://models.example.com/upload/v3');`,
      errors: [
        {
          messageId: 'insecureArtifactUrl',
          line: 3,
          data: { name: 'model.save', url: 'http://models.example.com/upload/v3', host: 'models.example.com' },
          suggestions: [{ messageId: 'useHttps', output: `${tfjs}const model = tf.sequential();\nawait model.save('https://models.example.com/upload/v3');` }],
        },
      ],
    },
    {
      name: 'WASM binaries over plain http',
      code: `${ort}ort.env.wasm.wasmPaths = 'http://cdn.example.com/onnxruntime-web@1.22.0/dist/';`,
      errors: [
        {
          messageId: 'insecureArtifactUrl',
          line: 2,
          column: 1,
          data: { name: 'ort.env.wasm.wasmPaths', url: 'http://cdn.example.com/onnxruntime-web@1.22.0/dist/', host: 'cdn.example.com' },
          suggestions: [{ messageId: 'useHttps', output: `${ort}ort.env.wasm.wasmPaths = 'https://cdn.example.com/onnxruntime-web@1.22.0/dist/';` }],
        },
      ],
    },
    {
      name: 'one entry of a WASM file map',
      code: "import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';\nsetWasmPaths({ 'tfjs-backend-wasm.wasm': 'https://cdn.example.com/a.wasm', 'tfjs-backend-wasm-simd.wasm': 'http://cdn.example.com/b.wasm' });",
      errors: [
        {
          messageId: 'insecureArtifactUrl',
          data: { name: 'setWasmPaths', url: 'http://cdn.example.com/b.wasm', host: 'cdn.example.com' },
          suggestions: [
            {
              messageId: 'useHttps',
              output: "import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';\nsetWasmPaths({ 'tfjs-backend-wasm.wasm': 'https://cdn.example.com/a.wasm', 'tfjs-backend-wasm-simd.wasm': 'https://cdn.example.com/b.wasm' });",
            },
          ],
        },
      ],
    },
    {
      name: 'the transformers.js model host',
      code: "import { env } from '@huggingface/transformers';\nenv.remoteHost = 'http://hf-mirror.internal/';",
      errors: [
        {
          messageId: 'insecureArtifactUrl',
          data: { name: 'env.remoteHost', url: 'http://hf-mirror.internal/', host: 'hf-mirror.internal' },
          suggestions: [{ messageId: 'useHttps', output: "import { env } from '@huggingface/transformers';\nenv.remoteHost = 'https://hf-mirror.internal/';" }],
        },
      ],
    },
    {
      name: 'a URL held in a const: the suggestion fixes the const',
      code: `${tfjs}const MODEL_URL = 'HTTP://models.example.com/churn/v3/model.json';\nawait tf.loadGraphModel(MODEL_URL);`,
      errors: [
        {
          messageId: 'insecureArtifactUrl',
          line: 3,
          data: { name: 'tf.loadGraphModel', url: 'HTTP://models.example.com/churn/v3/model.json', host: 'models.example.com' },
          suggestions: [{ messageId: 'useHttps', output: `${tfjs}const MODEL_URL = 'https://models.example.com/churn/v3/model.json';\nawait tf.loadGraphModel(MODEL_URL);` }],
        },
      ],
    },
    {
      name: 'a template literal with a known host',
      code: `${tfjs}export const load = (version) => tf.loadLayersModel(\`http://models.example.com/churn/\${version}/model.json\`);`,
      errors: [
        {
          messageId: 'insecureArtifactUrl',
          data: { name: 'tf.loadLayersModel', url: 'http://models.example.com/churn/…/model.json', host: 'models.example.com' },
          suggestions: [
            {
              messageId: 'useHttps',
              output: `${tfjs}export const load = (version) => tf.loadLayersModel(\`https://models.example.com/churn/\${version}/model.json\`);`,
            },
          ],
        },
      ],
    },
    {
      name: 'a URL from a const object has no literal to fix',
      code: `${tfjs}const CONFIG = { url: 'http://models.example.com/churn/v3/model.json' };\nawait tf.loadLayersModel(CONFIG.url);`,
      errors: [{ messageId: 'insecureArtifactUrl', suggestions: [] }],
    },
    {
      name: 'CommonJS tfjs-node with an io handler',
      code: "const tf = require('@tensorflow/tfjs-node');\ntf.loadLayersModel(tf.io.http('http://models.example.com/v1/model.json'));",
      errors: [{ messageId: 'insecureArtifactUrl', data: { name: 'tf.io.http', url: 'http://models.example.com/v1/model.json', host: 'models.example.com' }, suggestions: [{ messageId: 'useHttps', output: "const tf = require('@tensorflow/tfjs-node');\ntf.loadLayersModel(tf.io.http('https://models.example.com/v1/model.json'));" }] }],
    },
    {
      name: 'a loader from settings',
      code: "import load from '@acme/models';\nload('http://models.example.com/v2/churn.onnx');",
      settings: { 'ml-debt': { artifactLoaders: [{ module: '@acme/models', name: 'default' }] } },
      errors: [{ messageId: 'insecureArtifactUrl', data: { name: 'load', url: 'http://models.example.com/v2/churn.onnx', host: 'models.example.com' }, suggestions: [{ messageId: 'useHttps', output: "import load from '@acme/models';\nload('https://models.example.com/v2/churn.onnx');" }] }],
    },
    {
      name: 'an aliased named import',
      code: "import { loadGraphModel as loadGraph } from '@tensorflow/tfjs-converter';\nloadGraph('http://models.example.com/v1/model.json');",
      errors: [{ messageId: 'insecureArtifactUrl', data: { name: 'loadGraph', url: 'http://models.example.com/v1/model.json', host: 'models.example.com' }, suggestions: [{ messageId: 'useHttps', output: "import { loadGraphModel as loadGraph } from '@tensorflow/tfjs-converter';\nloadGraph('https://models.example.com/v1/model.json');" }] }],
    },
    {
      name: 'the tf and ort globals of script-tag pages',
      code: "tf.loadLayersModel('http://models.example.com/v1/model.json');\nort.InferenceSession.create('http://models.example.com/v1/model.onnx');",
      errors: [
        { messageId: 'insecureArtifactUrl', line: 1, data: { name: 'tf.loadLayersModel', url: 'http://models.example.com/v1/model.json', host: 'models.example.com' }, suggestions: [{ messageId: 'useHttps', output: "tf.loadLayersModel('https://models.example.com/v1/model.json');\nort.InferenceSession.create('http://models.example.com/v1/model.onnx');" }] },
        { messageId: 'insecureArtifactUrl', line: 2, data: { name: 'ort.InferenceSession.create', url: 'http://models.example.com/v1/model.onnx', host: 'models.example.com' }, suggestions: [{ messageId: 'useHttps', output: "tf.loadLayersModel('http://models.example.com/v1/model.json');\nort.InferenceSession.create('https://models.example.com/v1/model.onnx');" }] },
      ],
    },
    {
      name: 'TypeScript syntax',
      code: `${tfjs}const url = 'http://models.example.com/v2/model.json' as const;\nconst model: tf.GraphModel = await tf.loadGraphModel(url);`,
      errors: [{ messageId: 'insecureArtifactUrl', suggestions: [{ messageId: 'useHttps', output: `${tfjs}const url = 'https://models.example.com/v2/model.json' as const;\nconst model: tf.GraphModel = await tf.loadGraphModel(url);` }] }],
    },
  ],
});
