// The rule factory: every rule's docs URL points at its doc in this repository, and every rule checks
// settings['ml-debt'] before it runs, so a wrong setting fails on the first file whatever the file contains.
import { ESLintUtils } from '@typescript-eslint/utils';
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
  return ruleCreator<Options, MessageIds>({
    ...rule,
    create(context, options) {
      getMlDebtSettings(context);
      return rule.create(context, options);
    },
  });
}
