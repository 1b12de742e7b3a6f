import rule from '../../rules/require-hub-revision.js';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();
const hf = "import { pipeline, env, AutoModel, AutoTokenizer } from '@huggingface/transformers';\n";
const sha = '751bff37182d3f1213fa05d7196b954e230abad9';

ruleTester.run('require-hub-revision', rule, {
  valid: [
    { name: 'pipeline pinned to a full commit', code: `${hf}await pipeline('feature-extraction', 'Xenova/all-MiniLM-L6-v2', { revision: '${sha}' });` },
    { name: 'pinned to an abbreviated commit', code: `${hf}await AutoModel.from_pretrained('Xenova/bert', { revision: '751bff3' });` },
    { name: 'revision from a const holding a commit', code: `${hf}const REV = '${sha}';\nawait AutoTokenizer.from_pretrained('Xenova/bert', { revision: REV });` },
    { name: 'a non-literal revision gets the benefit of the doubt', code: `${hf}await pipeline('fill-mask', 'Xenova/bert', { revision: process.env.MODEL_REV });` },
    { name: 'a revision from a parameter', code: `${hf}export const load = (rev) => AutoModel.from_pretrained('Xenova/bert', { revision: rev });` },
    { name: 'options that cannot be read (a spread)', code: `${hf}await pipeline('fill-mask', 'Xenova/bert', { ...options });` },
    { name: 'options from a parameter', code: `${hf}export const load = (opts) => pipeline('fill-mask', 'Xenova/bert', opts);` },
    { name: 'a relative local path', code: `${hf}await pipeline('fill-mask', './models/bert');` },
    { name: 'a parent-relative local path', code: `${hf}await AutoModel.from_pretrained('../models/bert');` },
    { name: 'an absolute local path', code: `${hf}await AutoModel.from_pretrained('/opt/models/bert');` },
    { name: 'a file: URL', code: `${hf}await AutoModel.from_pretrained('file:///opt/models/bert');` },
    { name: 'local_files_only: true never downloads', code: `${hf}await AutoModel.from_pretrained('Xenova/bert', { local_files_only: true });` },
    { name: 'a module that switches remote models off', code: `${hf}env.allowRemoteModels = false;\nawait pipeline('fill-mask', 'Xenova/bert');` },
    {
      name: 'remote models switched off through a namespace',
      code: "import * as transformers from '@xenova/transformers';\ntransformers.env.allowRemoteModels = false;\nawait transformers.pipeline('fill-mask', 'Xenova/bert');",
    },
    { name: 'a model id that cannot be resolved', code: `${hf}export const load = (id) => AutoModel.from_pretrained(id);` },
    { name: 'an id whose start is computed (may be a local directory)', code: `${hf}await AutoModel.from_pretrained(\`\${MODEL_DIR}/bert\`);` },
    { name: 'a URL is not a hub id', code: `${hf}await AutoModel.from_pretrained('https://example.com/models/bert');` },
    { name: 'from_pretrained of a class from elsewhere', code: "import { Detector } from './detector.js';\nawait Detector.from_pretrained('owner/detector');" },
    { name: 'a local function named pipeline', code: "function pipeline(task, model) { return [task, model]; }\npipeline('fill-mask', 'Xenova/bert');" },
    {
      name: 'a shadowed import',
      code: `${hf}function run(pipeline) { return pipeline('fill-mask', 'Xenova/bert'); }`,
    },
    {
      name: 'a static class field written from outside the class is not resolved',
      code: `${hf}class P { static model = 'Xenova/bert'; }\nP.model = choose();\nawait pipeline('fill-mask', P.model);`,
    },
    {
      name: 'a class expression whose static field is written through its const',
      code: `${hf}const P = class { static model = 'Xenova/bert'; static get() { return pipeline('fill-mask', this.model); } };\nP.model = choose();`,
    },
    {
      name: 'an instance field is not resolved (constructors may change it)',
      code: `${hf}class P { model = 'Xenova/bert'; load() { return pipeline('fill-mask', this.model); } }`,
    },
    {
      name: '@huggingface/hub download pinned to a commit',
      code: `import { downloadFile } from '@huggingface/hub';\nawait downloadFile({ repo: 'Xenova/bert', path: 'config.json', revision: '${sha}' });`,
    },
    {
      name: 'a static class field that is written is not resolved',
      code: `${hf}class P { static model = 'Xenova/bert'; static async get() { this.model = pick(); return pipeline('fill-mask', this.model); } }`,
    },
  ],
  invalid: [
    {
      name: 'pipeline without a revision',
      code: `${hf}const extractor = await pipeline('feature-extraction', 'Xenova/all-MiniLM-L6-v2');`,
      errors: [{ messageId: 'missingRevision', line: 2, column: 25, data: { name: 'pipeline', repo: 'Xenova/all-MiniLM-L6-v2' } }],
    },
    {
      name: 'options without a revision',
      code: `${hf}await pipeline('text-generation', 'onnx-community/Qwen3-0.6B-ONNX', { dtype: 'q4', device: 'webgpu' });`,
      errors: [{ messageId: 'missingRevision', data: { name: 'pipeline', repo: 'onnx-community/Qwen3-0.6B-ONNX' } }],
    },
    {
      name: 'revision: undefined',
      code: `${hf}await pipeline('fill-mask', 'Xenova/bert', { revision: undefined });`,
      errors: [{ messageId: 'missingRevision' }],
    },
    {
      name: "the moving 'main' branch",
      code: `${hf}await AutoModel.from_pretrained('Xenova/bert', { revision: 'main' });`,
      errors: [{ messageId: 'movingRevision', data: { name: 'AutoModel.from_pretrained', repo: 'Xenova/bert', revision: 'main' } }],
    },
    {
      name: 'a tag',
      code: `${hf}await AutoTokenizer.from_pretrained('Xenova/bert', { revision: 'v1.0' });`,
      errors: [{ messageId: 'movingRevision', data: { name: 'AutoTokenizer.from_pretrained', repo: 'Xenova/bert', revision: 'v1.0' } }],
    },
    {
      name: 'a pull-request ref',
      code: `${hf}await pipeline('fill-mask', 'Xenova/bert', { revision: 'refs/pr/1' });`,
      errors: [{ messageId: 'movingRevision', data: { name: 'pipeline', repo: 'Xenova/bert', revision: 'refs/pr/1' } }],
    },
    {
      name: 'a branch held in a const',
      code: `${hf}const REVISION = 'dev';\nconst options = { revision: REVISION };\nawait pipeline('fill-mask', 'Xenova/bert', options);`,
      errors: [{ messageId: 'movingRevision', line: 4, data: { name: 'pipeline', repo: 'Xenova/bert', revision: 'dev' } }],
    },
    {
      name: 'pipeline with only a task loads the per-task default',
      code: `${hf}const classify = await pipeline('sentiment-analysis');`,
      errors: [{ messageId: 'defaultModel', data: { name: 'pipeline' } }],
    },
    {
      name: 'pipeline with an undefined or null model',
      code: `${hf}await pipeline('sentiment-analysis', undefined, { revision: '${sha}' });\nawait pipeline('sentiment-analysis', null);`,
      errors: [
        { messageId: 'defaultModel', line: 2 },
        { messageId: 'defaultModel', line: 3 },
      ],
    },
    {
      name: 'any exported class loads with from_pretrained',
      code: "import { WhisperForConditionalGeneration, AutoProcessor } from '@huggingface/transformers';\nawait WhisperForConditionalGeneration.from_pretrained('onnx-community/whisper-base');\nawait AutoProcessor.from_pretrained('onnx-community/whisper-base');",
      errors: [
        { messageId: 'missingRevision', line: 2, data: { name: 'WhisperForConditionalGeneration.from_pretrained', repo: 'onnx-community/whisper-base' } },
        { messageId: 'missingRevision', line: 3, data: { name: 'AutoProcessor.from_pretrained', repo: 'onnx-community/whisper-base' } },
      ],
    },
    {
      name: 'an aliased import',
      code: "import { pipeline as createPipeline } from '@huggingface/transformers';\nawait createPipeline('fill-mask', 'Xenova/bert');",
      errors: [{ messageId: 'missingRevision', data: { name: 'createPipeline', repo: 'Xenova/bert' } }],
    },
    {
      name: 'a namespace import of @xenova/transformers',
      code: "import * as T from '@xenova/transformers';\nawait T.AutoModel.from_pretrained('Xenova/bert');",
      errors: [{ messageId: 'missingRevision', data: { name: 'T.AutoModel.from_pretrained', repo: 'Xenova/bert' } }],
    },
    {
      name: 'CommonJS require with destructuring',
      code: "const { pipeline } = require('@xenova/transformers');\npipeline('fill-mask', 'Xenova/bert');",
      errors: [{ messageId: 'missingRevision' }],
    },
    {
      name: 'dynamic-import-free CommonJS member call',
      code: "const transformers = require('@huggingface/transformers');\ntransformers.AutoModel.from_pretrained('Xenova/bert');",
      errors: [{ messageId: 'missingRevision' }],
    },
    {
      name: 'the model id held in a const',
      code: `${hf}const MODEL_ID = 'Xenova/bert';\nawait AutoModel.from_pretrained(MODEL_ID, { dtype: 'fp32' });`,
      errors: [{ messageId: 'missingRevision', data: { name: 'AutoModel.from_pretrained', repo: 'Xenova/bert' } }],
    },
    {
      name: 'a template literal with a known owner',
      code: `${hf}export const load = (size) => AutoModel.from_pretrained(\`Xenova/bert-\${size}\`);`,
      errors: [{ messageId: 'missingRevision', data: { name: 'AutoModel.from_pretrained', repo: 'Xenova/bert-…' } }],
    },
    {
      name: 'a static class field read in a static method (the singleton pattern)',
      code: `${hf}class Pipeline {\n  static model_id = 'onnx-community/Qwen3-0.6B-ONNX';\n  static async getInstance() {\n    this.tokenizer ??= AutoTokenizer.from_pretrained(this.model_id);\n  }\n}`,
      errors: [{ messageId: 'missingRevision', line: 5, data: { name: 'AutoTokenizer.from_pretrained', repo: 'onnx-community/Qwen3-0.6B-ONNX' } }],
    },
    {
      name: 'a static class field read through the class name',
      code: `${hf}class Embedder { static MODEL = 'Xenova/bge-small-en-v1.5'; }\nawait pipeline('feature-extraction', Embedder.MODEL);`,
      errors: [{ messageId: 'missingRevision', line: 3, data: { name: 'pipeline', repo: 'Xenova/bge-small-en-v1.5' } }],
    },
    {
      name: 'remote models switched back on is not an exemption',
      code: `${hf}env.allowRemoteModels = true;\nawait pipeline('fill-mask', 'Xenova/bert');`,
      errors: [{ messageId: 'missingRevision' }],
    },
    {
      name: 'local_files_only: false still downloads',
      code: `${hf}await AutoModel.from_pretrained('Xenova/bert', { local_files_only: false });`,
      errors: [{ messageId: 'missingRevision' }],
    },
    {
      name: '@huggingface/hub download helpers',
      code: [
        "import { downloadFile, downloadFileToCacheDir, snapshotDownload } from '@huggingface/hub';",
        "await downloadFile({ repo: 'Xenova/bert', path: 'onnx/model.onnx' });",
        "await snapshotDownload({ repo: { type: 'model', name: 'Xenova/bert' } });",
        "await downloadFileToCacheDir({ repo: 'Xenova/bert', path: 'config.json', revision: 'main' });",
      ].join('\n'),
      errors: [
        { messageId: 'missingRevision', line: 2, data: { name: 'downloadFile', repo: 'Xenova/bert' } },
        { messageId: 'missingRevision', line: 3, data: { name: 'snapshotDownload', repo: 'Xenova/bert' } },
        { messageId: 'movingRevision', line: 4, data: { name: 'downloadFileToCacheDir', repo: 'Xenova/bert', revision: 'main' } },
      ],
    },
    {
      name: 'TypeScript syntax',
      code: `${hf}const id = 'Xenova/bert' as const;\nconst model = await AutoModel.from_pretrained(id satisfies string, { revision: 'main' as string });`,
      errors: [{ messageId: 'movingRevision', data: { name: 'AutoModel.from_pretrained', repo: 'Xenova/bert', revision: 'main' } }],
    },
  ],
});
