// A seeded pseudo-random generator (mulberry32) for the corpus generator and the fuzzer: the same seed gives the
// same corpus and the same fuzz cases on every machine, so a figure or a failure can be reproduced.

export interface Random {
  /** A float in [0, 1). */
  next(this: void): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A new array with `count` distinct items (fewer if there are not enough). */
  sample<T>(items: readonly T[], count: number): T[];
  /** A child generator whose stream depends only on this one's seed and `label`. */
  fork(label: string | number): Random;
}

function hash(text: string): number {
  let h = 2166136261;
  for (let index = 0; index < text.length; index++) h = Math.imul(h ^ text.charCodeAt(index), 16777619);
  return h >>> 0;
}

export function createRandom(seed: number | string): Random {
  const initial = typeof seed === 'number' ? seed >>> 0 : hash(seed);
  let state = initial;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)];
    },
    sample: (items, count) => {
      const pool = [...items];
      const chosen = [];
      while (chosen.length < count && pool.length > 0) chosen.push(...pool.splice(Math.floor(next() * pool.length), 1));
      return chosen;
    },
    fork: (label) => createRandom(hash(`${initial}:${label}`)),
  };
  return random;
}

/**
 * Runs `action` with Math.random drawn from `random`, for libraries with no seed parameter (eslump), so their
 * output is reproducible too.
 */
export function withSeededMathRandom<T>(random: Random, action: () => T): T {
  const original = Math.random;
  Math.random = random.next;
  try {
    return action();
  } finally {
    Math.random = original;
  }
}
