// Generates the benchmark corpus: realistic, varied ML code (tfjs training scripts, tf.data modules, Express and
// Next.js inference handlers on onnxruntime and transformers.js, LLM SDK calls) and ordinary utility code, in JS and
// TS, with a tsconfig for the type-aware runs. The same seed always writes the same files.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRandom } from './random.js';
import type { Random } from './random.js';

/** Bump when the generator changes, so a stale corpus on disk is regenerated. */
export const CORPUS_VERSION = 1;

interface Style {
  readonly ts: boolean;
  readonly esm: boolean;
}

const nouns = ['churn', 'fraud', 'price', 'demand', 'sentiment', 'intent', 'toxicity', 'ranking', 'risk', 'traffic', 'energy', 'click', 'spam', 'defect', 'yield', 'credit'];
const features = ['age', 'tenure', 'balance', 'income', 'visits', 'clicks', 'dwellTime', 'score', 'latency', 'amount', 'hour', 'weekday', 'region', 'device', 'basketSize', 'discount'];
const verbs = ['load', 'prepare', 'build', 'train', 'score', 'rank', 'encode', 'normalize', 'split', 'evaluate', 'export', 'summarize'];
const activations = ['relu', 'tanh', 'sigmoid', 'elu', 'selu', 'softmax'];
const optimizers = ['adam', 'sgd', 'rmsprop', 'adagrad'];
const losses = ['meanSquaredError', 'binaryCrossentropy', 'categoricalCrossentropy', 'sparseCategoricalCrossentropy'];
const tfModules = ['@tensorflow/tfjs', '@tensorflow/tfjs-node', '@tensorflow/tfjs-node-gpu'];
const hfModels = ['Xenova/distilbert-base-uncased-finetuned-sst-2-english', 'Xenova/all-MiniLM-L6-v2', 'Xenova/bert-base-NER', 'Xenova/t5-small'];
const llmModels = ['gpt-4o-mini', 'gpt-4.1', 'claude-sonnet-4-5', 'claude-3-5-haiku-latest'];

const cap = (word: string): string => word[0].toUpperCase() + word.slice(1);
const t = (style: Style, annotation: string): string => (style.ts ? annotation : '');

function importLine(style: Style, binding: string, specifier: string, namespace = false): string {
  if (style.esm) return namespace ? `import * as ${binding} from '${specifier}';` : `import ${binding} from '${specifier}';`;
  return `const ${binding} = require('${specifier}');`;
}

function exportFunction(style: Style, signature: string, body: string[], isAsync = false): string[] {
  const head = `${isAsync ? 'async ' : ''}function ${signature} {`;
  return [style.esm ? `export ${head}` : head, ...body.map((line) => `  ${line}`), '}', ''];
}

function commonJsExports(style: Style, names: string[]): string[] {
  return style.esm ? [] : [`module.exports = { ${names.join(', ')} };`, ''];
}

// ---------- tfjs training scripts ----------

function layerLines(random: Random, inputSize: number, seeded: boolean): string[] {
  const lines: string[] = [];
  const count = random.int(2, 6);
  for (let index = 0; index < count; index++) {
    const units = random.pick([8, 16, 32, 64, 128, 256]);
    const first = index === 0 ? `, inputShape: [${inputSize}]` : '';
    const kind = random.int(0, 9);
    if (kind < 5) {
      const init = random.chance(0.4)
        ? `, kernelInitializer: tf.initializers.${random.pick(['glorotUniform', 'heNormal', 'leCunNormal'])}(${seeded ? `{ seed: ${random.int(1, 99)} }` : '{}'})`
        : '';
      lines.push(`model.add(tf.layers.dense({ units: ${units}, activation: '${random.pick(activations)}'${first}${init} }));`);
    } else if (kind < 7) {
      lines.push(`model.add(tf.layers.dropout({ rate: ${random.pick([0.1, 0.2, 0.3, 0.5])}${seeded && random.chance(0.5) ? `, seed: ${random.int(1, 9)}` : ''} }));`);
    } else if (kind < 8) {
      lines.push(`model.add(tf.layers.batchNormalization(${first ? `{ ${first.slice(2)} }` : ''}));`);
    } else {
      lines.push(`model.add(tf.layers.dense({ units: ${units}, useBias: ${random.chance(0.5)}${first} }));`);
      lines.push(`model.add(tf.layers.activation({ activation: '${random.pick(activations)}' }));`);
    }
  }
  return lines;
}

