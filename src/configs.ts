// The shared configs, derived from each rule's meta.docs so a rule is never listed twice.
import type { TSESLint } from '@typescript-eslint/utils';
import { rules } from '../rules/index.js';

type RuleEntries = Record<string, TSESLint.SharedConfig.RuleEntry>;
type RuleName = keyof typeof rules;

const ruleNames = Object.keys(rules) as RuleName[];
const docsOf = (name: RuleName) => rules[name].meta.docs ?? { description: '' };
const typed = (name: RuleName): boolean => docsOf(name).requiresTypeChecking === true;

function entries(select: (name: RuleName) => boolean, severity: TSESLint.SharedConfig.RuleLevel): RuleEntries {
  return Object.fromEntries(ruleNames.filter(select).map((name) => [`ml-debt/${name}`, severity]));
}

const inRecommended = (name: RuleName): boolean => docsOf(name).recommended === 'recommended';
const inStrict = (name: RuleName): boolean => docsOf(name).recommended !== undefined;

/** Rule settings of each config, without the plugin object (src/index.ts adds it). */
export const configRules = {
  recommended: entries((name) => inRecommended(name) && !typed(name), 'error'),
  'recommended-type-checked': entries(inRecommended, 'error'),
  strict: entries((name) => inStrict(name) && !typed(name), 'error'),
  'strict-type-checked': entries(inStrict, 'error'),
  all: entries(() => true, 'error'),
  'disable-type-checked': entries(typed, 'off'),
} satisfies Record<string, RuleEntries>;

export type ConfigName = keyof typeof configRules;
