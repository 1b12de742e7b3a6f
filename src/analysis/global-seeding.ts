// Does this module seed Math.random for the whole run (seedrandom's global mode, or a seeding module of the user's)?
import type { TSESLint } from '@typescript-eslint/utils';
import { findEntropySource } from './entropy.js';
import { getLibraryReferences } from './library-references.js';
import { getImportedSpecifiers, specifierNamesModule } from './module-imports.js';
import { getMlDebtSettings } from './settings.js';
import { findOption, resolveStaticValue } from './static-values.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

const cache = new WeakMap<object, boolean>();

export function seedsMathRandomGlobally(context: Context): boolean {
  const { sourceCode } = context;
  const cached = cache.get(sourceCode.ast);
  if (cached !== undefined) return cached;
  const { seedModules } = getMlDebtSettings(context);
  // Comparing every import with the seed modules is only worth it when there are seed modules.
  let seeds =
    seedModules.length > 0 &&
    [...getImportedSpecifiers(sourceCode)].some((specifier) =>
      seedModules.some((entry) => specifierNamesModule(specifier, entry, context)),
    );
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