function trainingScript(random: Random, style: Style): string {
  const noun = random.pick(nouns);
  const tfModule = random.pick(tfModules);
  const seeded = random.chance(0.4);
  const inputSize = random.int(4, 64);
  const cols = random.sample(features, random.int(3, 8));
  const lines = [
    `// Trains the ${noun} model${seeded ? ' reproducibly' : ''} and writes it next to its metrics.`,
    importLine(style, 'tf', tfModule, true),
    ...(seeded ? [importLine(style, 'seedrandom', 'seedrandom')] : []),
    importLine(style, 'fs', 'node:fs', true),
    '',
    `const FEATURES = [${cols.map((col) => `'${col}'`).join(', ')}];`,
    `const EPOCHS = ${random.int(5, 200)};`,
    `const BATCH_SIZE = ${random.pick([16, 32, 64, 128, 256])};`,
    ...(seeded ? ['', `seedrandom('${random.int(1, 9999)}', { global: true });`] : []),
    '',
  ];
  if (style.ts) {
    lines.push(`interface ${cap(noun)}Row {`, ...cols.map((col) => `  ${col}: number;`), '  label: number;', '}', '');
    lines.push(`interface TrainingResult {`, '  model: tf.LayersModel;', '  history: tf.History;', '  valLoss: number;', '}', '');
  }
  const rowType = style.ts ? `${cap(noun)}Row` : '';
  lines.push(
    ...exportFunction(style, `buildModel(inputSize${t(style, ': number')})${t(style, ': tf.Sequential')}`, [
      'const model = tf.sequential();',
      ...layerLines(random, inputSize, seeded),
      `model.add(tf.layers.dense({ units: 1, activation: '${random.pick(['sigmoid', 'linear'])}' }));`,
      `model.compile({ optimizer: tf.train.${random.pick(optimizers)}(${random.pick(['1e-3', '0.01', '3e-4'])}), loss: '${random.pick(losses)}', metrics: ['accuracy'] });`,
      'return model;',
    ]),
  );
  lines.push(
    ...exportFunction(style, `toTensors(rows${t(style, `: ${rowType}[]`)})`, [
      'const xs = tf.tensor2d(rows.map((row) => FEATURES.map((name) => Number(row[name' + t(style, ` as keyof ${rowType}`) + ']))));',
      'const ys = tf.tensor2d(rows.map((row) => [row.label]));',
      'return { xs, ys };',
    ]),
  );
  const splitBody = random.chance(0.5)
    ? ['const shuffled = rows.slice();', 'tf.util.shuffle(shuffled);', 'const cut = Math.floor(shuffled.length * (1 - fraction));', 'return { train: shuffled.slice(0, cut), test: shuffled.slice(cut) };']
    : ['const train = [];', 'const test = [];', 'for (const row of rows) {', '  (Math.random() < fraction ? test : train).push(row);', '}', 'return { train, test };'];
  lines.push(...exportFunction(style, `splitRows(rows${t(style, `: ${rowType}[]`)}, fraction = 0.2)`, splitBody));
  if (random.chance(0.6)) {
    lines.push(
      ...exportFunction(style, `augment(xs${t(style, ': tf.Tensor2D')})${t(style, ': tf.Tensor2D')}`, [
        `return tf.tidy(() => xs.add(tf.randomNormal(xs.shape, 0, ${random.pick(['0.01', '0.05', '0.1'])}${seeded ? `, 'float32', ${random.int(1, 99)}` : ''})));`,
      ]),
    );
  }
  if (random.chance(0.5)) {
    lines.push(
      ...exportFunction(style, `learningRateAt(epoch${t(style, ': number')}, base = 0.01)${t(style, ': number')}`, [
        `const warmup = ${random.int(1, 5)};`,
        'if (epoch < warmup) return (base * (epoch + 1)) / warmup;',
        `return base * Math.pow(${random.pick(['0.9', '0.95', '0.5'])}, Math.floor((epoch - warmup) / ${random.int(2, 10)}));`,
      ]),
    );
  }
  const fitOptions = [`epochs: EPOCHS`, `batchSize: BATCH_SIZE`, `validationSplit: ${random.pick(['0.1', '0.2'])}`];
  if (random.chance(0.3)) fitOptions.push('shuffle: false');
  lines.push(
    ...exportFunction(
      style,
      `train(rows${t(style, `: ${rowType}[]`)})${t(style, ': Promise<TrainingResult>')}`,
      [
        'const { train, test } = splitRows(rows);',
        'const { xs, ys } = toTensors(train);',
        'const model = buildModel(FEATURES.length);',
        'const history = await model.fit(xs, ys, {',
        ...fitOptions.map((option) => `  ${option},`),
        '  callbacks: {',
        `    onEpochEnd: async (epoch${t(style, ': number')}, logs${t(style, '?: tf.Logs')}) => {`,
        "      console.log(`epoch ${epoch}: loss=${logs?.loss?.toFixed(4)}`);",
        '    },',
        '  },',
        '});',
        'const held = toTensors(test);',
        `const evaluation = model.evaluate(held.xs, held.ys)${t(style, ' as tf.Scalar[]')};`,
        'const valLoss = (await evaluation[0].data())[0];',
        'tf.dispose([xs, ys, held.xs, held.ys]);',
        `await model.save('file://models/${noun}');`,
        `fs.writeFileSync('models/${noun}/metrics.json', JSON.stringify({ valLoss }));`,
        'return { model, history, valLoss };',
      ],
      true,
    ),
  );
  lines.push(...commonJsExports(style, ['buildModel', 'toTensors', 'splitRows', 'train']));
  return lines.join('\n');
}

