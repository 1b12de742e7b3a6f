// Random-number sources outside the ML libraries: JavaScript's own, seeded PRNG packages, and lodash-style helpers
// (reference §8). Which of them are seeded, which take a seed, and which leak entropy into a seed.
import type { Api, Library, RandomnessFact } from './types.js';

const entropy = (part: string, path: readonly string[], kind: Api['kind'] = 'call'): Api => ({
  part,
  path,
  kind,
  randomness: { entropy: true },
});

const mathRandomInstead = "Draw from a seeded generator instead: const rng = seedrandom('42'); rng()";

/** JavaScript's own sources of entropy. Math.random itself is reported only in ML modules. */
export const javascript: Library = {
  id: 'javascript',
  role: 'utility',
  modules: [
    { name: 'crypto', mounts: [{ part: 'node-crypto' }] },
    { name: 'node:crypto', mounts: [{ part: 'node-crypto' }] },
    { name: 'perf_hooks', mounts: [{ part: 'perf-hooks' }] },
    { name: 'node:perf_hooks', mounts: [{ part: 'perf-hooks' }] },
  ],
  globals: [
    { name: 'Math', mounts: [{ part: 'math' }] },
    { name: 'Date', mounts: [{ part: 'date' }] },
    { name: 'performance', mounts: [{ part: 'performance' }] },
    { name: 'crypto', mounts: [{ part: 'web-crypto' }] },
    { name: 'process', mounts: [{ part: 'process' }] },
  ],
  apis: [
    {
      part: 'math',
      path: ['random'],
      kind: 'call',
      randomness: { unseedable: { instead: mathRandomInstead }, mathRandomFallback: true, mlModulesOnly: true },
    },
    entropy('math', ['random'], 'read'),
    entropy('date', ['now']),
    { part: 'date', path: [], kind: 'construct', randomness: { entropy: 'without-arguments' } },
    entropy('performance', ['now']),
    entropy('perf-hooks', ['performance', 'now']),
    entropy('process', ['hrtime']),
    entropy('process', ['hrtime', 'bigint']),
    entropy('web-crypto', ['getRandomValues']),
    entropy('web-crypto', ['randomUUID']),
    ...['randomBytes', 'randomInt', 'randomUUID', 'getRandomValues', 'randomFillSync'].map((name) =>
      entropy('node-crypto', [name]),
    ),
    entropy('node-crypto', ['webcrypto', 'getRandomValues']),
  ],
};

const seedrandomGenerator = (missingSeedIsEntropy: boolean, call: string): RandomnessFact => ({
  generator: {
    seedArg: 0,
    missingSeedIsEntropy,
    entropyOption: 'entropy',
    fix: `give it a fixed seed: ${call}`,
  },
});

// alea/xor128/xorwow/tychei hash a missing seed to a constant; xor4096 and xorshift7 fall back to the clock.
const seedrandomAlgorithms: readonly [string, boolean][] = [
  ['alea', false],
  ['xor128', false],
  ['xorwow', false],
  ['tychei', false],
  ['xor4096', true],
  ['xorshift7', true],
];

export const seedrandom: Library = {
  id: 'seedrandom',
  role: 'prng',
  modules: [{ name: 'seedrandom', mounts: [{ part: 'seedrandom' }] }],
  // The script-tag build installs Math.seedrandom.
  globals: [{ name: 'Math', mounts: [{ part: 'math-seedrandom' }] }],
  apis: [
    ...(['call', 'construct'] as const).map(
      (kind): Api => ({
        part: 'seedrandom',
        path: [],
        kind,
        randomness: seedrandomGenerator(true, "seedrandom('42')"),
        seedsMathRandomGlobally: { option: 'global' },
      }),
    ),
    ...seedrandomAlgorithms.map(
      ([name, missingSeedIsEntropy]): Api => ({
        part: 'seedrandom',
        path: [name],
        kind: 'call',
        randomness: seedrandomGenerator(missingSeedIsEntropy, `seedrandom.${name}('42')`),
      }),
    ),
    {
      part: 'math-seedrandom',
      path: ['seedrandom'],
      kind: 'call',
      randomness: seedrandomGenerator(true, "Math.seedrandom('42')"),
      seedsMathRandomGlobally: {},
    },
  ],
};

export const randomJs: Library = {
  id: 'random-js',
  role: 'prng',
  modules: [{ name: 'random-js', mounts: [{ part: 'random-js' }] }],
  apis: [
    {
      part: 'random-js',
      path: ['Random'],
      kind: 'construct',
      randomness: {
        // new Random() runs on nativeMath, i.e. Math.random.
        generator: {
          seedArg: 0,
          missingSeedIsEntropy: true,
          fix: 'give it a seeded engine: new Random(MersenneTwister19937.seed(42))',
        },
        mathRandomFallback: true,
      },
    },
    ...['seed', 'seedWithArray'].map(
      (name): Api => ({
        part: 'random-js',
        path: ['MersenneTwister19937', name],
        kind: 'call',
        randomness: {
          generator: { seedArg: 0, missingSeedIsEntropy: false, fix: 'give it a fixed seed: MersenneTwister19937.seed(42)' },
        },
      }),
    ),
    {
      part: 'random-js',
      path: ['MersenneTwister19937', 'autoSeed'],
      kind: 'call',
      randomness: {
        unseedable: { instead: 'Seed the engine with a fixed value instead: MersenneTwister19937.seed(42)' },
        entropy: true,
      },
    },
    entropy('random-js', ['nativeMath'], 'read'),
    entropy('random-js', ['nodeCrypto'], 'read'),
    entropy('random-js', ['browserCrypto'], 'read'),
  ],
};

