// Reads and checks settings['ml-debt'], failing with a message that names the key instead of a stack trace.
import type { TSESLint } from '@typescript-eslint/utils';

/** A model loader or saver of the user's own, named by the module that exports it. */
export interface ArtifactLoaderSetting {
  /** A package specifier, or a path relative to the working directory (matched against relative imports). */
  readonly module: string;
  /** The export's property path: 'loadModel', 'ModelStore.load', 'default'. */
  readonly name: string;
  /** The 0-based argument holding the path or URL (default 0). */
  readonly argIndex: number;
  readonly action: 'load' | 'save';
}

export interface MlDebtSettings {
  /** Globs (relative to the working directory) of files that count as ML modules whatever they import. */
  readonly mlFiles: readonly string[];
  /** Extra module specifiers whose import makes a module an ML module (your own ML packages). */
  readonly mlModules: readonly string[];
  /** Modules that seed Math.random for the whole process; importing one makes a module's training reproducible. */
  readonly seedModules: readonly string[];
  /** Your own functions that load or save model artifacts by path or URL, checked like the libraries' loaders. */
  readonly artifactLoaders: readonly ArtifactLoaderSetting[];
  /** LLM model ids never reported as floating (a team that accepts an alias on purpose). */
  readonly allowedModelIds: readonly string[];
  /** LLM model ids that float besides the catalog's (your gateway's aliases). */
  readonly floatingModelIds: readonly string[];
  /** Globs of the feature schema module(s): the one place where feature lists belong. */
  readonly featureSchemaFiles: readonly string[];
  /** Globs of test files, where inline feature lists and training without validation data are expected. */
  readonly testFiles: readonly string[];
  /** Functions (`predictChurn`, or `modelService.predict` as written) that feed their arguments to a model. */
  readonly modelInputSinks: readonly string[];
  /** Functions (`validateRequest`, or `schemas.check` as written) that validate their first argument or throw. */
  readonly inputValidators: readonly string[];
  /** Functions (`Sentry.captureException`, or `metrics.increment` as written) that report an error to monitoring. */
  readonly errorReporters: readonly string[];
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
  artifactLoaders: [],
  allowedModelIds: [],
  floatingModelIds: [],
  featureSchemaFiles: defaultFeatureSchemaFiles,
  testFiles: defaultTestFiles,
  modelInputSinks: [],
  inputValidators: [],
  errorReporters: [],
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

const isNonEmptyString = (value: unknown): value is string => typeof value === 'string' && value !== '';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Parses one key's value, or returns undefined when it is malformed. */
interface KeyParser {
  readonly expected: string;
  readonly parse: (value: unknown) => unknown;
}

const stringList = (expected: string): KeyParser => ({
  expected,
  parse: (value) => (Array.isArray(value) && value.every(isNonEmptyString) ? value : undefined),
});

function parseArtifactLoader(value: unknown): ArtifactLoaderSetting | undefined {
  if (!isPlainObject(value) || !isNonEmptyString(value.module) || !isNonEmptyString(value.name)) return undefined;
  if (Object.keys(value).some((key) => !['module', 'name', 'argIndex', 'action'].includes(key))) return undefined;
  const argIndex = value.argIndex ?? 0;
  const action = value.action ?? 'load';
  if (typeof argIndex !== 'number' || !Number.isInteger(argIndex) || argIndex < 0) return undefined;
  if (action !== 'load' && action !== 'save') return undefined;
  return { module: value.module, name: value.name, argIndex, action };
}

const parsers: Record<keyof MlDebtSettings, KeyParser> = {
  mlFiles: stringList('an array of glob strings'),
  mlModules: stringList('an array of module specifiers'),
  seedModules: stringList('an array of module specifiers or paths'),
  artifactLoaders: {
    expected: "an array of { module, name, argIndex?, action?: 'load' | 'save' } objects",
    parse: (value) => {
      if (!Array.isArray(value)) return undefined;
      const loaders = value.map(parseArtifactLoader);
      return loaders.every((loader) => loader !== undefined) ? loaders : undefined;
    },
  },
  allowedModelIds: stringList('an array of model ids'),
  floatingModelIds: stringList('an array of model ids'),
  featureSchemaFiles: stringList('an array of glob strings'),
  testFiles: stringList('an array of glob strings'),
  modelInputSinks: stringList('an array of function names'),
  inputValidators: stringList('an array of function names'),
  errorReporters: stringList('an array of function names'),
};

function parseSettings(raw: unknown): MlDebtSettings {
  if (raw === undefined) return defaults;
  if (!isPlainObject(raw)) {
    throw new MlDebtSettingsError(`settings['ml-debt'] must be an object; got ${describe(raw)}.`);
  }
  const parsed: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(raw)) {
    if (!Object.hasOwn(parsers, key)) {
      throw new MlDebtSettingsError(
        `settings['ml-debt'].${key} is not a known setting; the settings are: ${Object.keys(parsers).join(', ')}.`,
      );
    }
    const parser = parsers[key as keyof MlDebtSettings];
    const result = parser.parse(value);
    if (result === undefined) {
      throw new MlDebtSettingsError(`settings['ml-debt'].${key} must be ${parser.expected}; got ${describe(value)}.`);
    }
    parsed[key] = result;
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