// ---------- tf.data modules ----------

function dataModule(random: Random, style: Style): string {
  const noun = random.pick(nouns);
  const cols = random.sample(features, random.int(3, 9));
  const seeded = random.chance(0.5);
  const lines = [
    `// Streams the ${noun} dataset from CSV through tf.data: parsing, normalisation, batching.`,
    importLine(style, 'tf', random.pick(tfModules), true),
    ...(random.chance(0.4) ? [importLine(style, '_', 'lodash')] : []),
    '',
    `const COLUMNS = [${cols.map((col) => `'${col}'`).join(', ')}];`,
    `const LABEL = '${random.pick(['label', 'target', 'y', noun])}';`,
    '',
  ];
  if (style.ts) lines.push(`type Stats = Record<string, { mean: number; std: number }>;`, '');
  lines.push(
    ...exportFunction(style, `computeStats(rows${t(style, ': Array<Record<string, number>>')})${t(style, ': Stats')}`, [
      `const stats${t(style, ': Stats')} = {};`,
      'for (const column of COLUMNS) {',
      '  const values = rows.map((row) => row[column]);',
      '  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;',
      '  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length;',
      '  stats[column] = { mean, std: Math.sqrt(variance) || 1 };',
      '}',
      'return stats;',
    ]),
  );
  const pipeline = [
    `return tf.data`,
    `  .csv(url, { columnConfigs: { [LABEL]: { isLabel: true } } })`,
    `  .map(({ xs, ys }${t(style, ': any')}) => ({`,
    `    xs: COLUMNS.map((column) => (xs[column] - stats[column].mean) / stats[column].std),`,
    `    ys: Object.values(ys),`,
    `  }))`,
  ];
  if (random.chance(0.7)) pipeline.push(`  .shuffle(${random.pick([100, 1000, 10_000])}${seeded ? `, '${random.int(1, 999)}'` : ''})`);
  if (random.chance(0.3)) pipeline.push(`  .filter((row${t(style, ': any')}) => row.xs.every(Number.isFinite))`);
  pipeline.push(`  .batch(${random.pick([16, 32, 64])})`);
  if (random.chance(0.5)) pipeline.push('  .prefetch(2)');
  pipeline[pipeline.length - 1] += ';';
  lines.push(...exportFunction(style, `csvDataset(url${t(style, ': string')}, stats${t(style, ': Stats')})`, pipeline));
  lines.push(
    ...exportFunction(style, `arrayDataset(items${t(style, ': number[][]')}, labels${t(style, ': number[]')})`, [
      'const xs = tf.data.array(items);',
      'const ys = tf.data.array(labels);',
      `return tf.data.zip({ xs, ys })${random.chance(0.6) ? `.shuffle(items.length${seeded ? `, 'split'` : ''})` : ''}.batch(32);`,
    ]),
  );
  if (random.chance(0.5)) {
    lines.push(
      ...exportFunction(style, `windowed(series${t(style, ': number[]')}, size = ${random.int(4, 32)})`, [
        `function* windows()${t(style, ': Generator<{ xs: number[]; ys: number[] }>')} {`,
        '  for (let start = 0; start + size < series.length; start++) {',
        '    yield { xs: series.slice(start, start + size), ys: [series[start + size]] };',
        '  }',
        '}',
        'return tf.data.generator(windows).batch(16);',
      ]),
    );
  }
  lines.push(
    ...exportFunction(style, `oneHot(values${t(style, ': string[]')})`, [
      'const vocabulary = [...new Set(values)].sort();',
      'const index = new Map(vocabulary.map((value, position) => [value, position]));',
      'return values.map((value) => vocabulary.map((_, position) => (index.get(value) === position ? 1 : 0)));',
    ]),
  );
  if (lines.some((line) => line.includes("'lodash'"))) {
    lines.push(...exportFunction(style, `sampleRows${t(style, '<T>')}(rows${t(style, ': T[]')}, count${t(style, ': number')})`, ['return _.sampleSize(rows, count);']));
  }
  lines.push(...commonJsExports(style, ['computeStats', 'csvDataset', 'arrayDataset', 'oneHot']));
  return lines.join('\n');
}

