import rule from '../../rules/require-input-validation.js';
import { createRuleTester, createTypedRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();
const express = "import * as tf from '@tensorflow/tfjs-node';\nimport express from 'express';\nconst app = express();\n";
const llm = "import OpenAI from 'openai';\nimport express from 'express';\nconst app = express();\nconst client = new OpenAI();\n";
const zod = "import { z } from 'zod';\nconst Input = z.object({ x: z.array(z.number()) });\n";

ruleTester.run('require-input-validation', rule, {
  valid: [
    {
      name: 'LLM calls are not sinks by default',
      code: `${llm}app.post('/chat', async (req, res) => {\n  res.json(await client.chat.completions.create({ model: 'gpt-4o-2024-08-06', messages: req.body.messages }));\n});`,
    },
    {
      name: 'LLM calls with validated input when the option is on',
      code: `${llm}${zod}app.post('/chat', async (req, res) => {\n  const input = Input.parse(req.body);\n  res.json(await client.chat.completions.create({ model: 'gpt-4o-2024-08-06', messages: input.x }));\n});`,
      options: [{ llmCalls: true }],
    },
    { name: 'zod parse before the tensor', code: `${express}${zod}app.post('/p', (req, res) => {\n  const input = Input.parse(req.body);\n  tf.tensor2d([input.x]);\n});` },
    { name: 'zod parse throws, so req.body is valid after it', code: `${express}${zod}app.post('/p', (req, res) => {\n  Input.parse(req.body);\n  tf.tensor2d([req.body.x]);\n});` },
    { name: 'safeParse checked with an early return', code: `${express}${zod}app.post('/p', (req, res) => {\n  const parsed = Input.safeParse(req.body);\n  if (!parsed.success) return res.status(400).end();\n  tf.tensor2d([parsed.data.x]);\n});` },
    { name: 'safeParse used inside the success branch', code: `${express}${zod}app.post('/p', (req, res) => {\n  const r = Input.safeParse(req.body);\n  if (r.success) { tf.tensor2d([r.data.x]); }\n});` },
    { name: 'destructured success flag', code: `${express}${zod}app.post('/p', (req, res) => {\n  const { success, data } = Input.safeParse(req.body);\n  if (!success) { res.status(400).end(); return; }\n  tf.tensor2d([data.x]);\n});` },
    { name: 'an imported schema (origin unknown) validates', code: `${express}import { PredictRequest } from './schemas.js';\napp.post('/p', async (req, res) => {\n  const body = await PredictRequest.parseAsync(req.body);\n  tf.tensor(body.x);\n});` },
    { name: 'valibot parse', code: `${express}import * as v from 'valibot';\napp.post('/p', (req, res) => {\n  const input = v.parse(S, req.body);\n  tf.tensor(input.x);\n});` },
    { name: 'ajv compiled validate as a guard', code: `${express}import Ajv from 'ajv';\nconst validate = new Ajv().compile(schema);\napp.post('/p', (req, res) => {\n  if (!validate(req.body)) return res.status(400).json(validate.errors);\n  tf.tensor(req.body.x);\n});` },
    { name: 'ajv.validate(schema, data) guard', code: `${express}import Ajv from 'ajv';\nconst ajv = new Ajv();\napp.post('/p', (req, res) => {\n  if (ajv.validate(schema, req.body)) tf.tensor(req.body.x);\n});` },
    { name: 'joi validate with error checked', code: `${express}import Joi from 'joi';\nconst S = Joi.object({});\napp.post('/p', (req, res) => {\n  const { error, value } = S.validate(req.body);\n  if (error) throw error;\n  tf.tensor(value.x);\n});` },
    { name: 'joi attempt', code: `${express}import Joi from 'joi';\napp.post('/p', (req, res) => {\n  const value = Joi.attempt(req.body, S);\n  tf.tensor(value.x);\n});` },
    { name: 'superstruct validate tuple checked', code: `${express}import { validate } from 'superstruct';\napp.post('/p', (req, res) => {\n  const [err, value] = validate(req.body, S);\n  if (err) return;\n  tf.tensor(value.x);\n});` },
    { name: 'superstruct assert', code: `${express}import { assert } from 'superstruct';\napp.post('/p', (req, res) => {\n  assert(req.body, S);\n  tf.tensor(req.body.x);\n});` },
    { name: 'yup validate (awaited)', code: `${express}import { schema } from './schemas.js';\napp.post('/p', async (req, res) => {\n  const input = await schema.validate(req.body);\n  tf.tensor(input.x);\n});` },
    { name: 'io-ts decode checked with isRight', code: `${express}import * as t from 'io-ts';\nimport { isRight } from 'fp-ts/Either';\nconst C = t.type({});\napp.post('/p', (req, res) => {\n  const r = C.decode(req.body);\n  if (isRight(r)) tf.tensor(r.right.x);\n});` },
    { name: 'arktype result checked with instanceof', code: `${express}import { type } from 'arktype';\nconst T = type({});\napp.post('/p', (req, res) => {\n  const out = T(req.body);\n  if (out instanceof type.errors) return res.status(400).end();\n  tf.tensor(out.x);\n});` },
    { name: 'typia assert', code: `${express}import typia from 'typia';\napp.post('/p', (req, res) => {\n  const input = typia.assert(req.body);\n  tf.tensor(input.x);\n});` },
    { name: 'a same-module validating helper', code: `${express}function toInput(body) {\n  if (!Array.isArray(body.x)) throw new Error('x');\n  return body;\n}\napp.post('/p', (req, res) => {\n  tf.tensor(toInput(req.body).x);\n});` },
    { name: 'an imported helper named as a validator', code: `${express}import { validatePayload } from './validation.js';\napp.post('/p', (req, res) => {\n  const input = validatePayload(req.body);\n  tf.tensor(input.x);\n});` },
    { name: 'a validator from settings', code: `${express}import { clean } from './x.js';\napp.post('/p', (req, res) => {\n  tf.tensor(clean(req.body).x);\n});`, settings: { 'ml-debt': { inputValidators: ['clean'] } } },
    { name: 'a Fastify route with a schema validates before the handler', code: "import Fastify from 'fastify';\nimport * as tf from '@tensorflow/tfjs-node';\nconst app = Fastify();\napp.post('/p', { schema: { body: S } }, async (request) => tf.tensor(request.body.x));" },
    { name: 'a Hapi route with options.validate', code: "import Hapi from '@hapi/hapi';\nimport * as tf from '@tensorflow/tfjs-node';\nconst server = Hapi.server();\nserver.route({ method: 'POST', path: '/p', options: { validate: { payload: S } }, handler: (request) => tf.tensor(request.payload.x) });" },
    { name: 'data that is not from the request', code: `${express}app.post('/p', (req, res) => {\n  tf.tensor([1, 2, 3]);\n  model.predict(tf.zeros([1, 3]));\n});` },
    { name: 'a tensor outside any handler', code: "import * as tf from '@tensorflow/tfjs-node';\nexport function f(body) { return tf.tensor(body.x); }" },
    { name: 'a presence check is not validation, but it does not matter without a sink', code: `${express}app.post('/p', (req, res) => {\n  if (!req.body.x) return res.status(400).end();\n  res.json(req.body.x);\n});` },
    { name: 'a local express that is not the library', code: "import * as tf from '@tensorflow/tfjs-node';\nconst app = makeApp();\napp.post('/p', (req) => tf.tensor(req.body.x));" },
    { name: 'an LLM call is not a sink', code: `${express}import { generateText } from 'ai';\napp.post('/p', async (req) => generateText({ prompt: req.body.prompt }));` },
  ],
  invalid: [
    {
      name: 'request data in an LLM prompt when llmCalls is on',
      code: `${llm}app.post('/chat', async (req, res) => {\n  res.json(await client.chat.completions.create({ model: 'gpt-4o-2024-08-06', messages: req.body.messages }));\n});`,
      options: [{ llmCalls: true }],
      errors: [{ messageId: 'unvalidatedInput', line: 6, data: { sink: 'client.chat.completions.create', source: 'req.body', line: 6 } }],
    },
    {
      name: 'req.body straight into tf.tensor2d',
      code: `${express}app.post('/predict', async (req, res) => {\n  const input = tf.tensor2d([req.body.features]);\n});`,
      errors: [{ messageId: 'unvalidatedInput', line: 5, data: { sink: 'tf.tensor2d', source: 'req.body', line: 5 } }],
    },
    {
      name: 'through destructuring, a variable, spread and an array method',
      code: `${express}app.post('/p', (req, res) => {\n  const { rows } = req.body;\n  const values = [...rows].map((row) => Number(row));\n  tf.tensor(values);\n});`,
      errors: [{ messageId: 'unvalidatedInput', line: 7, data: { sink: 'tf.tensor', source: 'req.body', line: 5 } }],
    },
    {
      name: 'a feature vector built from the body, and a query parameter',
      code: `${express}const FEATURES = ['a', 'b', 'c'];\napp.get('/p', (req, res) => {\n  tf.tensor2d([FEATURES.map((name) => req.body[name])]);\n  tf.scalar(Number(req.query.n));\n});`,
      errors: [
        { messageId: 'unvalidatedInput', data: { sink: 'tf.tensor2d', source: 'req.body', line: 6 } },
        { messageId: 'unvalidatedInput', data: { sink: 'tf.scalar', source: 'req.query', line: 7 } },
      ],
    },
    {
      name: 'a template literal and a helper call carry the data',
      code: `${express}app.post('/p', async (req, res) => {\n  const text = \`\${req.params.id}: \${req.body.text}\`;\n  tf.tensor(tokenize(text));\n});`,
      errors: [{ messageId: 'unvalidatedInput', data: { sink: 'tf.tensor', source: 'req.params', line: 5 } }],
    },
    {
      name: 'safeParse used without checking success',
      code: `${express}${zod}app.post('/p', (req, res) => {\n  const parsed = Input.safeParse(req.body);\n  tf.tensor2d([parsed.data.x]);\n});`,
      errors: [{ messageId: 'unvalidatedInput', line: 8, data: { sink: 'tf.tensor2d', source: 'req.body', line: 7 } }],
    },
    {
      name: 'the failure branch of a checked result',
      code: `${express}${zod}app.post('/p', (req, res) => {\n  const parsed = Input.safeParse(req.body);\n  if (!parsed.success) { tf.tensor(req.body.x); }\n});`,
      errors: [{ messageId: 'unvalidatedInput', line: 8 }],
    },
    {
      name: 'a type annotation is not validation',
      code: "import * as tf from '@tensorflow/tfjs-node';\nimport express from 'express';\nconst app = express();\ninterface Input { x: number[] }\napp.post('/p', (req, res) => {\n  const input: Input = req.body;\n  tf.tensor(input.x);\n});",
      errors: [{ messageId: 'unvalidatedInput', line: 7 }],
    },
    {
      name: 'a presence check alone is not validation',
      code: `${express}app.post('/p', (req, res) => {\n  if (!req.body.x) return res.status(400).end();\n  tf.tensor(req.body.x);\n});`,
      errors: [{ messageId: 'unvalidatedInput', line: 6 }],
    },
    {
      name: 'a model predict on unchecked data, and a loaded graph model',
      code: `${express}const model = await tf.loadGraphModel('file://m/model.json');\napp.post('/p', async (req, res) => {\n  const x = req.body.x;\n  res.json(await model.executeAsync(x));\n});`,
      errors: [{ messageId: 'unvalidatedInput', line: 7, data: { sink: 'model.executeAsync', source: 'req.body', line: 6 } }],
    },
    {
      name: 'an express Router with a chained route and a named handler',
      code: "const tf = require('@tensorflow/tfjs-node');\nconst { Router } = require('express');\nconst router = Router();\nfunction predict(req, res) { tf.node.decodeImage(Buffer.from(req.body.image, 'base64')); }\nrouter.route('/').post(predict);",
      errors: [{ messageId: 'unvalidatedInput', line: 4, data: { sink: 'tf.node.decodeImage', source: 'req.body', line: 4 } }],
    },
    {
      name: 'onnxruntime tensor from JSON.parse inside a handler',
      code: "import * as ort from 'onnxruntime-node';\nexport const handler = async (event) => {\n  const body = JSON.parse(event.body);\n  const t = new ort.Tensor('float32', Float32Array.from(body.x), [1, 4]);\n};",
      errors: [{ messageId: 'unvalidatedInput', line: 4, data: { sink: 'new ort.Tensor', source: 'JSON.parse(event.body)', line: 3 } }],
    },
    {
      name: 'a Next.js route handler with request.json()',
      code: "import * as ort from 'onnxruntime-web';\nexport async function POST(request) {\n  const { values } = await request.json();\n  return new ort.Tensor(Float32Array.from(values), [1, values.length]);\n}",
      filename: 'src/app/api/predict/route.ts',
      errors: [{ messageId: 'unvalidatedInput', data: { sink: 'new ort.Tensor', source: 'request.json()', line: 3 } }],
    },
    {
      name: 'a SvelteKit endpoint and a session run',
      code: "import * as ort from 'onnxruntime-node';\nconst session = await ort.InferenceSession.create('m.onnx');\nexport const POST = async ({ request }) => {\n  const feeds = await request.json();\n  return session.run(feeds);\n};",
      filename: 'src/routes/predict/+server.js',
      errors: [{ messageId: 'unvalidatedInput', data: { sink: 'session.run', source: 'request.json()', line: 4 } }],
    },
    {
      name: 'a Hono handler and a transformers.js pipeline',
      code: "import { Hono } from 'hono';\nimport { pipeline } from '@huggingface/transformers';\nconst classify = await pipeline('sentiment-analysis', 'Xenova/x', { revision: 'abc1234' });\nconst app = new Hono();\napp.post('/c', async (c) => {\n  const { text } = await c.req.json();\n  return c.json(await classify(text));\n});",
      errors: [{ messageId: 'unvalidatedInput', line: 7, data: { sink: 'classify', source: 'c.req.json()', line: 6 } }],
    },
    {
      name: 'a Koa middleware',
      code: "import Koa from 'koa';\nimport * as tf from '@tensorflow/tfjs-node';\nconst app = new Koa();\napp.use(async (ctx) => { ctx.body = tf.tensor(ctx.request.body.x).arraySync(); });",
      errors: [{ messageId: 'unvalidatedInput', data: { sink: 'tf.tensor', source: 'ctx.request.body', line: 4 } }],
    },
    {
      name: 'a Fastify route without a schema',
      code: "import Fastify from 'fastify';\nimport * as tf from '@tensorflow/tfjs-node';\nconst app = Fastify();\napp.route({ method: 'POST', url: '/p', handler: async (request) => tf.tensor(request.body.x) });",
      errors: [{ messageId: 'unvalidatedInput' }],
    },
    {
      name: 'a socket.io message payload',
      code: "import { Server } from 'socket.io';\nimport * as tf from '@tensorflow/tfjs-node';\nconst io = new Server(3000);\nio.on('connection', (socket) => {\n  socket.on('predict', (payload) => socket.emit('result', tf.tensor(payload.values).arraySync()));\n});",
      errors: [{ messageId: 'unvalidatedInput', data: { sink: 'tf.tensor', source: 'payload', line: 5 } }],
    },
    {
      name: 'a Web Worker message event',
      code: "import * as tf from '@tensorflow/tfjs';\nself.addEventListener('message', (event) => {\n  const { pixels } = event.data;\n  postMessage(tf.tensor3d(pixels).shape);\n});\nonmessage = (e) => tf.tensor(e.data);",
      errors: [
        { messageId: 'unvalidatedInput', line: 4, data: { sink: 'tf.tensor3d', source: 'event.data', line: 3 } },
        { messageId: 'unvalidatedInput', line: 6, data: { sink: 'tf.tensor', source: 'e.data', line: 6 } },
      ],
    },
    {
      name: 'a Next.js API route (pages/api)',
      code: "import * as tf from '@tensorflow/tfjs-node';\nexport default async function handler(req, res) {\n  res.json(tf.tensor(req.body.x).arraySync());\n}",
      filename: 'pages/api/predict.js',
      errors: [{ messageId: 'unvalidatedInput' }],
    },
    {
      name: 'a sink from settings',
      code: `${express}import { runModel } from './model.js';\napp.post('/p', (req, res) => res.json(runModel(req.body)));`,
      settings: { 'ml-debt': { modelInputSinks: ['runModel'] } },
      errors: [{ messageId: 'unvalidatedInput', data: { sink: 'runModel', source: 'req.body', line: 5 } }],
    },
    {
      name: 'JSON.parse is not validation',
      code: `${express}app.post('/p', (req, res) => tf.tensor(JSON.parse(req.body.raw)));`,
      errors: [{ messageId: 'unvalidatedInput' }],
    },
  ],
});

const typedRuleTester = createTypedRuleTester();

typedRuleTester.run('require-input-validation (typed)', rule, {
  valid: [
    {
      name: 'a type-predicate function used as a guard',
      code: "import * as tf from '@tensorflow/tfjs';\ninterface Input { x: number[] }\nfunction isInput(value: unknown): value is Input { return typeof value === 'object' && value !== null; }\nself.addEventListener('message', (event: { data: unknown }) => {\n  if (!isInput(event.data)) return;\n  tf.tensor(event.data.x);\n});",
    },
  ],
  invalid: [
    {
      name: 'a type annotation on the data is not validation',
      code: "import * as tf from '@tensorflow/tfjs';\ninterface Input { x: number[] }\nself.addEventListener('message', (event: { data: Input }) => {\n  tf.tensor(event.data.x);\n});",
      errors: [{ messageId: 'unvalidatedInput', line: 4 }],
    },
  ],
});
