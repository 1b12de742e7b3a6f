// Does this module seed Math.random for the whole run (seedrandom's global mode, or a seeding module of the user's)?
import path from 'node:path';
import type { TSESLint } from '@typescript-eslint/utils';
import { findEntropySource } from './entropy.js';
import { getLibraryReferences } from './library-references.js';
import { getImportedSpecifiers } from './module-imports.js';
import { getMlDebtSettings } from './settings.js';
import { findOption, resolveStaticValue } from './static-values.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

const withoutExtension = (file: string): string => file.replace(/(\/index)?\.[cm]?[jt]sx?$/u, '');

/** Whether an import specifier in `filename` names one of the user's seed modules (a package or a path). */
function isSeedModule(specifier: string, filename: string, cwd: string, seedModules: readonly string[]): boolean {
  if (seedModules.includes(specifier)) return true;
  if (!specifier.startsWith('.')) return false;
  const imported = withoutExtension(path.resolve(path.dirname(filename), specifier));
  return seedModules.some((entry) => withoutExtension(path.resolve(cwd, entry)) === imported);
}

const cache = new WeakMap<object, boolean>();

export function seedsMathRandomGlobally(context: Context): boolean {
  const { sourceCode } = context;
  const cached = cache.get(sourceCode.ast);
  if (cached !== undefined) return cached;
  const { seedModules } = getMlDebtSettings(context);
  // Resolving every relative import against the file is only worth it when there are seed modules to compare with.
  let seeds =
    seedModules.length > 0 &&
    [...getImportedSpecifiers(sourceCode)].some((specifier) => isSeedModule(specifier, context.filename, context.cwd, seedModules));
  for (const { node, api } of getLibraryReferences(sourceCode)) {
    if (seeds) break;
    const fact = api.seedsMathRandomGlobally;
    if (!fact || (node.type !== 'CallExpression' && node.type !== 'NewExpression')) continue;
    const scope = sourceCode.getScope(node);
    const seedArg = api.randomness?.generator?.seedArg ?? 0;
    const seed = node.arguments[seedArg];
    if (!seed || findEntropySource(seed, sourceCode, scope)) continue;
    if (fact.option) {
      const option = findOption(node.arguments[seedArg + 1], fact.option, scope);
      if (option.state === 'absent') continue;
      // An option we cannot evaluate gets the benefit of the doubt.
      if (option.state === 'present' && resolveStaticValue(option.value, scope)?.value === false) continue;
    }
    seeds = true;
  }
  cache.set(sourceCode.ast, seeds);
  return seeds;
}
