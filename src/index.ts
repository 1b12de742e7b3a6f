// The ESLint plugin object: meta, rules and flat configs. `import mlDebt from 'eslint-plugin-ml-debt'` and
// `require('eslint-plugin-ml-debt')` both receive it.
import type { TSESLint } from '@typescript-eslint/utils';
import { rules } from '../rules/index.js';
import { configRules } from './configs.js';
import type { ConfigName } from './configs.js';
import { name, version } from './package-info.js';

type Plugin = Omit<TSESLint.FlatConfig.Plugin, 'configs'> & {
  meta: { name: string; version: string; namespace: string };
  rules: typeof rules;
  configs: Record<ConfigName, TSESLint.FlatConfig.Config>;
};

const plugin: Plugin = {
  meta: { name, version, namespace: 'ml-debt' },
  rules,
  configs: {} as Plugin['configs'],
};

for (const [configName, ruleEntries] of Object.entries(configRules) as [ConfigName, TSESLint.FlatConfig.Rules][]) {
  plugin.configs[configName] = { name: `ml-debt/${configName}`, plugins: { 'ml-debt': plugin }, rules: ruleEntries };
}

export = plugin;
