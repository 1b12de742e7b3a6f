// LLM SDKs: OpenAI, Anthropic, the Vercel AI SDK providers and LangChain (reference §7), with each provider's model
// naming: which ids float and which snapshot an alias points to.
import type { Api, InstanceFacts, InstanceKind, InstanceMethod, Library, LlmModelFact, LlmProvider } from './types.js';

/**
 * OpenAI: dated `-YYYY-MM-DD` (and legacy `-MMDD`) snapshots are pinned; an undated family name "will typically point
 * to the latest version" (deprecations page, reference §7.1). Aliases are the families that have a dated snapshot in
 * openai 6.49.0's ChatModel/AllModels unions (resources/shared.d.ts); the target is given only where that list has
 * exactly one snapshot of the family. Families without any dated snapshot (gpt-5.4, gpt-5.1-codex, the embedding
 * models) are left alone: there is nothing to pin them to.
 */
const openaiProvider: LlmProvider = {
  id: 'openai',
  name: 'OpenAI',
  pinnedForm: 'a dated snapshot (gpt-4o-mini-2024-07-18)',
  floatingSuffixes: ['-latest'],
  aliases: {
    'gpt-5.4-mini': 'gpt-5.4-mini-2026-03-17',
    'gpt-5.4-nano': 'gpt-5.4-nano-2026-03-17',
    'gpt-5.2': 'gpt-5.2-2025-12-11',
    'gpt-5.2-pro': 'gpt-5.2-pro-2025-12-11',
    'gpt-5.1': 'gpt-5.1-2025-11-13',
    'gpt-5': 'gpt-5-2025-08-07',
    'gpt-5-mini': 'gpt-5-mini-2025-08-07',
    'gpt-5-nano': 'gpt-5-nano-2025-08-07',
    'gpt-5-pro': 'gpt-5-pro-2025-10-06',
    'gpt-4.1': 'gpt-4.1-2025-04-14',
    'gpt-4.1-mini': 'gpt-4.1-mini-2025-04-14',
    'gpt-4.1-nano': 'gpt-4.1-nano-2025-04-14',
    'o4-mini': 'o4-mini-2025-04-16',
    'o4-mini-deep-research': 'o4-mini-deep-research-2025-06-26',
    o3: 'o3-2025-04-16',
    'o3-mini': 'o3-mini-2025-01-31',
    'o3-pro': 'o3-pro-2025-06-10',
    'o3-deep-research': 'o3-deep-research-2025-06-26',
    o1: 'o1-2024-12-17',
    'o1-pro': 'o1-pro-2025-03-19',
    'o1-preview': 'o1-preview-2024-09-12',
    'o1-mini': 'o1-mini-2024-09-12',
    'gpt-4o': undefined,
    'gpt-4o-mini': 'gpt-4o-mini-2024-07-18',
    'gpt-4o-audio-preview': undefined,
    'gpt-4o-mini-audio-preview': 'gpt-4o-mini-audio-preview-2024-12-17',
    'gpt-4o-search-preview': 'gpt-4o-search-preview-2025-03-11',
    'gpt-4o-mini-search-preview': 'gpt-4o-mini-search-preview-2025-03-11',
    'computer-use-preview': 'computer-use-preview-2025-03-11',
    'gpt-4-turbo': 'gpt-4-turbo-2024-04-09',
    // Undated previews point at a dated preview (gpt-4-0125-preview, gpt-4-1106-preview) that moved over time.
    'gpt-4-turbo-preview': undefined,
    'gpt-4-vision-preview': undefined,
    'gpt-4': undefined,
    'gpt-4-32k': undefined,
    'gpt-3.5-turbo': undefined,
    'gpt-3.5-turbo-16k': 'gpt-3.5-turbo-16k-0613',
  },
};

/**
 * Anthropic: dated `claude-{name}-{major}-{minor}-{YYYYMMDD}` ids are pinned; before the 4.6 generation the dateless
 * form is an alias that "points to the most recent dated snapshot"; from 4.6 on, dateless ids are pinned snapshots
 * (platform.claude.com model-ids-and-versions, reference §7.2). Targets: the dated ids paired with each alias in
 * @anthropic-ai/sdk 0.40.0 and 0.137.0 (`Model`) and @ai-sdk/anthropic 3.0.140 (`AnthropicMessagesModelId`).
 */
