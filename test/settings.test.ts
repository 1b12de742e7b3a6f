// A wrong settings['ml-debt'] value stops the lint with one line naming the key, not a stack trace.
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';

function lintWith(settings: unknown): () => void {
  return () =>
    new Linter().verify(
      "import * as tf from '@tensorflow/tfjs';\ntf.randomNormal([2]);",
      [{ plugins: { 'ml-debt': plugin as never }, settings: { 'ml-debt': settings }, rules: { 'ml-debt/no-unseeded-random': 'error' } }],
      'train.js',
    );
}

function thrownBy(action: () => void): Error {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the lint to fail');
}

describe("settings['ml-debt']", () => {
  it.each([
    ['a string instead of an object', 'src/seed.ts', "settings['ml-debt'] must be an object; got \"src/seed.ts\"."],
    ['an array instead of an object', ['x'], "settings['ml-debt'] must be an object; got an array."],
    ['an unknown key', { seedModule: ['x'] }, "settings['ml-debt'].seedModule is not a known setting; the settings are: mlFiles, mlModules, seedModules, testFiles."],
    ['a string where a list belongs', { seedModules: 'src/seed.ts' }, "settings['ml-debt'].seedModules must be an array of module specifiers or paths; got \"src/seed.ts\"."],
    ['a list with a non-string', { mlFiles: ['ok/**', 3] }, "settings['ml-debt'].mlFiles must be an array of glob strings; got an array."],
    ['an empty string', { mlModules: [''] }, "settings['ml-debt'].mlModules must be an array of module specifiers; got an array."],
  ])('rejects %s with a message naming the key', (_case, settings, message) => {
    const error = thrownBy(lintWith(settings));
    expect(error.name).toBe('MlDebtSettingsError');
    // ESLint prefixes "Error while loading rule 'ml-debt/…': "; the rest is ours, on one line.
    expect(error.message.split('\n')[0]).toMatch(/^Error while loading rule 'ml-debt\/no-unseeded-random': /u);
    expect(error.message.split('\n')[0]).toContain(message);
    // ESLint prints `stack` for errors without a message template: it must not be a trace.
    expect(error.stack).not.toMatch(/\n\s+at /u);
    expect(error.stack).toContain(message);
  });

  // Every rule, typed or not, checks the settings before it looks at the code or at type information.
  it.each(Object.keys(plugin.rules))('%s stops on a wrong setting with the same one-line error', (id) => {
    const error = thrownBy(() =>
      new Linter().verify(
        'const x = 1;',
        [{ plugins: { 'ml-debt': plugin as never }, settings: { 'ml-debt': { seedModules: 42 } }, rules: { [`ml-debt/${id}`]: 'error' } }],
        'src/train.js',
      ),
    );
    expect(error.name).toBe('MlDebtSettingsError');
    expect(error.message.split('\n')[0]).toBe(
      `Error while loading rule 'ml-debt/${id}': settings['ml-debt'].seedModules must be an array of module specifiers or paths; got number.`,
    );
    expect(error.stack).not.toMatch(/\n\s+at /u);
  });

  it('accepts valid settings and no settings at all', () => {
    expect(lintWith({ mlFiles: ['**/*.ml.ts'], mlModules: ['@acme/ml'], seedModules: ['src/seed.ts'] })).not.toThrow();
    expect(lintWith(undefined)).not.toThrow();
  });
});
