// Every rule doc explains itself and its examples are true: each ❌ block is reported by the rule, each ✅ block is not.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import plugin from '../src/index.js';

interface Example {
  readonly kind: 'incorrect' | 'correct';
  readonly language: string;
  readonly code: string;
  readonly line: number;
}

/** Code blocks under `### ❌ Incorrect` and `### ✅ Correct`, until the next heading of level 2 or 3. */
function examplesOf(markdown: string): Example[] {
  const examples: Example[] = [];
  let kind: Example['kind'] | undefined;
  const lines = markdown.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (/^#{2,3} /u.test(line)) kind = line.startsWith('### ❌') ? 'incorrect' : line.startsWith('### ✅') ? 'correct' : undefined;
    const fence = /^```(\w+)/u.exec(line);
    if (!fence) continue;
    const end = lines.indexOf('```', index + 1);
    if (kind && ['js', 'ts', 'jsx', 'tsx'].includes(fence[1])) {
      examples.push({ kind, language: fence[1], code: lines.slice(index + 1, end).join('\n'), line: index + 1 });
    }
    index = end;
  }
  return examples;
}

const linter = new Linter();

function lint(id: string, example: Example): Linter.LintMessage[] {
  const typescript = example.language.startsWith('ts');
  return linter.verify(
    example.code,
    [
      {
        // A pattern ending in `*` alone does not make a .ts file lintable ("No matching configuration found").
        files: ['**/*.{js,jsx,ts,tsx}'],
        plugins: { 'ml-debt': plugin as never },
        // JavaScript examples go through espree, so the untyped path (no parser services) is what they prove.
        languageOptions: { sourceType: 'module', ...(typescript ? { parser: tsParser } : {}) },
        rules: { [`ml-debt/${id}`]: 'error' },
      },
    ],
    `example.${example.language}`,
  );
}

/** A block's file name: the one its first line names (`// server.ts`), or one made from its position. */
function fileNameOf(example: Example): string {
  return /^\/\/ ([\w.-]+\.[jt]sx?)\b/u.exec(example.code)?.[1] ?? `example-${example.line}.${example.language}`;
}

/**
 * Rules that need type information see each section's blocks as the modules of one program (so a cross-file rule can
 * compare them): ❌ blocks in one temporary project, ✅ blocks in another.
 */
function lintTyped(id: string, examples: readonly Example[]): Map<Example, Linter.LintMessage[]> {
  const results = new Map<Example, Linter.LintMessage[]>();
  for (const kind of ['incorrect', 'correct'] as const) {
    const dir = mkdtempSync(path.join(os.tmpdir(), `ml-debt-docs-${kind}-`));
    mkdirSync(dir, { recursive: true });
    const section = examples.filter((example) => example.kind === kind);
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { allowJs: true, noEmit: true, module: 'nodenext', target: 'ES2022', types: [] }, include: ['*'] }),
    );
    for (const example of section) writeFileSync(path.join(dir, fileNameOf(example)), example.code);
    const typedLinter = new Linter({ cwd: dir });
    for (const example of section) {
      const messages = typedLinter.verify(
        example.code,
        [
          {
            // A pattern ending in `*` alone does not make a .ts file lintable.
            files: ['**/*.{js,jsx,ts,tsx}'],
            plugins: { 'ml-debt': plugin as never },
            languageOptions: { sourceType: 'module', parser: tsParser, parserOptions: { project: path.join(dir, 'tsconfig.json'), tsconfigRootDir: dir } },
            rules: { [`ml-debt/${id}`]: 'error' },
          },
        ],
        path.join(dir, fileNameOf(example)),
      );
      results.set(example, messages);
    }
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

describe.each(Object.keys(rules))('docs/rules/%s.md', (id) => {
  const markdown = readFileSync(path.join(__dirname, '..', 'docs', 'rules', `${id}.md`), 'utf8');
  const examples = examplesOf(markdown);
  const typed = rules[id as keyof typeof rules].meta.docs?.requiresTypeChecking === true;
  let typedResults: Map<Example, Linter.LintMessage[]> | undefined;

  it('has the sections a reader needs', () => {
    for (const heading of ['## Why this matters for ML', '## Examples', '### ❌ Incorrect', '### ✅ Correct', '## When not to use it']) {
      expect(markdown).toContain(`\n${heading}\n`);
    }
    expect(examples.some((example) => example.kind === 'incorrect')).toBe(true);
    expect(examples.some((example) => example.kind === 'correct')).toBe(true);
  });

  it.each(examples.map((example) => [`${example.kind} example at line ${example.line}`, example] as const))(
    '%s',
    (_title, example) => {
      typedResults ??= typed ? lintTyped(id, examples) : undefined;
      const messages = typedResults?.get(example) ?? lint(id, example);
      // Parse errors and "no matching configuration" warnings would make an example prove nothing.
      expect(messages.filter((message) => message.fatal || message.ruleId === null)).toEqual([]);
      const reported = messages.filter((message) => message.ruleId === `ml-debt/${id}`);
      if (example.kind === 'incorrect') expect(reported.length).toBeGreaterThan(0);
      else expect(reported).toEqual([]);
    },
  );
});
