// What a file is: ML code (rules that would be noise elsewhere, such as Math.random, only speak there), a test, or the
// feature schema module.
import path from 'node:path';
import picomatch from 'picomatch';
import type { TSESLint } from '@typescript-eslint/utils';
import type { LibraryRole } from '../catalog/index.js';
import { getLibraryReferences } from './library-references.js';
import { getImportedSpecifiers, libraryOfSpecifier } from './module-imports.js';
import { getMlDebtSettings } from './settings.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

// Libraries that train models or prepare their data; an inference server's or LLM app's Math.random is usually an id.
export const trainingRoles: ReadonlySet<LibraryRole> = new Set(['training', 'data']);

/** Training and data libraries plus inference runtimes: where model inputs are assembled, in training and serving. */
export const modelRoles: ReadonlySet<LibraryRole> = new Set(['training', 'data', 'inference']);

const matcherCache = new Map<string, (file: string) => boolean>();

/** Whether a path (relative, forward slashes) matches one of the globs; matchers are compiled once per glob list. */
export function matchesAny(globs: readonly string[], file: string): boolean {
  const key = globs.join('\0');
  let matcher = matcherCache.get(key);
  if (!matcher) {
    matcher = picomatch(globs as string[], { dot: true });
    matcherCache.set(key, matcher);
  }
  return matcher(file);
}

/** The file's path relative to the working directory, with forward slashes, for matching settings globs. */
export function relativeFilename(context: Context): string {
  // A relative file name (RuleTester's `file.ts`) is relative to the working directory ESLint was given, not the process's.
  return path.relative(context.cwd, path.resolve(context.cwd, context.filename)).split(path.sep).join('/');
}

/**
 * A module that imports (or, on a script-tag page, uses the global of) a library of one of `roles` (by default those
 * that train models or prepare their data), imports a module listed in settings['ml-debt'].mlModules, or matches
 * settings['ml-debt'].mlFiles.
 */
export function isMlModule(context: Context, roles: ReadonlySet<LibraryRole> = trainingRoles): boolean {
  const settings = getMlDebtSettings(context);
  if (settings.mlFiles.length > 0 && matchesAny(settings.mlFiles, relativeFilename(context))) return true;
  for (const specifier of getImportedSpecifiers(context.sourceCode)) {
    const library = libraryOfSpecifier(specifier);
    if (library && roles.has(library.role)) return true;
    if (settings.mlModules.includes(specifier)) return true;
  }
  return getLibraryReferences(context.sourceCode).some(({ library }) => roles.has(library.role));
}


/** The feature schema module (settings['ml-debt'].featureSchemaFiles): the one place feature lists belong. */
export function isFeatureSchemaFile(context: Context): boolean {
  return matchesAny(getMlDebtSettings(context).featureSchemaFiles, relativeFilename(context));
}

/** A test file (settings['ml-debt'].testFiles), where random inputs, inline fixtures and quick fits are expected. */
export function isTestFile(context: Context): boolean {
  return matchesAny(getMlDebtSettings(context).testFiles, relativeFilename(context));
}
