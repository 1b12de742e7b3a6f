// The rule factory: every rule's docs URL points at its doc in this repository.
import { ESLintUtils } from '@typescript-eslint/utils';

export interface MlDebtRuleDocs {
  description: string;
  /** The strictest config that enables the rule: 'recommended' ⊂ 'strict' ⊂ all. */
  recommended?: 'recommended' | 'strict';
  requiresTypeChecking?: boolean;
}

export const repositoryUrl = 'https://github.com/ml-debt/eslint-plugin-ml-debt';

export const createRule = ESLintUtils.RuleCreator<MlDebtRuleDocs>(
  (name) => `${repositoryUrl}/blob/main/docs/rules/${name}.md`,
);
