// The options of the tsconfig plugin entry (rule set, per-rule severities, settings['ml-debt']), checked so that a
// mistake becomes one log line naming the option instead of an exception inside the editor's TypeScript server.
import type { TSESLint } from '@typescript-eslint/utils';
import { getMlDebtSettings } from '../analysis/settings.js';
import plugin from '../index.js';

type RuleEntry = TSESLint.SharedConfig.RuleEntry;

export const ruleSetNames = ['recommended', 'strict', 'all'] as const;
export type RuleSetName = (typeof ruleSetNames)[number];

export interface PluginOptions {
  readonly ruleSet: RuleSetName;
  /** Overrides keyed `ml-debt/<rule>`, applied over the rule set. */
  readonly rules: Readonly<Record<string, RuleEntry>>;
  /** The value of settings['ml-debt'], already validated. */
  readonly settings: Readonly<Record<string, unknown>>;
}

export type ParsedPluginOptions = { ok: true; options: PluginOptions } | { ok: false; error: string };

// tsserver adds `global` when the plugin is loaded as a global plugin (--globalPlugins) rather than from tsconfig.
const optionNames = ['name', 'global', 'ruleSet', 'rules', 'settings'];
const severities: readonly unknown[] = ['off', 'warn', 'error', 0, 1, 2];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const show = (value: unknown): string => JSON.stringify(value) ?? String(value);

function parseRules(raw: unknown): Record<string, RuleEntry> | string {
  if (!isRecord(raw)) return `"rules" must be an object such as { "ml-debt/no-unseeded-random": "warn" }; got ${show(raw)}.`;
  const rules: Record<string, RuleEntry> = {};
  for (const [key, entry] of Object.entries(raw)) {
    const id = key.startsWith('ml-debt/') ? key.slice('ml-debt/'.length) : key;
    if (!Object.hasOwn(plugin.rules, id)) {
      return `"rules" names an unknown rule "${key}"; the rules are: ${Object.keys(plugin.rules).join(', ')}.`;
    }
    const severity: unknown = Array.isArray(entry) ? (entry as unknown[])[0] : entry;
    if (!severities.includes(severity)) {
      return `"rules"."${key}" must be "off", "warn" or "error" (or [severity, options]); got ${show(entry)}.`;
    }
    rules[`ml-debt/${id}`] = entry as RuleEntry;
  }
  return rules;
}

function parseSettings(raw: unknown): Record<string, unknown> | string {
  if (raw === undefined) return {};
  try {
    // The one validator every host shares; it only reads context.settings.
    const context = { settings: { 'ml-debt': raw } } as unknown as Parameters<typeof getMlDebtSettings>[0];
    getMlDebtSettings(context);
  } catch (error) {
    return `"settings" is settings['ml-debt']: ${(error as Error).message}`;
  }
  return raw as Record<string, unknown>;
}

/** Reads the tsconfig plugin entry (`info.config`): `{ name, ruleSet?, rules?, settings? }`. */
export function parsePluginOptions(entry: unknown): ParsedPluginOptions {
  const config = entry ?? {};
  if (!isRecord(config)) return { ok: false, error: `the plugin entry must be an object; got ${show(entry)}.` };
  const unknownOption = Object.keys(config).find((key) => !optionNames.includes(key));
  if (unknownOption !== undefined) {
    return { ok: false, error: `unknown option "${unknownOption}"; the options are: ruleSet, rules, settings.` };
  }
  const ruleSet = config.ruleSet ?? 'recommended';
  if (!ruleSetNames.includes(ruleSet as RuleSetName)) {
    return { ok: false, error: `"ruleSet" must be one of ${ruleSetNames.map((name) => `"${name}"`).join(', ')}; got ${show(ruleSet)}.` };
  }
  const rules = config.rules === undefined ? {} : parseRules(config.rules);
  if (typeof rules === 'string') return { ok: false, error: rules };
  const settings = parseSettings(config.settings);
  if (typeof settings === 'string') return { ok: false, error: settings };
  return { ok: true, options: { ruleSet: ruleSet as RuleSetName, rules, settings } };
}

const typedConfigOf: Record<RuleSetName, keyof typeof plugin.configs> = {
  recommended: 'recommended-type-checked',
  strict: 'strict-type-checked',
  all: 'all',
};

/**
 * The rule entries to run. The editor always has the Program, so a rule set means its type-checked config; without
 * types (`typed: false`) the rules that require them are switched off whatever the overrides say.
 */
export function resolveRules(options: PluginOptions, { typed }: { typed: boolean }): TSESLint.FlatConfig.Rules {
  const rules: TSESLint.FlatConfig.Rules = { ...plugin.configs[typedConfigOf[options.ruleSet]].rules, ...options.rules };
  if (!typed) Object.assign(rules, plugin.configs['disable-type-checked'].rules);
  return rules;
}
