// The untyped rules under oxlint's JS plugins: the real oxlint, loading the built CommonJS plugin, must find exactly
// what ESLint finds (rule, file, line, column) in examples/ and in every rule doc's ❌ examples.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { createCliConfig } from '../src/cli/config.js';

const repoRoot = path.join(__dirname, '..');
const oxlintBin = path.join(repoRoot, 'node_modules/.bin/oxlint');
const builtPlugin = path.join(repoRoot, 'dist/src/index.js');

// oxlint has no parser services: rules that need them cannot run there (the -type-checked configs hold them).
const untypedRuleIds = Object.entries(rules)
  .filter(([, { meta }]) => meta.docs?.requiresTypeChecking !== true)
  .map(([id]) => id);

let tempDir: string;
let configFile: string;

/** "ml-debt/no-unseeded-random src/a.js 3:7" for each finding, sorted. */
type Finding = string;

interface OxlintReport {
  diagnostics: { code: string; filename: string; message: string; labels: { span: { line: number; column: number } }[] }[];
}

function oxlint(cwd: string, targets: string[]): Finding[] {
  const result = spawnSync(oxlintBin, ['--config', configFile, '--format', 'json', ...targets], { cwd, encoding: 'utf8' });
  if (result.error) throw result.error;
  const report = JSON.parse(result.stdout) as OxlintReport;
  const errors = report.diagnostics.filter(({ code }) => !/^ml-debt\(/u.test(code ?? ''));
  // A rule that throws shows as a diagnostic without our code ("Error running JS plugin."), which must not happen.
  expect(errors.map(({ message }) => message)).toEqual([]);
  return report.diagnostics
    .map(({ code, filename, labels }) => {
      const rule = code.replace(/^ml-debt\((.*)\)$/u, 'ml-debt/$1');
      return `${rule} ${filename.split(path.sep).join('/')} ${labels[0].span.line}:${labels[0].span.column}`;
    })
    .sort();
}

async function eslint(cwd: string, targets: string[]): Promise<Finding[]> {
  const instance = new ESLint({
    cwd,
    overrideConfigFile: true,
    // The command's `all` config without types: every untyped rule, JS and TS parsed as oxlint parses them.
    overrideConfig: createCliConfig({ config: 'all', typeAware: false, tsconfigRootDir: cwd, rules: [] }),
  });
  const results = await instance.lintFiles(targets);
  return results
    .flatMap(({ filePath, messages }) =>
      messages.map(
        ({ ruleId, line, column }) => `${ruleId} ${path.relative(cwd, filePath).split(path.sep).join('/')} ${line}:${column}`,
      ),
    )
    .sort();
}

beforeAll(() => {
  tempDir = mkdtempSync(path.join(os.tmpdir(), 'ml-debt-oxlint-'));
  configFile = path.join(tempDir, '.oxlintrc.json');
  writeFileSync(
    configFile,
    JSON.stringify({
      // The built plugin by path; users write the package name, "eslint-plugin-ml-debt" (README).
      jsPlugins: [builtPlugin],
      // Only this plugin's rules, so the comparison with ESLint is about them alone.
      plugins: [],
      categories: { correctness: 'off' },
      rules: Object.fromEntries(untypedRuleIds.map((id) => [`ml-debt/${id}`, 'error'])),
    }),
  );
});

afterAll(() => {
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});

describe('oxlint', () => {
  it('runs a version with JS plugins', () => {
    expect(spawnSync(oxlintBin, ['--version'], { encoding: 'utf8' }).stdout).toMatch(/\d+\.\d+\.\d+/u);
  });

  it('finds exactly what ESLint finds in examples/', async () => {
    const fromEslint = await eslint(repoRoot, ['examples']);
    expect(fromEslint.length).toBeGreaterThan(0);
    expect(oxlint(repoRoot, ['examples'])).toEqual(fromEslint);
  });

  it("finds exactly what ESLint finds in every untyped rule's ❌ doc examples", async () => {
    // Each block becomes its own file, named after the rule and position, under a directory that is no test folder.
    const dir = path.join(tempDir, 'doc-examples');
    mkdirSync(dir);
    let blocks = 0;
    for (const id of untypedRuleIds) {
      const lines = readFileSync(path.join(repoRoot, 'docs/rules', `${id}.md`), 'utf8').split('\n');
      let incorrect = false;
      for (let index = 0; index < lines.length; index++) {
        const line = lines[index];
        if (/^#{2,3} /u.test(line)) incorrect = line.startsWith('### ❌');
        const fence = /^```(js|ts|jsx|tsx)$/u.exec(line);
        if (!fence) continue;
        const end = lines.indexOf('```', index + 1);
        if (incorrect) {
          writeFileSync(path.join(dir, `${id}-${index + 1}.${fence[1]}`), lines.slice(index + 1, end).join('\n'));
          blocks++;
        }
        index = end;
      }
    }
    expect(readdirSync(dir)).toHaveLength(blocks);
    const fromEslint = await eslint(dir, ['.']);
    // Every rule reports somewhere, so the comparison covers each one.
    expect(new Set(fromEslint.map((finding) => finding.split(' ')[0]))).toEqual(
      new Set(untypedRuleIds.map((id) => `ml-debt/${id}`)),
    );
    expect(oxlint(dir, ['.'])).toEqual(fromEslint);
  });
});
