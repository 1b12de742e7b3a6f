// Reads and checks settings['ml-debt'], failing with a message that names the key instead of a stack trace.
import type { TSESLint } from '@typescript-eslint/utils';

export interface MlDebtSettings {
  /** Globs (relative to the working directory) of files that count as ML modules whatever they import. */
  readonly mlFiles: readonly string[];
  /** Extra module specifiers whose import makes a module an ML module (your own ML packages). */
  readonly mlModules: readonly string[];
  /** Modules that seed Math.random for the whole process; importing one makes a module's training reproducible. */
  readonly seedModules: readonly string[];
  /** Globs of test files, where random inputs and throwaway training runs are deliberate. */
  readonly testFiles: readonly string[];
}

const defaults: MlDebtSettings = {
  mlFiles: [],
  mlModules: [],
  seedModules: [],
  testFiles: ['**/*.{test,spec}.*', '**/*_{test,spec}.*', '**/__tests__/**', '**/test/**', '**/tests/**'],
};

const keys: Record<keyof MlDebtSettings, string> = {
  mlFiles: 'an array of glob strings',
  mlModules: 'an array of module specifiers',
  seedModules: 'an array of module specifiers or paths',
  testFiles: 'an array of glob strings',
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