/** pure-rand generators always take a seed; only a seed drawn from entropy is a problem. */
const pureRandGenerators = ['xoroshiro128plus', 'xorshift128plus', 'mersenne', 'congruential32'];

export const pureRand: Library = {
  id: 'pure-rand',
  role: 'prng',
  modules: [
    { name: 'pure-rand', mounts: [{ part: 'pure-rand' }] },
    ...pureRandGenerators.map((name) => ({ name: `pure-rand/generator/${name}`, mounts: [{ part: 'pure-rand' }] })),
  ],
  apis: pureRandGenerators.map(
    (name): Api => ({
      part: 'pure-rand',
      path: [name],
      kind: 'call',
      randomness: { generator: { seedArg: 0, missingSeedIsEntropy: false, fix: `give it a fixed seed: ${name}(42)` } },
    }),
  ),
};

// @stdlib/random's ready-made generators are seeded randomly when the module loads; `.factory({ seed })` pins them.
const stdlibGenerators = ['randu', 'randn', 'randi', 'mt19937', 'minstd', 'normal', 'uniform', 'exponential', 'bernoulli'];
const stdlibTopLevel = ['shuffle', 'sample'];

const stdlibApis = (name: string): Api[] => [
  {
    part: `stdlib-${name}`,
    path: [],
    kind: 'call',
    randomness: {
      unseedable: {
        instead: `This generator was seeded randomly when the module loaded; create a seeded one instead: ${name}.factory({ seed: 42 })`,
      },
    },
  },
  {
    part: `stdlib-${name}`,
    path: ['factory'],
    kind: 'call',
    randomness: { seed: { argIndex: 'any', option: 'seed', fix: `pass a seed: ${name}.factory({ seed: 42 })` } },
  },
];

export const stdlibRandom: Library = {
  id: '@stdlib/random',
  role: 'prng',
  modules: [
    ...stdlibGenerators.map((name) => ({ name: `@stdlib/random/base/${name}`, mounts: [{ part: `stdlib-${name}` }] })),
    ...stdlibGenerators.map((name) => ({ name: `@stdlib/random-base-${name}`, mounts: [{ part: `stdlib-${name}` }] })),
    ...stdlibTopLevel.map((name) => ({ name: `@stdlib/random/${name}`, mounts: [{ part: `stdlib-${name}` }] })),
    {
      name: '@stdlib/random',
      mounts: [
        ...stdlibGenerators.map((name) => ({ part: `stdlib-${name}`, at: ['base', name] })),
        ...stdlibTopLevel.map((name) => ({ part: `stdlib-${name}`, at: [name] })),
      ],
    },
  ],
  apis: [...stdlibGenerators, ...stdlibTopLevel].flatMap(stdlibApis),
};

// lodash and underscore shuffle and sample with Math.random and take no seed (lodash.js nativeRandom).
const lodashLike = ['shuffle', 'sample', 'sampleSize', 'random'];
const lodashInstead =
  "It draws from Math.random; use a seeded generator instead: random-js's shuffle(MersenneTwister19937.seed(42), array), or _.runInContext with a seeded Math";

const lodashApis = (part: string): Api[] =>
  lodashLike.map((name) => ({
    part,
    path: [name],
    kind: 'call',
    randomness: { unseedable: { instead: lodashInstead }, mathRandomFallback: true, mlModulesOnly: true },
  }));

export const lodash: Library = {
  id: 'lodash',
  role: 'utility',
  modules: [
    { name: 'lodash', mounts: [{ part: 'lodash' }] },
    { name: 'lodash-es', esm: true, mounts: [{ part: 'lodash' }] },
    ...lodashLike.map((name) => ({ name: `lodash/${name}`, mounts: [{ part: 'lodash', select: [name] }] })),
    ...lodashLike.map((name) => ({ name: `lodash-es/${name}`, mounts: [{ part: 'lodash', select: [name] }] })),
    ...lodashLike.map((name) => ({ name: `lodash.${name.toLowerCase()}`, mounts: [{ part: 'lodash', select: [name] }] })),
  ],
  globals: [{ name: '_', mounts: [{ part: 'lodash' }] }],
  apis: lodashApis('lodash'),
};

export const underscore: Library = {
  id: 'underscore',
  role: 'utility',
  modules: [
    { name: 'underscore', mounts: [{ part: 'underscore' }] },
    ...['shuffle', 'sample', 'random'].map((name) => ({
      name: `underscore/modules/${name}.js`,
      mounts: [{ part: 'underscore', select: [name] }],
    })),
  ],
  apis: lodashApis('underscore').filter((api) => api.path[0] !== 'sampleSize'),
};
