// Every rule doc explains itself and its examples are true: each ❌ block is reported by the rule, each ✅ block is not.
import { readFileSync } from 'node:fs';
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
        // A universal pattern alone does not make ESLint lint .ts files: name the extensions.
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

describe.each(Object.keys(rules))('docs/rules/%s.md', (id) => {
  const markdown = readFileSync(path.join(__dirname, '..', 'docs', 'rules', `${id}.md`), 'utf8');
  const examples = examplesOf(markdown);

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
      const messages = lint(id, example);
      // Parse errors and "no matching configuration" warnings would make an example prove nothing.
      expect(messages.filter((message) => message.fatal || message.ruleId === null)).toEqual([]);
      const reported = messages.filter((message) => message.ruleId === `ml-debt/${id}`);
      if (example.kind === 'incorrect') expect(reported.length).toBeGreaterThan(0);
      else expect(reported).toEqual([]);
    },
  );
});
