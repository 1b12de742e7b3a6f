// What a file is: ML code (rules that would be noise elsewhere, such as Math.random, only speak there), a test, or the
// feature schema module.
import path from 'node:path';
import picomatch from 'picomatch';
import type { TSESLint } from '@typescript-eslint/utils';
import type { LibraryRole } from '../catalog/index.js';
import { librariesInFile } from './file-libraries.js';
import { getImportedSpecifiers } from './module-imports.js';
import { getMlDebtSettings } from './settings.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

// Libraries that train models or prepare their data; an inference server's or LLM app's Math.random is usually an id.
export const trainingRoles: ReadonlySet<LibraryRole> = new Set(['training', 'data']);

/** Training and data libraries plus inference runtimes: where model inputs are assembled, in training and serving. */
export const modelRoles: ReadonlySet<LibraryRole> = new Set(['training', 'data', 'inference']);

// picomatch's own matcher re-formats the path and loops over the globs on every call; one regular expression per
// glob, tested directly, gives the same answer (picomatch.test: exact glob or regex match) in a fraction of the time.
// Keyed by the list itself: settings are parsed once per settings object, so each list is one array for the whole run.
const matcherCache = new WeakMap<readonly string[], readonly RegExp[]>();

/** Whether a path (relative, forward slashes) matches one of the globs; matchers are compiled once per glob list. */
export function matchesAny(globs: readonly string[], file: string): boolean {
  let regexes = matcherCache.get(globs);
  if (!regexes) {
    regexes = globs.map((glob) => picomatch.makeRe(glob, { dot: true }));
    matcherCache.set(globs, regexes);
  }
  return globs.some((glob, index) => file === glob || regexes[index].test(file));
}

/** The file's path relative to the working directory, with forward slashes, for matching settings globs. */
export function relativeFilename(context: Context): string {
  const { cwd } = context;
  // A relative file name (RuleTester's `file.ts`) is relative to the working directory ESLint was given, not the process's.
  const filename = path.isAbsolute(context.filename) ? context.filename : path.resolve(cwd, context.filename);
  // path.relative resolves both paths every call; a file under the working directory only needs its prefix cut.
  const relative =
    filename.startsWith(cwd) && filename[cwd.length] === path.sep ? filename.slice(cwd.length + 1) : path.relative(cwd, filename);
  return path.sep === '/' ? relative : relative.split(path.sep).join('/');
}

/**
 * A module that imports (or, on a script-tag page, uses the global of) a library of one of `roles` (by default those
 * that train models or prepare their data), imports a module listed in settings['ml-debt'].mlModules, or matches
 * settings['ml-debt'].mlFiles.
 */
export function isMlModule(context: Context, roles: ReadonlySet<LibraryRole> = trainingRoles): boolean {
  const settings = getMlDebtSettings(context);
  if (settings.mlFiles.length > 0 && matchesAny(settings.mlFiles, relativeFilename(context))) return true;
  for (const library of librariesInFile(context.sourceCode)) if (roles.has(library.role)) return true;
  return settings.mlModules.length > 0 && [...getImportedSpecifiers(context.sourceCode)].some((specifier) => settings.mlModules.includes(specifier));
}

/** The feature schema module (settings['ml-debt'].featureSchemaFiles): the one place feature lists belong. */
export function isFeatureSchemaFile(context: Context): boolean {
  return matchesAny(getMlDebtSettings(context).featureSchemaFiles, relativeFilename(context));
}

const testFileCache = new WeakMap<object, { readonly globs: readonly string[]; readonly isTest: boolean }>();

/** A test file (settings['ml-debt'].testFiles), where random inputs, inline fixtures and quick fits are expected. */
export function isTestFile(context: Context): boolean {
  const globs = getMlDebtSettings(context).testFiles;
  // Every rule asks once per file: answer the later ones from the first.
  const cached = testFileCache.get(context.sourceCode.ast);
  if (cached?.globs === globs) return cached.isTest;
  const isTest = matchesAny(globs, relativeFilename(context));
  testFileCache.set(context.sourceCode.ast, { globs, isTest });
  return isTest;
}