// ---------- inference handlers ----------

function onnxHandler(random: Random, style: Style): string {
  const noun = random.pick(nouns);
  const cols = random.sample(features, random.int(3, 8));
  const next = style.esm && random.chance(0.4);
  const lines = [
    `// Serves ${noun} predictions from an ONNX model${next ? ' as a Next.js route handler' : ' over Express'}.`,
    importLine(style, 'ort', 'onnxruntime-node', true),
    ...(next ? [] : [importLine(style, 'express', 'express')]),
    '',
    `const FEATURES = [${cols.map((col) => `'${col}'`).join(', ')}];`,
    `let session${t(style, ': ort.InferenceSession | undefined')};`,
    '',
    `async function getSession()${t(style, ': Promise<ort.InferenceSession>')} {`,
    `  session ??= await ort.InferenceSession.create('models/${noun}.onnx', { executionProviders: ['cpu'], graphOptimizationLevel: 'all' });`,
    '  return session;',
    '}',
    '',
    `function validate(body${t(style, ': unknown')})${t(style, ': number[] | string')} {`,
    "  if (typeof body !== 'object' || body === null) return 'body must be an object';",
    `  const record = body${t(style, ' as Record<string, unknown>')};`,
    '  const values = [];',
    '  for (const name of FEATURES) {',
    '    const value = Number(record[name]);',
    '    if (!Number.isFinite(value)) return `${name} must be a number`;',
    '    values.push(value);',
    '  }',
    '  return values;',
    '}',
    '',
    `async function predict(values${t(style, ': number[]')})${t(style, ': Promise<number>')} {`,
    '  const model = await getSession();',
    `  const input = new ort.Tensor('float32', Float32Array.from(values), [1, FEATURES.length]);`,
    `  const output = await model.run({ ${random.pick(['input', 'features', 'x'])}: input });`,
    `  return Number(output[${random.pick(["'output'", "'probabilities'", 'model.outputNames[0]'])}].data[0]);`,
    '}',
    '',
  ];
  if (next) {
    lines.push(
      `export async function POST(request${t(style, ': Request')}) {`,
      '  const values = validate(await request.json());',
      "  if (typeof values === 'string') return Response.json({ error: values }, { status: 400 });",
      `  const requestId = Math.random().toString(36).slice(2);`,
      '  const score = await predict(values);',
      '  return Response.json({ requestId, score });',
      '}',
    );
  } else {
    lines.push(
      'const app = express();',
      'app.use(express.json({ limit: "100kb" }));',
      '',
      `app.post('/${noun}/predict', async (req, res) => {`,
      '  const values = validate(req.body);',
      "  if (typeof values === 'string') {",
      '    res.status(400).json({ error: values });',
      '    return;',
      '  }',
      '  try {',
      '    res.json({ score: await predict(values) });',
      '  } catch (error) {',
      `    console.error('prediction failed', error);`,
      "    res.status(500).json({ error: 'prediction failed' });",
      '  }',
      '});',
      '',
      "app.get('/health', (_req, res) => res.json({ ok: true }));",
      `app.listen(Number(process.env.PORT ?? ${random.int(3000, 9000)}));`,
    );
  }
  return lines.join('\n');
}

