// The flat config the ml-debt command lints with in place of an eslint.config file: the recommended rules on JS and TS.
import type { Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import plugin from '../index.js';

const javascriptFiles = ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.jsx'];
const typescriptFiles = ['**/*.ts', '**/*.mts', '**/*.cts', '**/*.tsx'];

// Generated, vendored and minified code is not where anyone can fix ML debt, and linting it is slow.
const ignoredFiles = [
  '**/node_modules/**',
  '**/dist/**',
  '**/build/**',
  '**/coverage/**',
  '**/*.min.js',
  '**/*.bundle.js',
];

/**
 * One config object per concern, so options of the command can add, swap or narrow objects without rewriting
 * the others.
 */
export function createCliConfig(): Linter.Config[] {
  return [
    { name: 'ml-debt/cli/ignores', ignores: ignoredFiles },
    {
      name: 'ml-debt/cli/linter-options',
      // Only this plugin's rules run, so a directive aimed at any other rule always looks unused.
      linterOptions: { reportUnusedDisableDirectives: 'off' },
    },
    // Syntax only: type information needs a tsconfig per project, which a zero-config command cannot guess.
    { name: 'ml-debt/cli/typescript', files: typescriptFiles, languageOptions: { parser: tsParser } },
    // ESLint's defaults make .cjs CommonJS; .cts is its TypeScript twin.
    { name: 'ml-debt/cli/commonjs-typescript', files: ['**/*.cts'], languageOptions: { sourceType: 'commonjs' } },
    {
      name: 'ml-debt/cli/jsx',
      files: ['**/*.jsx', '**/*.tsx'],
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    // typescript-eslint's config type lacks the index signature ESLint's has; the object itself is a flat config.
    { ...(plugin.configs.recommended as Linter.Config), files: [...javascriptFiles, ...typescriptFiles] },
  ];
}
