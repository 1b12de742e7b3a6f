import rule from '../../rules/prefer-async-tensor-read.js';
import { createRuleTester, createTypedRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();
const tfjs = "import * as tf from '@tensorflow/tfjs';\n";

ruleTester.run('prefer-async-tensor-read', rule, {
  valid: [
    { name: 'a blocking read in synchronous code', code: `${tfjs}function score(t) { return t.dataSync()[0]; }` },
    { name: 'inside tf.tidy in synchronous code', code: `${tfjs}const v = tf.tidy(() => tf.ones([2]).sum().dataSync());` },
    { name: 'an awaited read', code: `${tfjs}async function f(t) { return (await t.data())[0]; }` },
    { name: 'module scope of a script', code: `${tfjs}const v = tf.ones([2]).dataSync();` },
    { name: 'dataSync outside a tfjs module', code: 'async function f(store) { return store.dataSync(); }' },
    { name: 'a callback that is neither a frame nor an event', code: `${tfjs}items.forEach((t) => t.dataSync());` },
    { name: 'a local tf', code: 'const tf = fake();\nasync function f() { return tf.ones([1]).dataSync(); }' },
  ],
  invalid: [
    {
      name: 'dataSync in an async function, with a suggestion',
      code: `${tfjs}async function classify(input) {\n  const scores = model.predict(input).dataSync();\n  return scores;\n}`,
      errors: [
        {
          messageId: 'blockingRead',
          line: 3,
          column: 18,
          data: { call: 'model.predict(…).dataSync()', context: 'an async function', receiver: 'model.predict(input)', alternative: 'data' },
          suggestions: [
            {
              messageId: 'useAsyncRead',
              data: { receiver: 'model.predict(input)', alternative: 'data' },
              output: `${tfjs}async function classify(input) {\n  const scores = (await model.predict(input).data());\n  return scores;\n}`,
            },
          ],
        },
      ],
    },
    {
      name: 'arraySync and bufferSync in an async arrow handler',
      code: `${tfjs}app.post('/p', async (req, res) => {\n  const t = tf.tensor(req.body.x);\n  res.json({ a: t.arraySync(), b: t.bufferSync() });\n});`,
      errors: [
        {
          messageId: 'blockingRead',
          data: { call: 't.arraySync()', context: 'an async function', receiver: 't', alternative: 'array' },
          suggestions: [{ messageId: 'useAsyncRead', output: `${tfjs}app.post('/p', async (req, res) => {\n  const t = tf.tensor(req.body.x);\n  res.json({ a: (await t.array()), b: t.bufferSync() });\n});` }],
        },
        {
          messageId: 'blockingRead',
          data: { call: 't.bufferSync()', context: 'an async function', receiver: 't', alternative: 'buffer' },
          suggestions: [{ messageId: 'useAsyncRead', output: `${tfjs}app.post('/p', async (req, res) => {\n  const t = tf.tensor(req.body.x);\n  res.json({ a: t.arraySync(), b: (await t.buffer()) });\n});` }],
        },
      ],
    },
    {
      name: 'a synchronous Express handler',
      code: `${tfjs}import express from 'express';\nconst app = express();\napp.get('/p', (req, res) => {\n  res.json(model.predict(tf.tensor([1])).dataSync());\n});`,
      errors: [{ messageId: 'blockingRead', data: { call: 'model.predict(…).dataSync()', context: 'a request handler', receiver: 'model.predict(tf.tensor([1]))', alternative: 'data' }, suggestions: [] }],
    },
    {
      name: 'a requestAnimationFrame loop (no suggestion: the callback is not async)',
      code: `${tfjs}function loop() {\n  requestAnimationFrame(() => {\n    draw(detector.predict(frame()).dataSync());\n  });\n}`,
      errors: [{ messageId: 'blockingRead', data: { call: 'detector.predict(…).dataSync()', context: 'an animation-frame callback', receiver: 'detector.predict(frame())', alternative: 'data' }, suggestions: [] }],
    },
    {
      name: 'event listeners and on-handlers',
      code: `${tfjs}button.addEventListener('click', () => show(result.dataSync()));\nvideo.onplay = function () { show(result.arraySync()); };`,
      errors: [
        { messageId: 'blockingRead', data: { call: 'result.dataSync()', context: 'an event listener', receiver: 'result', alternative: 'data' }, suggestions: [] },
        { messageId: 'blockingRead', data: { call: 'result.arraySync()', context: 'an event handler', receiver: 'result', alternative: 'array' }, suggestions: [] },
      ],
    },
    {
      name: 'CommonJS tfjs-node',
      code: "const tf = require('@tensorflow/tfjs-node');\nexports.handler = async (event) => tf.tensor(JSON.parse(event.body)).dataSync();",
      errors: [{ messageId: 'blockingRead', suggestions: [{ messageId: 'useAsyncRead', output: "const tf = require('@tensorflow/tfjs-node');\nexports.handler = async (event) => (await tf.tensor(JSON.parse(event.body)).data());" }] }],
    },
  ],
});

const typedRuleTester = createTypedRuleTester();

typedRuleTester.run('prefer-async-tensor-read (type-aware)', rule, {
  valid: [
    {
      name: 'a dataSync of another type',
      code: 'class Store { dataSync() { return 1; } }\nexport async function f(s: Store) { return s.dataSync(); }',
    },
  ],
  invalid: [
    {
      name: 'a tensor parameter',
      code: `${tfjs}export async function f(t: tf.Tensor) { return t.dataSync(); }`,
      errors: [{ messageId: 'blockingRead', suggestions: [{ messageId: 'useAsyncRead', output: `${tfjs}export async function f(t: tf.Tensor) { return (await t.data()); }` }] }],
    },
  ],
});
