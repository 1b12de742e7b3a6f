import rule from '../../rules/no-swallowed-inference-error.js';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();
const tfjs = "import * as tf from '@tensorflow/tfjs-node';\nconst model = await tf.loadLayersModel('file://m/v1/model.json');\n";
const ort = "import * as ort from 'onnxruntime-node';\nconst session = await ort.InferenceSession.create('m-v1.onnx');\n";

ruleTester.run('no-swallowed-inference-error', rule, {
  valid: [
    { name: 'rethrown', code: `${tfjs}try { model.predict(x); } catch (error) { throw new Error('prediction failed', { cause: error }); }` },
    { name: 'logged with console', code: `${tfjs}try { model.predict(x); } catch { console.error('prediction failed'); return 0; }` },
    { name: 'logged with a logger', code: `${ort}async function f() { try { return await session.run(feeds); } catch { logger.warn('inference failed'); return null; } }` },
    { name: 'the error is handed on', code: `${ort}app.post('/p', async (req, res, next) => { try { res.json(await session.run(feeds)); } catch (err) { next(err); } });` },
    { name: 'the error reaches the client', code: `${ort}async function f(res) { try { await session.run(feeds); } catch (e) { res.status(500).json({ error: e.message }); } }` },
    { name: 'a reporter from settings', code: `${tfjs}try { model.predict(x); } catch { metrics.increment('predict_error'); }`, settings: { 'ml-debt': { errorReporters: ['metrics.increment'] } } },
    { name: 'Sentry', code: `${tfjs}try { model.predict(x); } catch (e) { Sentry.captureException(e); }` },
    { name: 'a fallback that tells the user', code: `${tfjs}try { model.predict(x); } catch { status.textContent = 'Prediction failed, please retry'; }` },
    { name: 'a fallback that retries elsewhere', code: "import * as tf from '@tensorflow/tfjs';\nlet m;\ntry { m = await tf.loadLayersModel(LOCAL); } catch { m = await tf.loadLayersModel(HOSTED); }" },
    { name: 'a try without model calls', code: `${tfjs}try { JSON.parse(s); } catch { return {}; }` },
    { name: 'a model call in a nested function runs later', code: `${tfjs}try { queue.push(() => model.predict(x)); } catch {}` },
    { name: 'promise catch that logs', code: `${ort}session.run(feeds).catch((e) => console.error(e));` },
    { name: 'a predict of something that is not a model', code: "const cache = new Map();\ntry { cache.predict(x); } catch {}" },
    { name: 'test files', code: `${tfjs}try { model.predict(x); } catch {}`, filename: 'src/model.test.ts' },
  ],
  invalid: [
    {
      name: 'an empty catch around inference',
      code: `${tfjs}function score(x) {\n  try {\n    return model.predict(x).dataSync()[0];\n  } catch {}\n}`,
      errors: [{ messageId: 'swallowed', line: 6, column: 5, data: { call: 'model.predict' } }],
    },
    {
      name: 'a silent default prediction',
      code: `${ort}async function classify(feeds) {\n  try {\n    return await session.run(feeds);\n  } catch (error) {\n    return { label: 'unknown' };\n  }\n}`,
      errors: [{ messageId: 'swallowed', data: { call: 'session.run' } }],
    },
    {
      name: 'a swallowed loading failure',
      code: "import { pipeline } from '@huggingface/transformers';\nlet classifier;\ntry {\n  classifier = await pipeline('sentiment-analysis', 'Xenova/distilbert', { revision: 'abc1234' });\n} catch {\n  classifier = null;\n}",
      errors: [{ messageId: 'swallowed', data: { call: 'pipeline' } }],
    },
    {
      name: 'a transformers.js pipeline call',
      code: "import { pipeline } from '@huggingface/transformers';\nconst classify = await pipeline('sentiment-analysis', 'Xenova/distilbert', { revision: 'abc1234' });\nasync function f(text) {\n  try { return await classify(text); } catch { return []; }\n}",
      errors: [{ messageId: 'swallowed', data: { call: 'classify' } }],
    },
    {
      name: 'a promise catch that returns a default',
      code: `${ort}const out = await session.run(feeds).catch(() => null);`,
      errors: [{ messageId: 'swallowed', line: 3, data: { call: 'session.run' } }],
    },
    {
      name: 'CommonJS tfjs-node',
      code: "const tf = require('@tensorflow/tfjs-node');\nasync function load() {\n  try { return await tf.loadGraphModel('file://m/v2/model.json'); } catch (e) { return undefined; }\n}",
      errors: [{ messageId: 'swallowed', data: { call: 'tf.loadGraphModel' } }],
    },
  ],
});