const anthropicProvider: LlmProvider = {
  id: 'anthropic',
  name: 'Anthropic',
  pinnedForm: 'a dated snapshot (claude-sonnet-4-5-20250929), or a 4.6-or-later id (claude-sonnet-4-6)',
  floatingSuffixes: ['-latest'],
  aliases: {
    'claude-3-7-sonnet-latest': 'claude-3-7-sonnet-20250219',
    'claude-3-5-haiku-latest': 'claude-3-5-haiku-20241022',
    'claude-3-5-sonnet-latest': 'claude-3-5-sonnet-20241022',
    'claude-3-opus-latest': 'claude-3-opus-20240229',
    'claude-sonnet-4-5': 'claude-sonnet-4-5-20250929',
    'claude-haiku-4-5': 'claude-haiku-4-5-20251001',
    'claude-opus-4-5': 'claude-opus-4-5-20251101',
    'claude-opus-4-1': 'claude-opus-4-1-20250805',
    'claude-opus-4-0': 'claude-opus-4-20250514',
    'claude-sonnet-4-0': 'claude-sonnet-4-20250514',
  },
  datelessFloatsBelow: { pattern: /^claude-[a-z]+-(\d+)(?:-(\d+))?$/u, version: [4, 6] },
};

/**
 * Google Gemini: `-latest` ids point to the newest (possibly preview) model, the "latest stable" name
 * `<model>-<generation>-<variation>` to the most recent stable `-NNN` version, and `-NNN` versions are pinned
 * (ai.google.dev/models/gemini "Model versions"; Vertex AI model-versioning). Aliases are the names with a published
 * stable `-NNN` version; gemini-2.5 and later names have none and are left alone.
 */
const googleProvider: LlmProvider = {
  id: 'google',
  name: 'Google',
  pinnedForm: 'a stable version (gemini-2.0-flash-001)',
  floatingSuffixes: ['-latest'],
  aliases: {
    'gemini-2.0-flash': 'gemini-2.0-flash-001',
    'gemini-2.0-flash-lite': 'gemini-2.0-flash-lite-001',
    'gemini-1.5-flash': 'gemini-1.5-flash-002',
    'gemini-1.5-pro': undefined,
    'gemini-1.0-pro': 'gemini-1.0-pro-002',
  },
};

export const llmProviders: readonly LlmProvider[] = [openaiProvider, anthropicProvider, googleProvider];

/** The model id is the first argument, or its `model` property when the argument is an options object. */
const modelIn = (provider: string, options: readonly string[] = ['model']): LlmModelFact => ({ provider, argIndex: 0, options });

// Clients are usually kept on `this` or passed around: a call with the SDK's exact method path counts in a module that
// imports the SDK even when the client's origin is not traced.
const clientMethod = (path: readonly string[], provider: string): InstanceMethod => ({
  name: path[path.length - 1],
  via: path.slice(0, -1),
  llmModel: modelIn(provider),
  unknownReceiverMinArgs: 1,
});

const clientClass = (part: string, kindId: string): Api[] =>
  // `import OpenAI from 'openai'`, `import { OpenAI }`, and `require('openai')`, which is the class itself.
  [[], ['default'], [part === 'openai' ? 'OpenAI' : 'Anthropic']].map((path) => ({ part, path, kind: 'construct', returns: kindId }));

const openaiClient: InstanceKind = {
  id: 'openai.Client',
  typeNames: ['OpenAI'],
  typePackages: ['openai'],
  // Azure and Bedrock clients name deployments, not OpenAI models.
  excludedTypeNames: ['AzureOpenAI', 'BedrockOpenAI'],
  methods: [
    ['chat', 'completions', 'create'],
    ['chat', 'completions', 'parse'],
    ['chat', 'completions', 'stream'],
    ['beta', 'chat', 'completions', 'parse'],
    ['beta', 'chat', 'completions', 'stream'],
    ['responses', 'create'],
    ['responses', 'parse'],
    ['responses', 'stream'],
    ['embeddings', 'create'],
  ].map((path) => clientMethod(path, 'openai')),
};

export const openai: Library = {
  id: 'openai',
  role: 'llm',
  modules: [{ name: 'openai', esm: true, mounts: [{ part: 'openai' }] }],
  apis: clientClass('openai', openaiClient.id),
  instances: [openaiClient],
};

