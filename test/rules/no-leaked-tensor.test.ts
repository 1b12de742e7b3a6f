import rule from '../../rules/no-leaked-tensor.js';
import { createRuleTester, createTypedRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();
const tfjs = "import * as tf from '@tensorflow/tfjs';\n";
const model = `${tfjs}const model = await tf.loadLayersModel('file://m/v1/model.json');\n`;

ruleTester.run('no-leaked-tensor', rule, {
  valid: [
    { name: 'disposed with .dispose()', code: `${tfjs}function f() { const x = tf.ones([2]); use(x.shape); x.dispose(); }` },
    { name: 'disposed with tf.dispose in an array', code: `${tfjs}function f() { const a = tf.ones([2]); const b = tf.zeros([2]); tf.dispose([a, b]); }` },
    { name: 'disposed with tf.dispose in an object', code: `${tfjs}function f() { const a = tf.ones([2]); tf.dispose({ a }); }` },
    { name: 'returned', code: `${tfjs}function f() { const x = tf.ones([2]).mul(2); return x; }` },
    { name: 'returned inside an object', code: `${tfjs}async function f() { const xs = tf.tensor2d(rows); const ys = tf.tensor2d(labels); return { xs, ys }; }` },
    { name: 'kept', code: `${tfjs}function f() { const x = tf.ones([2]); tf.keep(x); }` },
    { name: 'stored on this', code: `${tfjs}class C { init() { const w = tf.zeros([2]); this.w = w; } }` },
    { name: 'stored in an outer variable', code: `${tfjs}let cache;\nfunction f() { cache = tf.zeros([2]); }` },
    { name: 'pushed into a collection', code: `${tfjs}function f(batch) { const t = tf.tensor(batch); queue.push(t); }` },
    { name: 'handed to an unknown function, which may own it', code: `${tfjs}async function f(img) { const t = tf.browser.fromPixels(img); await consume(t); }` },
    { name: 'read by a closure', code: `${tfjs}function f() { const t = tf.ones([2]); setTimeout(() => t.dispose(), 10); }` },
    { name: 'inside tf.tidy', code: `${tfjs}const y = tf.tidy(() => { const a = tf.ones([2]); return a.mul(tf.scalar(2)).add(1); });` },
    { name: 'tidy with a name', code: `${tfjs}tf.tidy('prep', () => { tf.ones([2]).mul(2); });` },
    { name: 'a function called only from inside tidy', code: `${tfjs}function step() { const q = tf.scalar(3).add(1); log(q); }\ntf.tidy(() => step());` },
    { name: 'a synchronous helper returning a tensor (its caller owns the result)', code: `${tfjs}function preprocess(img) { return tf.browser.fromPixels(img).toFloat().div(255); }` },
    { name: 'an engine scope', code: `${tfjs}function f() { tf.engine().startScope(); const x = tf.ones([2]).add(1); tf.engine().endScope(); }` },
    { name: 'module scope lives as long as the program', code: `${tfjs}const xs = tf.tensor2d([[1, 2]]);\nconst ys = xs.mul(2);` },
    { name: 'a tensor method on an unknown value', code: `${tfjs}function f(x) { x.add(1); }` },
    { name: 'Set.add is not a tensor op', code: `${tfjs}function f() { const s = new Set(); s.add(1); }` },
    { name: 'prediction disposed', code: `${model}async function f(input) { const p = model.predict(input); const v = await p.data(); p.dispose(); return v; }` },
    { name: 'a Promise of a tensor is not a tensor yet', code: `${tfjs}const g = await tf.loadGraphModel('u');\nfunction f(x) { g.executeAsync(x).then(consume); }` },
    { name: 'indexed results are containers', code: `${model}async function f(x) { const outs = model.predict(x); use(outs[0]); tf.dispose(outs.slice(1)); }` },
    { name: 'a local tf that is not tfjs', code: 'function f() { const tf = fake(); tf.ones([2]); }' },
    { name: 'test files', code: `${tfjs}function f() { tf.ones([2]); }`, filename: 'src/model.test.ts' },
    { name: 'reassignment after disposing', code: `${tfjs}function f() { let x = tf.ones([2]); const y = x.add(1); x.dispose(); x = y; return x; }` },
  ],
  invalid: [
    {
      name: 'a discarded tensor',
      code: `${tfjs}function f(a, b) {\n  tf.add(a, b);\n}`,
      errors: [{ messageId: 'discarded', line: 3, column: 3, data: { call: 'tf.add' } }],
    },
    {
      name: 'a chain: every link but the last leaks (with a tf.tidy suggestion)',
      code: `${tfjs}async function classify(img) {\n  const input = tf.browser.fromPixels(img).toFloat().div(255);\n  return input;\n}`,
      errors: [
        {
          messageId: 'intermediate',
          line: 3,
          data: {
            expression: 'tf.browser.fromPixels(…).toFloat(…).div',
            tensors: '2 intermediate tensors',
            calls: '`tf.browser.fromPixels`, `.toFloat()`',
          },
          suggestions: [
            {
              messageId: 'wrapInTidy',
              data: { tidy: 'tf.tidy' },
              output: `${tfjs}async function classify(img) {\n  const input = tf.tidy(() => tf.browser.fromPixels(img).toFloat().div(255));\n  return input;\n}`,
            },
          ],
        },
      ],
    },
    {
      name: 'the prediction read and dropped',
      code: `${model}async function score(x) {\n  return model.predict(x).dataSync()[0];\n}`,
      errors: [
        {
          messageId: 'intermediate',
          line: 4,
          data: { expression: 'model.predict(…).dataSync', tensors: 'an intermediate tensor', calls: '`model.predict`' },
          suggestions: [{ messageId: 'wrapInTidy', output: `${model}async function score(x) {\n  return tf.tidy(() => model.predict(x).dataSync())[0];\n}` }],
        },
      ],
    },
    {
      name: 'a tensor passed straight into an op',
      code: `${tfjs}async function f(x) {\n  const y = tf.div(x, tf.scalar(255));\n  return y;\n}`,
      errors: [
        {
          messageId: 'intermediate',
          data: { expression: 'tf.div', tensors: 'an intermediate tensor', calls: '`tf.scalar`' },
          suggestions: [{ messageId: 'wrapInTidy', output: `${tfjs}async function f(x) {\n  const y = tf.tidy(() => tf.div(x, tf.scalar(255)));\n  return y;\n}` }],
        },
      ],
    },
    {
      name: 'a variable never released',
      code: `${model}app.post('/predict', async (req, res) => {\n  const scores = model.predict(input);\n  res.json(await scores.data());\n});`,
      errors: [{ messageId: 'neverReleased', line: 4, data: { name: 'scores' } }],
    },
    {
      name: 'an awaited async prediction never released',
      code: `${tfjs}const g = await tf.loadGraphModel('u');\nasync function f(x) {\n  const out = await g.executeAsync(x);\n  return (await out.data())[0];\n}`,
      errors: [{ messageId: 'neverReleased', line: 4, data: { name: 'out' } }],
    },
    {
      name: 'reassignment drops the old tensor',
      code: `${tfjs}async function accumulate(n) {\n  let total = tf.zeros([2]);\n  for (let i = 0; i < n; i++) total = total.add(1);\n  return total;\n}`,
      errors: [{ messageId: 'overwritten', line: 4, column: 31, data: { name: 'total' } }],
    },
    {
      name: 'a warm-up prediction whose input leaks',
      code: `${model}async function warmUp() {\n  model.predict(tf.zeros([1, 224, 224, 3])).dispose();\n}`,
      errors: [
        {
          messageId: 'intermediate',
          data: { expression: 'model.predict(…).dispose', tensors: 'an intermediate tensor', calls: '`tf.zeros`' },
          suggestions: [{ messageId: 'wrapInTidy', output: `${model}async function warmUp() {\n  tf.tidy(() => model.predict(tf.zeros([1, 224, 224, 3])).dispose());\n}` }],
        },
      ],
    },
    {
      name: 'no suggestion when the expression reads asynchronously',
      code: `${model}async function f(img) {\n  const v = (await model.predict(tf.tensor(img)).data())[0];\n  return v;\n}`,
      errors: [{ messageId: 'intermediate', data: { expression: 'model.predict(…).data', tensors: '2 intermediate tensors', calls: '`tf.tensor`, `model.predict`' }, suggestions: [] }],
    },
    {
      name: 'no suggestion when the expression contains an await',
      code: `${tfjs}async function f(load) {\n  const v = tf.add(tf.ones([2]), await load());\n  return v;\n}`,
      errors: [{ messageId: 'intermediate', suggestions: [] }],
    },
    {
      name: 'named imports and a named tidy in the suggestion',
      code: "import { tensor, tidy } from '@tensorflow/tfjs-core';\nasync function f(a) {\n  const t = tensor(a).square();\n  return t;\n}",
      errors: [
        {
          messageId: 'intermediate',
          suggestions: [{ messageId: 'wrapInTidy', data: { tidy: 'tidy' }, output: "import { tensor, tidy } from '@tensorflow/tfjs-core';\nasync function f(a) {\n  const t = tidy(() => tensor(a).square());\n  return t;\n}" }],
        },
      ],
    },
    {
      name: 'CommonJS tfjs-node image decoding',
      code: "const tf = require('@tensorflow/tfjs-node');\nasync function load(buffer) {\n  const image = tf.node.decodeImage(buffer);\n  return image.shape;\n}",
      errors: [{ messageId: 'neverReleased', data: { name: 'image' } }],
    },
    {
      name: 'the tf global of a script-tag page',
      code: 'async function loop(video) {\n  const frame = tf.browser.fromPixels(video);\n  draw(frame.shape);\n}',
      errors: [{ messageId: 'neverReleased', data: { name: 'frame' } }],
    },
    {
      name: 'an async function is never tidied by its caller',
      code: `${tfjs}async function prep(img) {\n  return tf.browser.fromPixels(img).expandDims();\n}`,
      errors: [
        {
          messageId: 'intermediate',
          suggestions: [{ messageId: 'wrapInTidy', output: `${tfjs}async function prep(img) {\n  return tf.tidy(() => tf.browser.fromPixels(img).expandDims());\n}` }],
        },
      ],
    },
  ],
});

const typedRuleTester = createTypedRuleTester();

typedRuleTester.run('no-leaked-tensor (type-aware)', rule, {
  valid: [
    {
      name: 'a helper returning a number is not a tensor',
      code: `${tfjs}declare function count(): number;\nexport function f() { const n = count(); return n + 1; }`,
    },
    {
      name: 'a module that does not use TensorFlow.js is not searched, even with types (documented: it keeps type-aware runs fast)',
      code: `declare function preprocess(img: ImageData): import('@tensorflow/tfjs').Tensor3D;\nexport async function f(img: ImageData) {\n  const t = preprocess(img);\n  return t.shape;\n}`,
    },
  ],
  invalid: [
    {
      name: "a user helper's tensor, known from its type",
      code: `${tfjs}declare function preprocess(img: ImageData): tf.Tensor3D;\nexport async function f(img: ImageData) {\n  const t = preprocess(img);\n  return t.shape;\n}`,
      errors: [{ messageId: 'neverReleased', line: 4, data: { name: 't' } }],
    },
    {
      name: 'a tensor parameter transformed in a chain',
      code: `${tfjs}export async function f(x: tf.Tensor) {\n  const y = x.square().sum();\n  return y;\n}`,
      errors: [
        {
          messageId: 'intermediate',
          data: { expression: 'x.square(…).sum', tensors: 'an intermediate tensor', calls: '`x.square`' },
          suggestions: [{ messageId: 'wrapInTidy', output: `${tfjs}export async function f(x: tf.Tensor) {\n  const y = tf.tidy(() => x.square().sum());\n  return y;\n}` }],
        },
      ],
    },
  ],
});
