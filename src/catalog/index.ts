// Every library the catalog knows. Adding a library is adding its module here.
import { brain, ml5 } from './brain.js';
import { danfo } from './danfo.js';
import { aiSdk, anthropic, langchain, openai } from './llm.js';
import { mljs } from './mljs.js';
import { onnxruntime } from './onnxruntime.js';
import { javascript, lodash, pureRand, randomJs, seedrandom, stdlibRandom, underscore } from './prng.js';
import { tfjs } from './tfjs.js';
import { huggingFaceHub, transformers } from './transformers.js';
import { validationLibraries } from './validation.js';
import type { Library } from './types.js';

export type * from './types.js';
export { loadedModelTypes } from './models.js';
export { llmProviders } from './llm.js';
export { browserStoreSchemes, modelHubHosts } from './model-hosts.js';

export const libraries: readonly Library[] = [
  tfjs,
  onnxruntime,
  transformers,
  huggingFaceHub,
  mljs,
  danfo,
  brain,
  ml5,
  openai,
  anthropic,
  aiSdk,
  langchain,
  javascript,
  seedrandom,
  randomJs,
  pureRand,
  stdlibRandom,
  lodash,
  underscore,
  ...validationLibraries,
];
