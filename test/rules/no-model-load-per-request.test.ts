import rule from '../../rules/no-model-load-per-request.js';
import { createRuleTester, createTypedRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();
const tfjs = "import * as tf from '@tensorflow/tfjs-node';\nimport express from 'express';\nconst app = express();\n";
const ort = "import * as ort from 'onnxruntime-node';\nimport express from 'express';\nconst app = express();\n";
const hf = "import { pipeline, AutoModel } from '@huggingface/transformers';\n";

ruleTester.run('no-model-load-per-request', rule, {
  valid: [
    { name: 'loaded once at startup', code: `${tfjs}const model = await tf.loadLayersModel('file://m/v1/model.json');\napp.post('/p', async (req, res) => { res.json(model.predict(x)); });` },
    { name: 'lazily with ??=', code: `${tfjs}let model;\napp.post('/p', async (req, res) => {\n  model ??= await tf.loadLayersModel('file://m/v1/model.json');\n  res.json(1);\n});` },
    { name: 'lazily behind an if', code: `${ort}let session;\napp.post('/p', async (req, res) => {\n  if (!session) session = await ort.InferenceSession.create('m.onnx');\n  res.json(1);\n});` },
    { name: 'a promise memoised with ||', code: `${ort}let pending;\napp.post('/p', async (req, res) => {\n  const s = await (pending || (pending = ort.InferenceSession.create('m.onnx')));\n  res.json(s);\n});` },
    { name: 'a cache keyed by model', code: `${tfjs}const cache = new Map();\napp.post('/p/:m', async (req, res) => {\n  if (!cache.has(req.params.m)) cache.set(req.params.m, await tf.loadGraphModel(url));\n  res.json(1);\n});` },
    {
      name: 'a singleton getInstance (the transformers.js pattern)',
      code: `${hf}class PipelineSingleton {\n  static instance = null;\n  static async getInstance() {\n    this.instance ??= pipeline('sentiment-analysis', 'Xenova/distilbert', { revision: 'abc1234' });\n    return this.instance;\n  }\n}\nself.addEventListener('message', async (event) => {\n  const classifier = await PipelineSingleton.getInstance();\n  self.postMessage(await classifier(event.data.text));\n});`,
    },
    {
      name: 'a promise chain memoised in a map',
      code: `${hf}const tokenizers = new Map();\nself.addEventListener('message', async (event) => {\n  let pending = tokenizers.get('m');\n  if (!pending) {\n    pending = AutoModel.from_pretrained('Xenova/bert', { revision: 'abc1234' }).then((m) => m);\n    tokenizers.set('m', pending);\n  }\n});`,
    },
    { name: 'a model chosen by the request', code: `${tfjs}app.post('/p', async (req, res) => {\n  const url = \`file://models/\${req.params.name}/model.json\`;\n  const m = await tf.loadLayersModel(url);\n});` },
    { name: 'a loop whose path is computed inside the body', code: `${tfjs}for (const entry of entries) {\n  const bytes = await fetchBytes(entry.url);\n  sessions.push(await tf.loadGraphModel(bytes));\n}` },
    { name: 'a loop over different models', code: `${tfjs}for (const name of ['a', 'b']) {\n  const m = await tf.loadLayersModel(\`file://models/\${name}/model.json\`);\n  models.push(m);\n}` },
    { name: 'map over model ids', code: `${hf}const models = await Promise.all(ids.map((id) => AutoModel.from_pretrained(id, { revision: 'abc1234' })));` },
    { name: 'a function called once', code: `${tfjs}async function main() { const m = await tf.loadLayersModel('file://m/v1/model.json'); }\nmain();` },
    { name: 'a local function named like a loader', code: 'function loadLayersModel() {}\napp.post("/p", async () => { await loadLayersModel(); });' },
    { name: 'a memoising wrapper called per request', code: `${tfjs}let model;\nasync function getModel() {\n  if (!model) model = await tf.loadLayersModel('file://m/v1/model.json');\n  return model;\n}\napp.post('/p', async (req, res) => { const m = await getModel(); res.json(1); });` },
    { name: 'test files', code: `${tfjs}app.post('/p', async () => { await tf.loadLayersModel('x'); });`, filename: 'src/server.test.ts' },
  ],
  invalid: [
    {
      name: 'tfjs model loaded in an Express handler',
      code: `${tfjs}app.post('/predict', async (req, res) => {\n  const model = await tf.loadLayersModel('file://models/churn/model.json');\n  res.json(model.predict(x));\n});`,
      errors: [{ messageId: 'loadPerRequest', line: 5, column: 23, data: { call: 'tf.loadLayersModel', where: 'call of this request handler' } }],
    },
    {
      name: 'ONNX Runtime session created per request',
      code: `${ort}app.post('/p', async (req, res) => {\n  const session = await ort.InferenceSession.create('./model.onnx');\n  res.json(await session.run(feeds));\n});`,
      errors: [{ messageId: 'loadPerRequest', data: { call: 'ort.InferenceSession.create', where: 'call of this request handler' } }],
    },
    {
      name: 'a transformers.js pipeline per request in a Next.js route handler',
      code: `${hf}export async function POST(request) {\n  const classify = await pipeline('sentiment-analysis', 'Xenova/distilbert', { revision: 'abc1234' });\n  return Response.json(await classify((await request.json()).text));\n}`,
      filename: 'app/api/classify/route.ts',
      errors: [{ messageId: 'loadPerRequest', data: { call: 'pipeline', where: 'call of this request handler' } }],
    },
    {
      name: 'the same model loaded on every loop iteration',
      code: `${tfjs}for (const image of images) {\n  const model = await tf.loadGraphModel('https://cdn.example.com/m/v2/model.json');\n  out.push(model.predict(image));\n}`,
      errors: [{ messageId: 'loadPerRequest', data: { call: 'tf.loadGraphModel', where: 'iteration of this loop' } }],
    },
    {
      name: 'a per-frame callback',
      code: `${tfjs}function frame() {\n  requestAnimationFrame(async () => {\n    const m = await tf.loadGraphModel('/m/v1/model.json');\n  });\n}`,
      errors: [{ messageId: 'loadPerRequest', data: { call: 'tf.loadGraphModel', where: 'call of this per-frame callback' } }],
    },
    {
      name: 'an unmemoised wrapper called per request',
      code: `${tfjs}async function loadModel() {\n  return tf.loadLayersModel('file://m/v1/model.json');\n}\napp.post('/p', async (req, res) => {\n  const m = await loadModel();\n  res.json(1);\n});`,
      errors: [{ messageId: 'loadPerRequest', line: 8, data: { call: 'loadModel', where: 'call of this request handler' } }],
    },
    {
      name: 'an assignment without a guard still reloads',
      code: `${tfjs}let model;\napp.post('/p', async (req, res) => {\n  model = await tf.loadLayersModel('file://m/v1/model.json');\n  res.json(1);\n});`,
      errors: [{ messageId: 'loadPerRequest' }],
    },
    {
      name: 'CommonJS and a Lambda handler',
      code: "const tf = require('@tensorflow/tfjs-node');\nexports.handler = async (event) => {\n  const model = await tf.loadLayersModel('file://m/v1/model.json');\n  return model.predict(x);\n};",
      errors: [{ messageId: 'loadPerRequest', data: { call: 'tf.loadLayersModel', where: 'call of this request handler' } }],
    },
  ],
});

const typedRuleTester = createTypedRuleTester();
const tfTypes = "import * as tf from '@tensorflow/tfjs';\n";

typedRuleTester.run('no-model-load-per-request (type-aware)', rule, {
  valid: [
    {
      name: 'a singleton whose declaration memoises',
      code: `${tfTypes}class Models {\n  static model?: tf.LayersModel;\n  static async getInstance(): Promise<tf.LayersModel> {\n    this.model ??= await tf.loadLayersModel('file://m/v1/model.json');\n    return this.model;\n  }\n}\nexport async function run(items: number[]) {\n  for (const item of items) {\n    const m = await Models.getInstance();\n    m.predict(tf.tensor([item]));\n  }\n}`,
    },
    {
      name: 'a call that resolves to something else',
      code: `${tfTypes}declare function fetchRows(): Promise<number[]>;\nexport async function run(items: number[]) {\n  for (const item of items) await fetchRows();\n}`,
    },
  ],
  invalid: [
    {
      name: 'a loader known only by its type, called in a loop',
      code: `${tfTypes}declare function loadModel(): Promise<tf.LayersModel>;\nexport async function run(items: number[]) {\n  for (const item of items) {\n    const m = await loadModel();\n    m.predict(tf.tensor([item]));\n  }\n}`,
      errors: [{ messageId: 'loadPerRequest', line: 5, data: { call: 'loadModel', where: 'iteration of this loop' } }],
    },
  ],
});
