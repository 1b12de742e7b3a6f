// Transformers.js: @huggingface/transformers (3.x, 4.x) and its predecessor @xenova/transformers (reference §3), and
// the download helpers of @huggingface/hub 2.x (dist/src/lib/*.d.ts).
import type { Api, ArtifactFact, InstanceKind, Library } from './types.js';

// `revision` defaults to 'main', a moving branch; `local_files_only: true` never downloads (src/utils/hub.js).
const pretrained = (idArg: number, optionsArg: number, defaultModelWhenMissing: boolean): ArtifactFact => ({
  action: 'load',
  location: { argIndex: idArg },
  naming: 'hub-repo',
  hub: {
    revision: { argIndex: optionsArg, option: 'revision' },
    localFilesOnly: { argIndex: optionsArg, option: 'local_files_only' },
    ...(defaultModelWhenMissing ? { defaultModelWhenMissing: true as const } : {}),
  },
});

// The ONNX Runtime settings transformers.js passes on: where its WASM binaries come from.
const wasmPaths: Api = {
  part: 'transformers',
  path: ['env', 'backends', 'onnx', 'wasm', 'wasmPaths'],
  kind: 'read',
  artifact: { action: 'runtime', location: 'assigned', naming: 'path', manyPaths: true, remoteOnly: true },
};

// --- Model input (require-input-validation): a pipeline is a function; calling it runs the model (reference §3).
const inputSinkApis: readonly Api[] = [{ part: 'transformers', path: ['pipeline'], kind: 'call', returns: 'transformers.Pipeline' }];

const inputSinkInstances: readonly InstanceKind[] = [
  {
    id: 'transformers.Pipeline',
    typeNames: ['Pipeline'],
    typePackages: ['@huggingface/transformers', '@xenova/transformers'],
    methods: [],
    call: { modelInput: { kind: 'inference', args: [0] } },
  },
];
// --- end model input

export const transformers: Library = {
  id: 'transformers',
  role: 'inference',
  modules: ['@huggingface/transformers', '@xenova/transformers'].map((name) => ({
    name,
    esm: true,
    mounts: [{ part: 'transformers' }],
  })),
  apis: [
    // pipeline(task, model = null, { revision = 'main', local_files_only = false, … }): no model loads a per-task default.
    { part: 'transformers', path: ['pipeline'], kind: 'call', artifact: pretrained(1, 2, true) },
    // Every class transformers.js exports loads with from_pretrained(id, options): AutoModel, AutoTokenizer,
    // AutoProcessor, BertModel, WhisperForConditionalGeneration, …
    { part: 'transformers', path: ['*', 'from_pretrained'], kind: 'call', artifact: pretrained(0, 1, false) },
    { part: 'transformers', path: ['env', 'allowRemoteModels'], kind: 'read', hubDownloadSwitch: true },
    { part: 'transformers', path: ['env', 'remoteHost'], kind: 'read', artifact: { action: 'load', location: 'assigned', naming: 'host' } },
    wasmPaths,
    ...inputSinkApis,
  ],
  instances: [...inputSinkInstances],
};

// downloadFile, downloadFileToCacheDir and snapshotDownload take one params object: { repo, revision = 'main', … },
// where repo is 'owner/name' or { type, name }.
const hubDownload = (name: string): Api => ({
  part: 'hub',
  path: [name],
  kind: 'call',
  artifact: {
    action: 'load',
    location: { argIndex: 0, option: 'repo' },
    naming: 'hub-repo',
    hub: { revision: { argIndex: 0, option: 'revision' }, repoObjectName: 'name' },
  },
});

export const huggingFaceHub: Library = {
  id: 'huggingface-hub',
  role: 'inference',
  modules: [{ name: '@huggingface/hub', esm: true, mounts: [{ part: 'hub' }] }],
  apis: ['downloadFile', 'downloadFileToCacheDir', 'snapshotDownload'].map(hubDownload),
};