function transformersHandler(random: Random, style: Style): string {
  const task = random.pick(['sentiment-analysis', 'feature-extraction', 'token-classification', 'summarization']);
  const model = random.pick(hfModels);
  const lines = [
    `// ${cap(task)} with transformers.js, loaded once and reused across requests.`,
    style.esm ? "import { pipeline, env } from '@huggingface/transformers';" : "const { pipeline, env } = require('@huggingface/transformers');",
    ...(style.esm ? ["import express from 'express';"] : ["const express = require('express');"]),
    '',
    "env.allowRemoteModels = process.env.NODE_ENV !== 'production';",
    `const MODEL = '${model}';`,
    `let runner${t(style, ': Promise<any> | undefined')};`,
    '',
    `function getRunner()${t(style, ': Promise<any>')} {`,
    `  runner ??= pipeline('${task}', MODEL, { dtype: '${random.pick(['q8', 'fp32', 'q4'])}' });`,
    '  return runner;',
    '}',
    '',
    `async function run(texts${t(style, ': string[]')}) {`,
    '  const pipe = await getRunner();',
    `  const started = performance.now();`,
    `  const result = await pipe(texts${task === 'feature-extraction' ? ", { pooling: 'mean', normalize: true }" : ''});`,
    "  console.log(`inference took ${(performance.now() - started).toFixed(1)} ms for ${texts.length} texts`);",
    '  return result;',
    '}',
    '',
    'const app = express();',
    'app.use(express.json());',
    `app.post('/${task}', async (req, res) => {`,
    '  const texts = Array.isArray(req.body?.texts) ? req.body.texts.filter((text' + t(style, ': unknown') + ") => typeof text === 'string') : [];",
    `  if (texts.length === 0 || texts.length > ${random.pick([16, 32, 64])}) {`,
    "    res.status(400).json({ error: 'texts must be a non-empty list of strings' });",
    '    return;',
    '  }',
    '  res.json({ result: await run(texts) });',
    '});',
    `app.listen(${random.int(3000, 9000)});`,
  ];
  return lines.join('\n');
}

// ---------- LLM SDK calls ----------

function llmModule(random: Random, style: Style): string {
  const anthropic = random.chance(0.5);
  const model = random.pick(llmModels.filter((name) => name.startsWith(anthropic ? 'claude' : 'gpt')));
  const purpose = random.pick(['summarise support tickets', 'classify intents', 'extract invoice fields', 'draft replies', 'grade answers']);
  const lines = [
    `// Uses ${anthropic ? 'Anthropic' : 'OpenAI'} to ${purpose}, with retries, timeouts and a JSON contract.`,
    anthropic ? importLine(style, 'Anthropic', '@anthropic-ai/sdk') : importLine(style, 'OpenAI', 'openai'),
    '',
    `const client = new ${anthropic ? 'Anthropic' : 'OpenAI'}({ apiKey: process.env.${anthropic ? 'ANTHROPIC' : 'OPENAI'}_API_KEY, maxRetries: ${random.int(0, 5)} });`,
    `const MODEL = process.env.LLM_MODEL ?? '${model}';`,
    `const SYSTEM = \`You ${purpose}. Answer with JSON only.\`;`,
    '',
  ];
  if (style.ts) lines.push('export interface Completion {', '  text: string;', '  inputTokens: number;', '  outputTokens: number;', '}', '');
  lines.push(
    `function sleep(ms${t(style, ': number')})${t(style, ': Promise<void>')} {`,
    '  return new Promise((resolve) => setTimeout(resolve, ms));',
    '}',
    '',
    `async function withRetries${t(style, '<T>')}(action${t(style, ': () => Promise<T>')}, attempts = ${random.int(2, 6)})${t(style, ': Promise<T>')} {`,
    '  for (let attempt = 1; ; attempt++) {',
    '    try {',
    '      return await action();',
    '    } catch (error) {',
    '      if (attempt >= attempts) throw error;',
    '      const backoff = 2 ** attempt * 250 + Math.random() * 100;',
    '      await sleep(backoff);',
    '    }',
    '  }',
    '}',
    '',
  );
  const temperature = random.pick(['0', '0.2', '0.7', '1']);
  const call = anthropic
    ? [
        'const response = await client.messages.create({',
        '  model: MODEL,',
        `  max_tokens: ${random.pick([256, 512, 1024, 4096])},`,
        `  temperature: ${temperature},`,
        '  system: SYSTEM,',
        "  messages: [{ role: 'user', content: prompt }],",
        '});',
        "const text = response.content.map((block" + t(style, ': any') + ") => (block.type === 'text' ? block.text : '')).join('');",
        'return { text, inputTokens: response.usage.input_tokens, outputTokens: response.usage.output_tokens };',
      ]
    : [
        'const response = await client.chat.completions.create({',
        '  model: MODEL,',
        `  temperature: ${temperature},`,
        ...(random.chance(0.5) ? [`  seed: ${random.int(1, 9999)},`] : []),
        "  response_format: { type: 'json_object' },",
        '  messages: [',
        "    { role: 'system', content: SYSTEM },",
        "    { role: 'user', content: prompt },",
        '  ],',
        '});',
        "const text = response.choices[0]?.message?.content ?? '';",
        'return { text, inputTokens: response.usage?.prompt_tokens ?? 0, outputTokens: response.usage?.completion_tokens ?? 0 };',
      ];
  lines.push(
    ...exportFunction(style, `complete(prompt${t(style, ': string')})${t(style, ': Promise<Completion>')}`, ['return withRetries(async () => {', ...call.map((line) => `  ${line}`), '});'], true),
  );
  lines.push(
    ...exportFunction(
      style,
      `completeJson(prompt${t(style, ': string')})${t(style, ': Promise<Record<string, unknown>>')}`,
      [
        'const { text } = await complete(prompt);',
        'const start = text.indexOf("{");',
        'const end = text.lastIndexOf("}");',
        "if (start < 0 || end < start) throw new Error('the model did not answer with JSON');",
        'return JSON.parse(text.slice(start, end + 1));',
      ],
      true,
    ),
  );
  lines.push(
    ...exportFunction(style, `buildPrompt(items${t(style, ': string[]')}, instructions = '')${t(style, ': string')}`, [
      "const numbered = items.map((item, index) => `${index + 1}. ${item.trim()}`).join('\\n');",
      'return `${instructions}\\n\\nItems:\\n${numbered}`;',
    ]),
  );
  lines.push(...commonJsExports(style, ['complete', 'completeJson', 'buildPrompt']));
  return lines.join('\n');
}