const anthropicClient: InstanceKind = {
  id: 'anthropic.Client',
  typeNames: ['Anthropic'],
  typePackages: ['@anthropic-ai/sdk'],
  methods: [
    ['messages', 'create'],
    ['messages', 'stream'],
    ['messages', 'parse'],
    ['beta', 'messages', 'create'],
    ['beta', 'messages', 'stream'],
  ].map((path) => clientMethod(path, 'anthropic')),
};

export const anthropic: Library = {
  id: 'anthropic',
  role: 'llm',
  modules: [{ name: '@anthropic-ai/sdk', esm: true, mounts: [{ part: 'anthropic' }] }],
  apis: clientClass('anthropic', anthropicClient.id),
  instances: [anthropicClient],
};

/** A Vercel AI SDK provider: called with a model id, or through its model factories (@ai-sdk/* dist/index.d.ts). */
interface AiSdkProvider {
  readonly module: string;
  readonly provider: string;
  readonly instance: string;
  readonly create: string;
  readonly typeName: string;
  readonly factories: readonly string[];
}

const aiSdkProviders: readonly AiSdkProvider[] = [
  {
    module: '@ai-sdk/openai',
    provider: 'openai',
    instance: 'openai',
    create: 'createOpenAI',
    typeName: 'OpenAIProvider',
    factories: ['languageModel', 'chat', 'responses', 'completion', 'embedding', 'embeddingModel', 'textEmbedding', 'textEmbeddingModel'],
  },
  {
    module: '@ai-sdk/anthropic',
    provider: 'anthropic',
    instance: 'anthropic',
    create: 'createAnthropic',
    typeName: 'AnthropicProvider',
    factories: ['languageModel', 'chat', 'messages'],
  },
  {
    module: '@ai-sdk/google',
    provider: 'google',
    instance: 'google',
    create: 'createGoogleGenerativeAI',
    typeName: 'GoogleGenerativeAIProvider',
    factories: ['languageModel', 'chat', 'generativeAI', 'embedding', 'embeddingModel', 'textEmbedding', 'textEmbeddingModel'],
  },
];

const providerKindId = (provider: AiSdkProvider): string => `ai-sdk.${provider.provider}.Provider`;

export const aiSdk: Library = {
  id: 'ai-sdk',
  role: 'llm',
  modules: [
    { name: 'ai', esm: true, mounts: [{ part: 'ai' }] },
    ...aiSdkProviders.map((provider) => ({ name: provider.module, esm: true, mounts: [{ part: provider.module }] })),
  ],
  apis: aiSdkProviders.flatMap((provider): Api[] => {
    const llmModel: LlmModelFact = { provider: provider.provider, argIndex: 0 };
    return [
      { part: provider.module, path: [provider.instance], kind: 'call', llmModel },
      ...provider.factories.map((factory): Api => ({
        part: provider.module,
        path: [provider.instance, factory],
        kind: 'call',
        llmModel,
      })),
      { part: provider.module, path: [provider.create], kind: 'call', returns: providerKindId(provider) },
    ];
  }),
  instances: aiSdkProviders.map((provider): InstanceKind => {
    const facts: InstanceFacts = { llmModel: { provider: provider.provider, argIndex: 0 } };
    return {
      id: providerKindId(provider),
      typeNames: [provider.typeName],
      typePackages: [provider.module],
      call: facts,
      methods: provider.factories.map((name) => ({ name, ...facts })),
    };
  }),
};

// new ChatOpenAI({ model }) or new ChatOpenAI('gpt-4o', fields); `modelName` is the deprecated spelling of `model`.
export const langchain: Library = {
  id: 'langchain',
  role: 'llm',
  modules: [
    { name: '@langchain/openai', esm: true, mounts: [{ part: '@langchain/openai' }] },
    { name: '@langchain/anthropic', esm: true, mounts: [{ part: '@langchain/anthropic' }] },
    { name: '@langchain/core', esm: true, mounts: [{ part: '@langchain/core' }] },
  ],
  apis: [
    { part: '@langchain/openai', path: ['ChatOpenAI'], kind: 'construct', llmModel: modelIn('openai', ['model', 'modelName']) },
    {
      part: '@langchain/anthropic',
      path: ['ChatAnthropic'],
      kind: 'construct',
      llmModel: modelIn('anthropic', ['model', 'modelName']),
    },
  ],
};
