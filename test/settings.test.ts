// A wrong settings['ml-debt'] value stops the lint with one line naming the key, not a stack trace.
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { defaultFeatureSchemaFiles, defaultTestFiles, getMlDebtSettings } from '../src/analysis/settings.js';
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
    [
      'an unknown key',
      { seedModule: ['x'] },
      "settings['ml-debt'].seedModule is not a known setting; the settings are: mlFiles, mlModules, seedModules, artifactLoaders, allowedModelIds, floatingModelIds, featureSchemaFiles, testFiles, modelInputSinks, inputValidators, errorReporters.",
    ],
    ['a string where a list belongs', { seedModules: 'src/seed.ts' }, "settings['ml-debt'].seedModules must be an array of module specifiers or paths; got \"src/seed.ts\"."],
    ['a list with a non-string', { mlFiles: ['ok/**', 3] }, "settings['ml-debt'].mlFiles must be an array of glob strings; got an array."],
    ['an empty string', { mlModules: [''] }, "settings['ml-debt'].mlModules must be an array of module specifiers; got an array."],
    [
      'a loader without a name',
      { artifactLoaders: [{ module: '@acme/models' }] },
      "settings['ml-debt'].artifactLoaders must be an array of { module, name, argIndex?, action?: 'load' | 'save' } objects; got an array.",
    ],
    [
      'a loader with a negative argIndex',
      { artifactLoaders: [{ module: '@acme/models', name: 'load', argIndex: -1 }] },
      "settings['ml-debt'].artifactLoaders must be an array of { module, name, argIndex?, action?: 'load' | 'save' } objects; got an array.",
    ],
    [
      'a loader with an unknown action',
      { artifactLoaders: [{ module: '@acme/models', name: 'load', action: 'read' }] },
      "settings['ml-debt'].artifactLoaders must be an array of { module, name, argIndex?, action?: 'load' | 'save' } objects; got an array.",
    ],
    [
      'a loader with an unknown key',
      { artifactLoaders: [{ module: '@acme/models', name: 'load', path: 0 }] },
      "settings['ml-debt'].artifactLoaders must be an array of { module, name, argIndex?, action?: 'load' | 'save' } objects; got an array.",
    ],
    ['a loader object instead of a list', { artifactLoaders: { module: 'x', name: 'y' } }, "settings['ml-debt'].artifactLoaders must be an array of { module, name, argIndex?, action?: 'load' | 'save' } objects; got object."],
    ['model ids as a string', { allowedModelIds: 'gpt-4o' }, "settings['ml-debt'].allowedModelIds must be an array of model ids; got \"gpt-4o\"."],
    ['a non-string floating id', { floatingModelIds: [4] }, "settings['ml-debt'].floatingModelIds must be an array of model ids; got an array."],
    ['a glob string for featureSchemaFiles', { featureSchemaFiles: 'src/features.ts' }, "settings['ml-debt'].featureSchemaFiles must be an array of glob strings; got \"src/features.ts\"."],
    ['an object for testFiles', { testFiles: { glob: 'x' } }, "settings['ml-debt'].testFiles must be an array of glob strings; got object."],
    ['a number in modelInputSinks', { modelInputSinks: [1] }, "settings['ml-debt'].modelInputSinks must be an array of function names; got an array."],
    ['null for inputValidators', { inputValidators: null }, "settings['ml-debt'].inputValidators must be an array of function names; got null."],
    ['a string for errorReporters', { errorReporters: 'Sentry.captureException' }, "settings['ml-debt'].errorReporters must be an array of function names; got \"Sentry.captureException\"."],
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
    expect(
      lintWith({
        artifactLoaders: [{ module: 'src/models.ts', name: 'ModelStore.load' }, { module: '@acme/ml', name: 'save', argIndex: 1, action: 'save' }],
        allowedModelIds: ['gpt-4o'],
        floatingModelIds: ['acme-chat'],
        featureSchemaFiles: ['src/feature-schema.ts'],
        testFiles: ['e2e/**'],
        modelInputSinks: ['runModel', 'inference.predict'],
        inputValidators: ['validateRequest'],
        errorReporters: ['Sentry.captureException'],
      }),
    ).not.toThrow();
    expect(lintWith(undefined)).not.toThrow();
  });

  it('defaults the feature schema and test file globs, and replaces them when set', () => {
    const settingsOf = (raw: unknown) => getMlDebtSettings({ settings: { 'ml-debt': raw } } as never);
    expect(settingsOf(undefined)).toMatchObject({ featureSchemaFiles: defaultFeatureSchemaFiles, testFiles: defaultTestFiles });
    expect(settingsOf({ featureSchemaFiles: ['lib/cols.ts'] }).featureSchemaFiles).toEqual(['lib/cols.ts']);
    expect(settingsOf({ featureSchemaFiles: ['lib/cols.ts'] }).testFiles).toEqual(defaultTestFiles);
  });
});
