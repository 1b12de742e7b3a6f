// The flat config the ml-debt command lints with in place of an eslint.config file: the chosen rules on JS and TS.
import type { Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { rules as pluginRules } from '../../rules/index.js';
import plugin from '../index.js';
import type { EmbeddedConfig, RuleOverride } from './arguments.js';
import { UsageError } from './arguments.js';

const javascriptFiles = ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.jsx'];
const typescriptFiles = ['**/*.ts', '**/*.mts', '**/*.cts', '**/*.tsx'];
const lintedFiles = [...javascriptFiles, ...typescriptFiles];

// Generated, vendored and minified code is not where anyone can fix ML debt, and linting it is slow.
export const ignoredFiles = [
  '**/node_modules/**',
  '**/dist/**',
  '**/build/**',
  '**/coverage/**',
  // Framework build caches.
  '**/.next/**',
  '**/.nuxt/**',
  '**/.svelte-kit/**',
  '**/.output/**',
  '**/.turbo/**',
  '**/.cache/**',
  // ML repositories are often half Python: a virtualenv carries the bundled JS of Jupyter, TensorBoard and friends.
  '**/.venv/**',
  '**/venv/**',
  '**/site-packages/**',
  '**/*.min.{js,mjs,cjs}',
  '**/*.bundle.{js,mjs,cjs}',
  '**/*.chunk.{js,mjs,cjs}',
  // Declarations hold no calls that run, so no rule can report in them; generated ones can be huge.
  '**/*.d.{ts,mts,cts}',
];

export interface CliConfigOptions {
  config: EmbeddedConfig;
  typeAware: boolean;
  /** Where typescript-eslint's project service starts looking for tsconfig files. */
  tsconfigRootDir: string;
  rules: readonly RuleOverride[];
}

type PluginConfigName = keyof typeof plugin.configs;

const isTypeAwareRule = (id: string): boolean =>
  pluginRules[id.slice('ml-debt/'.length) as keyof typeof pluginRules].meta.docs?.requiresTypeChecking === true;

/**
 * Rejects a --rule naming no rule of this plugin, or turning on a rule that needs types without --type-aware (it would
 * fail on every file). With the project's own config (`typeAware` undefined) the project decides the parser.
 */
export function checkRuleOverrides(rules: readonly RuleOverride[], typeAware: boolean | undefined): void {
  for (const { id, severity } of rules) {
    if (!Object.hasOwn(pluginRules, id.slice('ml-debt/'.length))) {
      const known = Object.keys(pluginRules).join(', ');
      throw new UsageError(`--rule names an unknown rule "${id}"; the rules are: ${known}.`);
    }
    if (typeAware === false && severity !== 'off' && isTypeAwareRule(id)) {
      throw new UsageError(`--rule ${id} needs type information: add --type-aware.`);
    }
  }
}

/** The --rule levels as a config object, or nothing when there are none. */
export function ruleOverridesConfig(rules: readonly RuleOverride[]): Linter.Config[] {
  if (rules.length === 0) return [];
  return [{ name: 'ml-debt/cli/rule-overrides', rules: Object.fromEntries(rules.map(({ id, severity }) => [id, severity])) }];
}

// typescript-eslint's config type lacks the index signature ESLint's has; the object itself is a flat config.
const pluginConfig = (name: PluginConfigName, files: string[]): Linter.Config => ({
  ...(plugin.configs[name] as Linter.Config),
  files,
});

function ruleConfigs({ config, typeAware }: CliConfigOptions): Linter.Config[] {
  if (!typeAware) {
    // `all` holds the rules that need types too; without a program they would throw on every file.
    const selected = pluginConfig(config, lintedFiles);
    return config === 'all' ? [selected, pluginConfig('disable-type-checked', lintedFiles)] : [selected];
  }
  const typed: PluginConfigName = config === 'all' ? 'all' : `${config}-type-checked`;
  // JavaScript files are parsed without a program (most ML repositories have no allowJs tsconfig for them).
  return [pluginConfig(typed, lintedFiles), pluginConfig('disable-type-checked', javascriptFiles)];
}

/**
 * One config object per concern, so options of the command add, swap or narrow objects without rewriting the others.
 */
export function createCliConfig(options: CliConfigOptions): Linter.Config[] {
  return [
    { name: 'ml-debt/cli/ignores', ignores: ignoredFiles },
    {
      name: 'ml-debt/cli/linter-options',
      // Only this plugin's rules run, so a directive aimed at any other rule always looks unused.
      linterOptions: { reportUnusedDisableDirectives: 'off' },
    },
    {
      name: 'ml-debt/cli/typescript',
      files: typescriptFiles,
      languageOptions: {
        parser: tsParser,
        // Without --type-aware, syntax only: a zero-config command cannot assume every file is in a tsconfig.
        ...(options.typeAware && {
          parserOptions: { projectService: true, tsconfigRootDir: options.tsconfigRootDir },
        }),
      },
    },
    // ESLint's defaults make .cjs CommonJS; .cts is its TypeScript twin.
    { name: 'ml-debt/cli/commonjs-typescript', files: ['**/*.cts'], languageOptions: { sourceType: 'commonjs' } },
    {
      name: 'ml-debt/cli/jsx',
      files: ['**/*.jsx', '**/*.tsx'],
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    ...ruleConfigs(options),
    ...ruleOverridesConfig(options.rules),
  ];
}
