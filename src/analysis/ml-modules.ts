// What kind of file is this? ML code (where Math.random and lodash.shuffle matter), or a test (where random inputs
// and throwaway training runs are deliberate).
import path from 'node:path';
import picomatch from 'picomatch';
import type { TSESLint } from '@typescript-eslint/utils';
import type { LibraryRole } from '../catalog/index.js';
import { getLibraryReferences } from './library-references.js';
import { getImportedSpecifiers, libraryOfSpecifier } from './module-imports.js';
import { getMlDebtSettings } from './settings.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

// Libraries that train models or prepare their data; an inference server's or LLM app's Math.random is usually an id.
const mlRoles: ReadonlySet<LibraryRole> = new Set(['training', 'data']);

const matcherCache = new Map<string, (file: string) => boolean>();

function matchesAny(globs: readonly string[], file: string): boolean {
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
  return path.relative(context.cwd, context.filename).split(path.sep).join('/');
}

/**
 * A module that imports (or, on a script-tag page, uses the global of) a library that trains models or prepares
 * their data, imports a module listed in settings['ml-debt'].mlModules, or matches settings['ml-debt'].mlFiles.
 */
export function isMlModule(context: Context): boolean {
  const settings = getMlDebtSettings(context);
  if (settings.mlFiles.length > 0 && matchesAny(settings.mlFiles, relativeFilename(context))) return true;
  for (const specifier of getImportedSpecifiers(context.sourceCode)) {
    const library = libraryOfSpecifier(specifier);
    if (library && mlRoles.has(library.role)) return true;
    if (settings.mlModules.includes(specifier)) return true;
  }
  return getLibraryReferences(context.sourceCode).some(({ library }) => mlRoles.has(library.role));
}

/** A test file, by settings['ml-debt'].testFiles (default: *.test.*, *.spec.*, *_test.*, __tests__/, test/, tests/). */
export function isTestFile(context: Context): boolean {
  return matchesAny(getMlDebtSettings(context).testFiles, relativeFilename(context));
}
