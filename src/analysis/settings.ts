// Reads and checks settings['ml-debt'], failing with a message that names the key instead of a stack trace.
import type { TSESLint } from '@typescript-eslint/utils';

export interface MlDebtSettings {
  /** Globs (relative to the working directory) of files that count as ML modules whatever they import. */
  readonly mlFiles: readonly string[];
  /** Extra module specifiers whose import makes a module an ML module (your own ML packages). */
  readonly mlModules: readonly string[];
  /** Modules that seed Math.random for the whole process; importing one makes a module's training reproducible. */
  readonly seedModules: readonly string[];
  /** Globs of the feature schema module(s): the one place where feature lists belong. */
  readonly featureSchemaFiles: readonly string[];
  /** Globs of test files, where inline feature lists and training without validation data are expected. */
  readonly testFiles: readonly string[];
  /** Functions (`predictChurn`, or `modelService.predict` as written) that feed their arguments to a model. */
  readonly modelInputSinks: readonly string[];
  /** Functions (`validateRequest`, or `schemas.check` as written) that validate their first argument or throw. */
  readonly inputValidators: readonly string[];
}

const scriptExtensions = '{ts,tsx,mts,cts,js,jsx,mjs,cjs}';

/** The default feature schema modules: features.ts, *.schema.ts, anything under a schema/ folder. */
export const defaultFeatureSchemaFiles: readonly string[] = [
  `**/features.${scriptExtensions}`,
  `**/*.schema.${scriptExtensions}`,
  '**/schema/**',
  '**/schemas/**',
];

/** The default test files: *.test.*, *.spec.*, *_test.*, *_spec.*, and files under test/, tests/ or __tests__/. */
export const defaultTestFiles: readonly string[] = [
  `**/*.{test,spec}.${scriptExtensions}`,
  `**/*_{test,spec}.${scriptExtensions}`,
  '**/{test,tests,__tests__}/**',
];

const defaults: MlDebtSettings = {
  mlFiles: [],
  mlModules: [],
  seedModules: [],
  featureSchemaFiles: defaultFeatureSchemaFiles,
  testFiles: defaultTestFiles,
  modelInputSinks: [],
  inputValidators: [],
};

const keys: Record<keyof MlDebtSettings, string> = {
  mlFiles: 'an array of glob strings',
  mlModules: 'an array of module specifiers',
  seedModules: 'an array of module specifiers or paths',
  featureSchemaFiles: 'an array of glob strings',
  testFiles: 'an array of glob strings',
  modelInputSinks: 'an array of function names',
  inputValidators: 'an array of function names',
};

/** A user's configuration mistake: ESLint prints `stack`, so it is the one-line message, not a trace. */
export class MlDebtSettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MlDebtSettingsError';
    // V8 gives each error an own `stack`; replace it so ESLint prints the message (plus the file and rule it
    // appends to `message`) instead of a trace.
    Object.defineProperty(this, 'stack', { get: () => `${this.name}: ${this.message}`, configurable: true });
  }
}

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'string' ? `"${value}"` : typeof value;

function parseSettings(raw: unknown): MlDebtSettings {
  if (raw === undefined) return defaults;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new MlDebtSettingsError(`settings['ml-debt'] must be an object; got ${describe(raw)}.`);
  }
  const parsed: Record<string, readonly string[]> = { ...defaults };
  for (const [key, value] of Object.entries(raw)) {
    if (!Object.hasOwn(keys, key)) {
      throw new MlDebtSettingsError(
        `settings['ml-debt'].${key} is not a known setting; the settings are: ${Object.keys(keys).join(', ')}.`,
      );
    }
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || item === '')) {
      throw new MlDebtSettingsError(
        `settings['ml-debt'].${key} must be ${keys[key as keyof MlDebtSettings]}; got ${describe(value)}.`,
      );
    }
    parsed[key] = value as string[];
  }
  return parsed as unknown as MlDebtSettings;
}

const cache = new WeakMap<object, MlDebtSettings>();

export function getMlDebtSettings(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): MlDebtSettings {
  const raw: unknown = context.settings['ml-debt'];
  if (typeof raw !== 'object' || raw === null) return parseSettings(raw);
  let settings = cache.get(raw);
  if (!settings) {
    settings = parseSettings(raw);
    cache.set(raw, settings);
  }
  return settings;
}
