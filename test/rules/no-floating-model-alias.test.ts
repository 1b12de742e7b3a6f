import rule from '../../rules/no-floating-model-alias.js';
import { createRuleTester, createTypedRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();
const openai = "import OpenAI from 'openai';\nconst client = new OpenAI();\n";
const anthropic = "import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\n";
const openaiForm = 'a dated snapshot (gpt-4o-mini-2024-07-18)';
const anthropicForm = 'a dated snapshot (claude-sonnet-4-5-20250929), or a 4.6-or-later id (claude-sonnet-4-6)';

ruleTester.run('no-floating-model-alias', rule, {
  valid: [
    { name: 'a dated OpenAI snapshot', code: `${openai}await client.chat.completions.create({ model: 'gpt-4o-2024-08-06', messages });` },
    { name: 'a legacy -MMDD snapshot', code: `${openai}await client.chat.completions.create({ model: 'gpt-4-0613', messages });` },
    { name: 'a model with no dated snapshot to pin', code: `${openai}await client.embeddings.create({ model: 'text-embedding-3-small', input });` },
    { name: 'a dated Anthropic snapshot', code: `${anthropic}await client.messages.create({ model: 'claude-sonnet-4-5-20250929', max_tokens: 1024, messages });` },
    {
      name: 'dateless Anthropic ids from the 4.6 generation on are pinned',
      code: `${anthropic}await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1, messages });\nawait client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1, messages });\nawait client.messages.create({ model: 'claude-sonnet-5', max_tokens: 1, messages });`,
    },
    { name: 'a Gemini id without a stable -NNN version', code: "import { google } from '@ai-sdk/google';\nconst model = google('gemini-2.5-flash');" },
    { name: 'a model id the file cannot determine', code: `${openai}export const ask = (model) => client.chat.completions.create({ model, messages });` },
    { name: 'options built with a spread', code: `${openai}await client.chat.completions.create({ ...defaults, messages });` },
    { name: 'options from a parameter', code: `${openai}export const ask = (params) => client.chat.completions.create(params);` },
    { name: 'an id allowed in settings', code: `${openai}await client.chat.completions.create({ model: 'gpt-4o', messages });`, settings: { 'ml-debt': { allowedModelIds: ['gpt-4o'] } } },
    { name: 'an Azure client names a deployment', code: "import { AzureOpenAI } from 'openai';\nconst client = new AzureOpenAI({ deployment });\nawait client.chat.completions.create({ model: 'gpt-4o', messages });" },
    { name: 'a client-like object in a module that does not import an SDK', code: "export const ask = (client) => client.chat.completions.create({ model: 'gpt-4o', messages });" },
    { name: 'a method path that is not the SDK’s', code: `${openai}await client.chat.create({ model: 'gpt-4o' });` },
    { name: 'a parameter that shadows the provider', code: "import { openai } from '@ai-sdk/openai';\nexport const pick = (openai) => openai('gpt-4o');" },
    { name: 'a local function named openai', code: "const openai = (id) => id;\nopenai('gpt-4o');" },
    { name: 'LangChain with a dated snapshot', code: "import { ChatOpenAI } from '@langchain/openai';\nconst llm = new ChatOpenAI({ model: 'gpt-4o-mini-2024-07-18' });" },
    { name: 'an unknown provider', code: "import { mistral } from '@ai-sdk/mistral';\nmistral('mistral-large-latest');" },
  ],
  invalid: [
    {
      name: 'an OpenAI alias with no single snapshot to suggest',
      code: `${openai}const completion = await client.chat.completions.create({ model: 'gpt-4o', messages });`,
      errors: [{ messageId: 'floatingAlias', line: 3, column: 66, data: { id: 'gpt-4o', provider: 'OpenAI', pinnedForm: openaiForm } }],
    },
    {
      name: 'an OpenAI alias with its snapshot as a suggestion',
      code: `${openai}await client.chat.completions.create({ model: 'gpt-4o-mini', messages });`,
      errors: [
        {
          messageId: 'floatingAliasWithSnapshot',
          data: { id: 'gpt-4o-mini', provider: 'OpenAI', snapshot: 'gpt-4o-mini-2024-07-18' },
          suggestions: [
            {
              messageId: 'pinSnapshot',
              data: { snapshot: 'gpt-4o-mini-2024-07-18' },
              output: `${openai}await client.chat.completions.create({ model: 'gpt-4o-mini-2024-07-18', messages });`,
            },
          ],
        },
      ],
    },
    {
      name: '-latest ids, in responses and embeddings',
      code: `${openai}await client.responses.create({ model: 'chatgpt-4o-latest', input });\nawait client.embeddings.create({ model: 'acme-embed-latest', input });`,
      errors: [
        { messageId: 'floatingAlias', line: 3, data: { id: 'chatgpt-4o-latest', provider: 'OpenAI', pinnedForm: openaiForm } },
        { messageId: 'floatingAlias', line: 4, data: { id: 'acme-embed-latest', provider: 'OpenAI', pinnedForm: openaiForm } },
      ],
    },
    {
      name: 'a client kept on this (receiver assumed from the SDK method path)',
      code: "import OpenAI from 'openai';\nclass Bot { async ask() { return this.openai.beta.chat.completions.parse({ model: 'o3', messages }); } }",
      errors: [
        {
          messageId: 'floatingAliasWithSnapshot',
          data: { id: 'o3', provider: 'OpenAI', snapshot: 'o3-2025-04-16' },
          suggestions: [{ messageId: 'pinSnapshot', output: "import OpenAI from 'openai';\nclass Bot { async ask() { return this.openai.beta.chat.completions.parse({ model: 'o3-2025-04-16', messages }); } }" }],
        },
      ],
    },
    {
      name: 'CommonJS require of the client class',
      code: "const OpenAI = require('openai');\nconst openai = new OpenAI();\nopenai.chat.completions.stream({ model: 'gpt-3.5-turbo', messages });",
      errors: [{ messageId: 'floatingAlias', data: { id: 'gpt-3.5-turbo', provider: 'OpenAI', pinnedForm: openaiForm } }],
    },
    {
      name: 'Anthropic -latest aliases and pre-4.6 dateless aliases',
      code: `${anthropic}await client.messages.create({ model: 'claude-3-5-sonnet-latest', max_tokens: 1, messages });\nawait client.messages.stream({ model: 'claude-sonnet-4-5', max_tokens: 1, messages });\nawait client.beta.messages.create({ model: 'claude-haiku-4-2', max_tokens: 1, messages });`,
      errors: [
        {
          messageId: 'floatingAliasWithSnapshot',
          line: 3,
          data: { id: 'claude-3-5-sonnet-latest', provider: 'Anthropic', snapshot: 'claude-3-5-sonnet-20241022' },
          suggestions: [{ messageId: 'pinSnapshot', output: `${anthropic}await client.messages.create({ model: 'claude-3-5-sonnet-20241022', max_tokens: 1, messages });\nawait client.messages.stream({ model: 'claude-sonnet-4-5', max_tokens: 1, messages });\nawait client.beta.messages.create({ model: 'claude-haiku-4-2', max_tokens: 1, messages });` }],
        },
        {
          messageId: 'floatingAliasWithSnapshot',
          line: 4,
          data: { id: 'claude-sonnet-4-5', provider: 'Anthropic', snapshot: 'claude-sonnet-4-5-20250929' },
          suggestions: [{ messageId: 'pinSnapshot', output: `${anthropic}await client.messages.create({ model: 'claude-3-5-sonnet-latest', max_tokens: 1, messages });\nawait client.messages.stream({ model: 'claude-sonnet-4-5-20250929', max_tokens: 1, messages });\nawait client.beta.messages.create({ model: 'claude-haiku-4-2', max_tokens: 1, messages });` }],
        },
        { messageId: 'floatingAlias', line: 5, data: { id: 'claude-haiku-4-2', provider: 'Anthropic', pinnedForm: anthropicForm } },
      ],
    },
    {
      name: 'Vercel AI SDK providers, aliased and through their factories',
      code: [
        "import { openai as oa } from '@ai-sdk/openai';",
        "import { anthropic } from '@ai-sdk/anthropic';",
        "import { google } from '@ai-sdk/google';",
        "import { generateText } from 'ai';",
        "await generateText({ model: oa('gpt-4.1'), prompt });",
        "await generateText({ model: oa.chat(\"gpt-5-mini\"), prompt });",
        "await generateText({ model: anthropic('claude-3-7-sonnet-latest'), prompt });",
        "await generateText({ model: google('gemini-2.0-flash'), prompt });",
        "await generateText({ model: google.languageModel('gemini-flash-latest'), prompt });",
      ].join('\n'),
      errors: [
        { messageId: 'floatingAliasWithSnapshot', line: 5, data: { id: 'gpt-4.1', provider: 'OpenAI', snapshot: 'gpt-4.1-2025-04-14' }, suggestions: [{ messageId: 'pinSnapshot', output: "import { openai as oa } from '@ai-sdk/openai';\nimport { anthropic } from '@ai-sdk/anthropic';\nimport { google } from '@ai-sdk/google';\nimport { generateText } from 'ai';\nawait generateText({ model: oa('gpt-4.1-2025-04-14'), prompt });\nawait generateText({ model: oa.chat(\"gpt-5-mini\"), prompt });\nawait generateText({ model: anthropic('claude-3-7-sonnet-latest'), prompt });\nawait generateText({ model: google('gemini-2.0-flash'), prompt });\nawait generateText({ model: google.languageModel('gemini-flash-latest'), prompt });" }] },
        { messageId: 'floatingAliasWithSnapshot', line: 6, data: { id: 'gpt-5-mini', provider: 'OpenAI', snapshot: 'gpt-5-mini-2025-08-07' }, suggestions: [{ messageId: 'pinSnapshot', output: "import { openai as oa } from '@ai-sdk/openai';\nimport { anthropic } from '@ai-sdk/anthropic';\nimport { google } from '@ai-sdk/google';\nimport { generateText } from 'ai';\nawait generateText({ model: oa('gpt-4.1'), prompt });\nawait generateText({ model: oa.chat(\"gpt-5-mini-2025-08-07\"), prompt });\nawait generateText({ model: anthropic('claude-3-7-sonnet-latest'), prompt });\nawait generateText({ model: google('gemini-2.0-flash'), prompt });\nawait generateText({ model: google.languageModel('gemini-flash-latest'), prompt });" }] },
        { messageId: 'floatingAliasWithSnapshot', line: 7, data: { id: 'claude-3-7-sonnet-latest', provider: 'Anthropic', snapshot: 'claude-3-7-sonnet-20250219' }, suggestions: [{ messageId: 'pinSnapshot', output: "import { openai as oa } from '@ai-sdk/openai';\nimport { anthropic } from '@ai-sdk/anthropic';\nimport { google } from '@ai-sdk/google';\nimport { generateText } from 'ai';\nawait generateText({ model: oa('gpt-4.1'), prompt });\nawait generateText({ model: oa.chat(\"gpt-5-mini\"), prompt });\nawait generateText({ model: anthropic('claude-3-7-sonnet-20250219'), prompt });\nawait generateText({ model: google('gemini-2.0-flash'), prompt });\nawait generateText({ model: google.languageModel('gemini-flash-latest'), prompt });" }] },
        { messageId: 'floatingAliasWithSnapshot', line: 8, data: { id: 'gemini-2.0-flash', provider: 'Google', snapshot: 'gemini-2.0-flash-001' }, suggestions: [{ messageId: 'pinSnapshot', output: "import { openai as oa } from '@ai-sdk/openai';\nimport { anthropic } from '@ai-sdk/anthropic';\nimport { google } from '@ai-sdk/google';\nimport { generateText } from 'ai';\nawait generateText({ model: oa('gpt-4.1'), prompt });\nawait generateText({ model: oa.chat(\"gpt-5-mini\"), prompt });\nawait generateText({ model: anthropic('claude-3-7-sonnet-latest'), prompt });\nawait generateText({ model: google('gemini-2.0-flash-001'), prompt });\nawait generateText({ model: google.languageModel('gemini-flash-latest'), prompt });" }] },
        { messageId: 'floatingAlias', line: 9, data: { id: 'gemini-flash-latest', provider: 'Google', pinnedForm: 'a stable version (gemini-2.0-flash-001)' } },
      ],
    },
    {
      name: 'a provider instance made by createOpenAI',
      code: "import { createOpenAI } from '@ai-sdk/openai';\nconst gateway = createOpenAI({ baseURL });\ngateway('gpt-4o');\ngateway.responses('gpt-4o');",
      errors: [
        { messageId: 'floatingAlias', line: 3, data: { id: 'gpt-4o', provider: 'OpenAI', pinnedForm: openaiForm } },
        { messageId: 'floatingAlias', line: 4, data: { id: 'gpt-4o', provider: 'OpenAI', pinnedForm: openaiForm } },
      ],
    },
    {
      name: 'LangChain model, modelName and the string form',
      code: [
        "import { ChatOpenAI } from '@langchain/openai';",
        "import { ChatAnthropic } from '@langchain/anthropic';",
        "new ChatOpenAI({ model: 'gpt-4o', temperature: 0 });",
        "new ChatOpenAI({ modelName: 'gpt-4-turbo-preview' });",
        "new ChatOpenAI('gpt-4o', { temperature: 0 });",
        "new ChatAnthropic({ model: 'claude-3-opus-latest' });",
      ].join('\n'),
      errors: [
        { messageId: 'floatingAlias', line: 3, data: { id: 'gpt-4o', provider: 'OpenAI', pinnedForm: openaiForm } },
        { messageId: 'floatingAlias', line: 4, data: { id: 'gpt-4-turbo-preview', provider: 'OpenAI', pinnedForm: openaiForm } },
        { messageId: 'floatingAlias', line: 5, data: { id: 'gpt-4o', provider: 'OpenAI', pinnedForm: openaiForm } },
        {
          messageId: 'floatingAliasWithSnapshot',
          line: 6,
          data: { id: 'claude-3-opus-latest', provider: 'Anthropic', snapshot: 'claude-3-opus-20240229' },
          suggestions: [{ messageId: 'pinSnapshot', output: "import { ChatOpenAI } from '@langchain/openai';\nimport { ChatAnthropic } from '@langchain/anthropic';\nnew ChatOpenAI({ model: 'gpt-4o', temperature: 0 });\nnew ChatOpenAI({ modelName: 'gpt-4-turbo-preview' });\nnew ChatOpenAI('gpt-4o', { temperature: 0 });\nnew ChatAnthropic({ model: 'claude-3-opus-20240229' });" }],
        },
      ],
    },
    {
      name: 'an id in a const: reported at each use, fixed once in the const',
      code: `${openai}const MODEL = 'gpt-5';\nawait client.chat.completions.create({ model: MODEL, messages });`,
      errors: [
        {
          messageId: 'floatingAliasWithSnapshot',
          line: 4,
          data: { id: 'gpt-5', provider: 'OpenAI', snapshot: 'gpt-5-2025-08-07' },
          suggestions: [{ messageId: 'pinSnapshot', output: `${openai}const MODEL = 'gpt-5-2025-08-07';\nawait client.chat.completions.create({ model: MODEL, messages });` }],
        },
      ],
    },
    {
      name: 'one options object passed to two calls is reported once',
      code: `${openai}const request = { model: 'gpt-4', stream: true, messages };\nconst a = client.chat.completions.stream(request);\nconst b = client.chat.completions.create(request);`,
      errors: [{ messageId: 'floatingAlias', line: 3, data: { id: 'gpt-4', provider: 'OpenAI', pinnedForm: openaiForm } }],
    },
    {
      name: 'a template literal id has no literal to rewrite',
      code: `${openai}await client.chat.completions.create({ model: \`gpt-4o-mini\`, messages });`,
      errors: [{ messageId: 'floatingAliasWithSnapshot', suggestions: [] }],
    },
    {
      name: 'an alias added in settings',
      code: "import { openai } from '@ai-sdk/openai';\nopenai('acme-router');",
      settings: { 'ml-debt': { floatingModelIds: ['acme-router'] } },
      errors: [{ messageId: 'floatingAlias', data: { id: 'acme-router', provider: 'OpenAI', pinnedForm: openaiForm } }],
    },
    {
      name: 'TypeScript syntax',
      code: `${openai}const params: OpenAI.Chat.ChatCompletionCreateParams = { model: 'gpt-4o' as const, messages: [] };\nawait client.chat.completions.create(params);`,
      errors: [{ messageId: 'floatingAlias', data: { id: 'gpt-4o', provider: 'OpenAI', pinnedForm: openaiForm } }],
    },
  ],
});

const typedRuleTester = createTypedRuleTester();

typedRuleTester.run('no-floating-model-alias (type-aware)', rule, {
  valid: [
    {
      name: 'types show an Azure client (its model is a deployment name)',
      code: "import { AzureOpenAI } from 'openai';\nexport async function ask(client: AzureOpenAI) { return client.chat.completions.create({ model: 'gpt-4o', messages: [] }); }",
    },
    {
      name: 'types show the receiver is not an OpenAI client',
      code: "import OpenAI from 'openai';\ninterface Fake { chat: { completions: { create(p: { model: string }): void } } }\nexport function ask(client: Fake, _o?: OpenAI) { client.chat.completions.create({ model: 'gpt-4o' }); }",
    },
  ],
  invalid: [
    {
      name: 'a typed client passed in',
      code: "import type OpenAI from 'openai';\nexport async function ask(client: OpenAI) { return client.chat.completions.create({ model: 'gpt-4o', messages: [] }); }",
      errors: [{ messageId: 'floatingAlias', data: { id: 'gpt-4o', provider: 'OpenAI', pinnedForm: openaiForm } }],
    },
  ],
});
