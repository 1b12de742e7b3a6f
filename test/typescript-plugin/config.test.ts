// The tsconfig plugin entry's options: accepted forms, one clear message per mistake, and the rules they resolve to.
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import type { PluginOptions } from '../../src/typescript-plugin/config.js';
import { parsePluginOptions, resolveRules } from '../../src/typescript-plugin/config.js';

const name = 'eslint-plugin-ml-debt/typescript-plugin';

function parsed(entry: unknown): PluginOptions {
  const result = parsePluginOptions(entry);
  if (!result.ok) throw new Error(result.error);
  return result.options;
}

const errorOf = (entry: unknown): string | undefined => {
  const result = parsePluginOptions(entry);
  return result.ok ? undefined : result.error;
};

describe('parsePluginOptions', () => {
  it('defaults to the recommended rule set with no overrides or settings', () => {
    expect(parsed({ name })).toEqual({ ruleSet: 'recommended', rules: {}, settings: {} });
    expect(parsed(undefined)).toEqual({ ruleSet: 'recommended', rules: {}, settings: {} });
  });

  it('accepts a rule set, severities with or without the ml-debt/ prefix, [severity, options], and settings', () => {
    expect(
      parsed({
        name,
        ruleSet: 'strict',
        rules: { 'ml-debt/no-unseeded-random': 'warn', 'require-deterministic-training': ['off'] },
        settings: { seedModules: ['src/seed.ts'] },
      }),
    ).toEqual({
      ruleSet: 'strict',
      rules: { 'ml-debt/no-unseeded-random': 'warn', 'ml-debt/require-deterministic-training': ['off'] },
      settings: { seedModules: ['src/seed.ts'] },
    });
  });

  it.each([
    [{ name, config: 'strict' }, 'unknown option "config"; the options are: ruleSet, rules, settings.'],
    [{ name, ruleSet: 'everything' }, '"ruleSet" must be one of "recommended", "strict", "all"; got "everything".'],
    [{ name, rules: ['no-unseeded-random'] }, '"rules" must be an object such as { "ml-debt/no-unseeded-random": "warn" }; got ["no-unseeded-random"].'],
    [
      { name, rules: { 'ml-debt/no-such-rule': 'warn' } },
      `"rules" names an unknown rule "ml-debt/no-such-rule"; the rules are: ${Object.keys(plugin.rules).join(', ')}.`,
    ],
    [
      { name, rules: { 'no-unseeded-random': 'warning' } },
      '"rules"."no-unseeded-random" must be "off", "warn" or "error" (or [severity, options]); got "warning".',
    ],
    [
      { name, settings: { seedModule: ['src/seed.ts'] } },
      `"settings" is settings['ml-debt']: settings['ml-debt'].seedModule is not a known setting; the settings are: mlFiles, mlModules, seedModules, artifactLoaders, allowedModelIds, floatingModelIds, featureSchemaFiles, testFiles, modelInputSinks, inputValidators, errorReporters.`,
    ],
    [{ name, settings: { mlFiles: 'src/**' } }, `"settings" is settings['ml-debt']: settings['ml-debt'].mlFiles must be an array of glob strings; got "src/**".`],
    ['eslint-plugin-ml-debt', 'the plugin entry must be an object; got "eslint-plugin-ml-debt".'],
  ])('rejects %j with one clear message', (entry, message) => {
    expect(errorOf(entry)).toBe(message);
  });
});

describe('resolveRules', () => {
  it("runs each rule set's type-checked config, with the overrides on top", () => {
    const options = parsed({ name, rules: { 'no-unseeded-random': 'warn' } });
    expect(resolveRules(options, { typed: true })).toEqual({
      ...plugin.configs['recommended-type-checked'].rules,
      'ml-debt/no-unseeded-random': 'warn',
    });
    expect(resolveRules(parsed({ name, ruleSet: 'strict' }), { typed: true })).toEqual(plugin.configs['strict-type-checked'].rules);
    expect(resolveRules(parsed({ name, ruleSet: 'all' }), { typed: true })).toEqual(plugin.configs.all.rules);
  });

  it('switches off every rule that needs types when there are none, even one turned on by an override', () => {
    const typedRules = Object.keys(plugin.configs['disable-type-checked'].rules ?? {});
    const overrides = Object.fromEntries(typedRules.map((rule) => [rule, 'error']));
    const rules = resolveRules(parsed({ name, ruleSet: 'all', rules: overrides }), { typed: false });
    for (const rule of typedRules) expect(rules[rule]).toBe('off');
    expect(rules['ml-debt/no-unseeded-random']).toBe('error');
  });
});
