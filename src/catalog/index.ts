// Every library the catalog knows. Adding a library is adding its module here.
import { brain, ml5 } from './brain.js';
import { danfo } from './danfo.js';
import { llm } from './llm.js';
import { mljs } from './mljs.js';
import { onnxruntime } from './onnxruntime.js';
import { javascript, lodash, pureRand, randomJs, seedrandom, stdlibRandom, underscore } from './prng.js';
import { tfjs } from './tfjs.js';
import { transformers } from './transformers.js';
import { validationLibraries } from './validation.js';
import type { Library } from './types.js';

export type * from './types.js';

export const libraries: readonly Library[] = [
  tfjs,
  onnxruntime,
  transformers,
  mljs,
  danfo,
  brain,
  ml5,
  llm,
  javascript,
  seedrandom,
  randomJs,
  pureRand,
  stdlibRandom,
  lodash,
  underscore,
  ...validationLibraries,
];
