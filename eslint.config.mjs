// Lints this repository: typescript-eslint's type-checked rules for the code, eslint-plugin-eslint-plugin for rules
// and their tests.
import js from '@eslint/js';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'examples/', 'bench/corpus/', 'test/fixtures/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.mjs'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // `node.type === 'CallExpression'` is type-safe against the AST_NODE_TYPES string enum.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
    },
  },
  { files: ['rules/**/*.ts'], ...eslintPlugin.configs.recommended },
  {
    files: ['test/rules/**/*.ts'],
    ...eslintPlugin.configs.recommended,
    rules: { ...eslintPlugin.configs.recommended.rules, 'eslint-plugin/require-test-error-positions': 'off' },
  },
  {
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
