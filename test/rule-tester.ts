// RuleTesters for rule tests: untyped (no parser services, like oxlint and plain ESLint) and typed (a real
// TypeScript program over test/fixtures, resolving the real @tensorflow/tfjs type definitions).
import path from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';

export const fixturesDir = path.join(__dirname, 'fixtures');

export function createRuleTester(): RuleTester {
  return new RuleTester();
}

export function createTypedRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: fixturesDir } },
    // The fixture lives under test/, which the default testFiles patterns exempt; typed cases are not tests.
    settings: { 'ml-debt': { testFiles: ['**/*.test.*'] } },
  });
}
