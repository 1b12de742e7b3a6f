// LLM SDKs: OpenAI, Anthropic, the Vercel AI SDK and LangChain (reference §7).
import type { Library } from './types.js';

export const llm: Library = {
  id: 'llm',
  role: 'llm',
  modules: ['openai', '@anthropic-ai/sdk', 'ai', '@ai-sdk/openai', '@ai-sdk/anthropic', '@ai-sdk/google',
    '@langchain/openai', '@langchain/anthropic', '@langchain/core'].map((name) => ({
    name,
    esm: true,
    mounts: [{ part: name }],
  })),
  apis: [],
};
