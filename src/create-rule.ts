// The rule factory: every rule's docs URL points at its doc in this repository, and every rule checks
// settings['ml-debt'] before it runs, so a wrong setting fails on the first file whatever the file contains.
import { ESLintUtils } from '@typescript-eslint/utils';
import { applyDefault } from '@typescript-eslint/utils/eslint-utils';
import type { RuleWithMetaAndName } from '@typescript-eslint/utils/eslint-utils';
import { getMlDebtSettings } from './analysis/settings.js';

export interface MlDebtRuleDocs {
  description: string;
  /** The strictest config that enables the rule: 'recommended' ⊂ 'strict' ⊂ all. */
  recommended?: 'recommended' | 'strict';
  requiresTypeChecking?: boolean;
}

export const repositoryUrl = 'https://github.com/ml-debt/eslint-plugin-ml-debt';

const ruleCreator = ESLintUtils.RuleCreator<MlDebtRuleDocs>((name) => `${repositoryUrl}/blob/main/docs/rules/${name}.md`);

export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: Readonly<RuleWithMetaAndName<Options, MessageIds, MlDebtRuleDocs>>,
) {
  const created = ruleCreator<Options, MessageIds>(rule);
  const defaults = (rule.meta.defaultOptions ?? []) as Options;
  // RuleCreator's create runs applyDefault, which structuredClones the defaults for every file and rule (about 50 µs,
  // more than a whole rule on a typical file). Merging once per distinct options array keeps the same result.
  const merged = new Map<string, Options>();
  return {
    ...created,
    create(context: Parameters<typeof created.create>[0]) {
      getMlDebtSettings(context);
      let options = defaults;
      if (defaults.length > 0 || context.options.length > 0) {
        const key = JSON.stringify(context.options);
        options = merged.get(key) ?? (applyDefault(defaults, context.options) as Options);
        merged.set(key, options);
      }
      return rule.create(context, options);
    },
  };
}