// ---------- ordinary utility code ----------

const utilityBlocks: ((random: Random, style: Style, name: string) => string[])[] = [
  (_random, style, name) => [
    `export function ${name}Slug(text${t(style, ': string')})${t(style, ': string')} {`,
    "  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');",
    '}',
  ],
  (random, style, name) => [
    `export class ${cap(name)}Cache${t(style, '<K, V>')} {`,
    `  ${style.ts ? 'private readonly ' : ''}entries = new Map${t(style, '<K, V>')}();`,
    `  constructor(${style.ts ? 'private readonly ' : ''}limit = ${random.int(10, 1000)}) {${style.ts ? '' : ' this.limit = limit;'}}`,
    `  get(key${t(style, ': K')})${t(style, ': V | undefined')} {`,
    '    const value = this.entries.get(key);',
    '    if (value !== undefined) {',
    '      this.entries.delete(key);',
    '      this.entries.set(key, value);',
    '    }',
    '    return value;',
    '  }',
    `  set(key${t(style, ': K')}, value${t(style, ': V')})${t(style, ': void')} {`,
    '    this.entries.delete(key);',
    '    this.entries.set(key, value);',
    '    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value' + t(style, ' as K') + ');',
    '  }',
    '}',
  ],
  (random, style, name) => [
    `export function ${name}Chunks${t(style, '<T>')}(items${t(style, ': T[]')}, size = ${random.int(2, 100)})${t(style, ': T[][]')} {`,
    `  const chunks${t(style, ': T[][]')} = [];`,
    '  for (let index = 0; index < items.length; index += size) chunks.push(items.slice(index, index + size));',
    '  return chunks;',
    '}',
  ],
  (_random, style, name) => [
    `export function ${name}Duration(ms${t(style, ': number')})${t(style, ': string')} {`,
    '  const seconds = Math.floor(ms / 1000);',
    '  const parts = [[Math.floor(seconds / 3600), "h"], [Math.floor((seconds % 3600) / 60), "m"], [seconds % 60, "s"]];',
    "  return parts.filter(([value]) => value).map(([value, unit]) => `${value}${unit}`).join(' ') || '0s';",
    '}',
  ],
  (random, style, name) => [
    `export async function ${name}Fetch(url${t(style, ': string')}, init${t(style, ': RequestInit')} = {}, timeoutMs = ${random.int(1000, 30_000)}) {`,
    '  const controller = new AbortController();',
    '  const timer = setTimeout(() => controller.abort(), timeoutMs);',
    '  try {',
    '    const response = await fetch(url, { ...init, signal: controller.signal });',
    '    if (!response.ok) throw new Error(`${response.status} ${response.statusText} for ${url}`);',
    '    return await response.json();',
    '  } finally {',
    '    clearTimeout(timer);',
    '  }',
    '}',
  ],
  (_random, style, name) => [
    `export function ${name}Config(env${t(style, ': Record<string, string | undefined>')} = process.env) {`,
    '  const port = Number(env.PORT ?? 3000);',
    "  if (!Number.isInteger(port) || port <= 0) throw new Error('PORT must be a positive integer');",
    "  const logLevel = env.LOG_LEVEL ?? 'info';",
    "  if (!['debug', 'info', 'warn', 'error'].includes(logLevel)) throw new Error(`unknown LOG_LEVEL ${logLevel}`);",
    "  return { port, logLevel, databaseUrl: env.DATABASE_URL ?? 'postgres://localhost/app', debug: env.DEBUG === '1' };",
    '}',
  ],
  (random, style, name) => [
    `export function ${name}Debounce${t(style, '<A extends unknown[]>')}(action${t(style, ': (...args: A) => void')}, wait = ${random.int(50, 500)}) {`,
    `  let timer${t(style, ': ReturnType<typeof setTimeout> | undefined')};`,
    `  return (...args${t(style, ': A')}) => {`,
    '    if (timer) clearTimeout(timer);',
    '    timer = setTimeout(() => action(...args), wait);',
    '  };',
    '}',
  ],
  (_random, style, name) => [
    `export function ${name}GroupBy${t(style, '<T, K extends string>')}(items${t(style, ': T[]')}, key${t(style, ': (item: T) => K')}) {`,
    `  const groups${t(style, ': Partial<Record<K, T[]>>')} = {};`,
    '  for (const item of items) {',
    '    const group = key(item);',
    '    (groups[group] ??= []).push(item);',
    '  }',
    '  return groups;',
    '}',
  ],
  (random, style, name) => [
    `export function ${name}Id(prefix = '${random.pick(['req', 'job', 'evt', 'usr'])}')${t(style, ': string')} {`,
    '  return `${prefix}_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;',
    '}',
  ],
  (_random, style, name) => [
    `export function ${name}ParseArgs(argv${t(style, ': string[]')}) {`,
    `  const flags${t(style, ': Record<string, string | boolean>')} = {};`,
    `  const positional${t(style, ': string[]')} = [];`,
    '  for (let index = 0; index < argv.length; index++) {',
    '    const arg = argv[index];',
    "    if (arg.startsWith('--')) {",
    "      const [key, value] = arg.slice(2).split('=');",
    "      flags[key] = value ?? (argv[index + 1]?.startsWith('--') === false ? argv[++index] : true);",
    '    } else {',
    '      positional.push(arg);',
    '    }',
    '  }',
    '  return { flags, positional };',
    '}',
  ],
  (random, style, name) => [
    `export class ${cap(name)}Emitter {`,
    `  ${style.ts ? 'private ' : ''}listeners = new Map${t(style, '<string, Set<(payload: unknown) => void>>')}();`,
    `  on(event${t(style, ': string')}, listener${t(style, ': (payload: unknown) => void')}) {`,
    '    const set = this.listeners.get(event) ?? new Set();',
    '    set.add(listener);',
    '    this.listeners.set(event, set);',
    '    return () => set.delete(listener);',
    '  }',
    `  emit(event${t(style, ': string')}, payload${t(style, '?: unknown')}) {`,
    `    for (const listener of this.listeners.get(event) ?? []) listener(payload);`,
    `    return this.listeners.get(event)?.size ?? ${random.int(0, 1)};`,
    '  }',
    '}',
  ],
];

function utilityModule(random: Random, style: Style): string {
  const name = random.pick(verbs) + cap(random.pick(nouns));
  const lines = [`// Small ${random.pick(['string', 'collection', 'timing', 'config', 'HTTP', 'event'])} helpers shared by the services.`, ''];
  const blocks = random.sample(utilityBlocks, random.int(4, 9));
  blocks.forEach((block, index) => lines.push(...block(random, style, `${name}${index}`), ''));
  let text = lines.join('\n');
  if (!style.esm) text = text.replaceAll(/^export (async function|function|class) (\w+)/gmu, '$1 $2');
  if (!style.esm) {
    const names = [...text.matchAll(/^(?:async function|function|class) (\w+)/gmu)].map((match) => match[1]);
    text += `\nmodule.exports = { ${names.join(', ')} };\n`;
  }
  return text;
}

function typesModule(random: Random): string {
  const noun = random.pick(nouns);
  const lines = [`// Shared types of the ${noun} service: requests, responses and model metadata.`, "import type * as tf from '@tensorflow/tfjs';", ''];
  lines.push(`export type ${cap(noun)}Label = ${random.sample(['"low"', '"medium"', '"high"', '"unknown"', '"review"'], 3).join(' | ')};`, '');
  lines.push(`export interface ${cap(noun)}Request {`, ...random.sample(features, random.int(3, 8)).map((feature) => `  ${feature}${random.chance(0.3) ? '?' : ''}: number;`), '}', '');
  lines.push(`export interface ModelCard {`, '  name: string;', '  version: `${number}.${number}.${number}`;', '  trainedAt: Date;', '  metrics: Record<string, number>;', '  inputShape: tf.Shape;', '}', '');
  lines.push(`export function is${cap(noun)}Request(value: unknown): value is ${cap(noun)}Request {`, "  return typeof value === 'object' && value !== null && !Array.isArray(value);", '}', '');
  lines.push(`export enum Stage {`, '  Draft,', '  Staging,', '  Production,', '  Archived,', '}', '');
  lines.push(`export type Result<T, E = Error> = { ok: true; value: T } | { ok: false; error: E };`, '');
  return lines.join('\n');
}

type Family = { readonly name: string; readonly weight: number; readonly generate: (random: Random, style: Style) => string; readonly tsShare: number };

const families: readonly Family[] = [
  { name: 'training', weight: 25, generate: trainingScript, tsShare: 0.4 },
  { name: 'data', weight: 18, generate: dataModule, tsShare: 0.4 },
  { name: 'inference', weight: 9, generate: onnxHandler, tsShare: 0.5 },
  { name: 'embeddings', weight: 6, generate: transformersHandler, tsShare: 0.5 },
  { name: 'llm', weight: 14, generate: llmModule, tsShare: 0.5 },
  { name: 'util', weight: 22, generate: utilityModule, tsShare: 0.4 },
  { name: 'types', weight: 6, generate: (random) => typesModule(random), tsShare: 1 },
];

export interface CorpusSummary {
  readonly files: number;
  readonly lines: number;
  readonly jsFiles: number;
  readonly tsFiles: number;
  readonly byFamily: Record<string, number>;
}

export interface GeneratedFile {
  readonly path: string;
  readonly text: string;
}

/** The corpus as files in memory: at least `minLines` lines, in the proportions of `families`. */
export function generateCorpusFiles(seed: number, minLines: number): GeneratedFile[] {
  const random = createRandom(seed);
  const totalWeight = families.reduce((sum, family) => sum + family.weight, 0);
  const files: GeneratedFile[] = [];
  let lines = 0;
  for (let index = 0; lines < minLines; index++) {
    let roll = random.next() * totalWeight;
    const family = families.find((candidate) => (roll -= candidate.weight) < 0) ?? families[0];
    const ts = random.chance(family.tsShare);
    const style: Style = { ts, esm: ts || random.chance(0.7) };
    const text = `${family.generate(random.fork(index), style).trimEnd()}\n`;
    const extension = ts ? 'ts' : style.esm ? 'js' : 'cjs';
    files.push({ path: `${family.name}/${family.name}-${String(index).padStart(4, '0')}.${extension}`, text });
    lines += text.split('\n').length - 1;
  }
  return files;
}

const tsconfig = {
  compilerOptions: {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'Bundler',
    lib: ['ES2023', 'DOM'],
    types: ['node'],
    allowJs: true,
    checkJs: false,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    esModuleInterop: true,
  },
  include: ['**/*.ts', '**/*.js', '**/*.cjs'],
};

/** Writes the corpus to `dir` (replacing what was there) and returns its size. */
export function writeCorpus(dir: string, seed: number, minLines: number): CorpusSummary {
  rmSync(dir, { recursive: true, force: true });
  const files = generateCorpusFiles(seed, minLines);
  const byFamily: Record<string, number> = {};
  let lines = 0;
  for (const file of files) {
    const target = path.join(dir, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.text);
    lines += file.text.split('\n').length - 1;
    const family = file.path.split('/')[0];
    byFamily[family] = (byFamily[family] ?? 0) + 1;
  }
  writeFileSync(path.join(dir, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ private: true, type: 'module' }, null, 2)}\n`);
  const summary: CorpusSummary = {
    files: files.length,
    lines,
    jsFiles: files.filter((file) => !file.path.endsWith('.ts')).length,
    tsFiles: files.filter((file) => file.path.endsWith('.ts')).length,
    byFamily,
  };
  writeFileSync(path.join(dir, 'corpus.json'), `${JSON.stringify({ version: CORPUS_VERSION, seed, minLines, ...summary }, null, 2)}\n`);
  return summary;
}
