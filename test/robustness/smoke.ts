// `npm run smoke [-- dir]`: lints every .js .mjs .cjs .ts .tsx file under a directory (default: this project's
// node_modules) with every untyped rule, once as is and once fixing a scratch copy in the OS temp folder. Rule
// crashes and fixes or suggestions whose output does not parse are failures; files over 1 MB are skipped and counted.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as tsParser from '@typescript-eslint/parser';
import { ESLint, Linter } from 'eslint';
import plugin from '../../src/index.js';
import { packageRoot } from '../../src/package-info.js';
import { untypedRuleIds } from './fuzz.js';

const MAX_BYTES = 1024 * 1024;
const extensions = /\.(?:js|mjs|cjs|ts|tsx)$/u;
const namespace = 'ml-debt';
const rules = Object.fromEntries(untypedRuleIds(plugin).map((id) => [`${namespace}/${id}`, 'error' as const]));

type SourceType = 'module' | 'script' | 'commonjs';

function configFor(sourceType: SourceType): Linter.Config[] {
  return [
    {
      files: ['**/*.{js,mjs,cjs,ts,tsx}'],
      plugins: { [namespace]: plugin as never },
      languageOptions: { sourceType },
      linterOptions: { reportUnusedDisableDirectives: 'off' },
      // Every file counts as ML code and none as a test, so each rule takes every path it has.
      settings: { 'ml-debt': { mlFiles: ['**'], testFiles: [] } },
      rules,
    },
    { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
    { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tsParser } },
    { files: ['**/*.tsx'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
  ];
}

/** ESLint instances over `root`, one per source type: .js files are tried as modules, then scripts, then CommonJS. */
function linters(root: string, fix: boolean): Record<SourceType, ESLint> {
  // No ignores (node_modules is ignored by default) and no inline config (packages name rules we do not load).
  const options = { cwd: root, overrideConfigFile: true as const, ignore: false, allowInlineConfig: false, fix };
  const instance = (sourceType: SourceType) => new ESLint({ ...options, overrideConfig: configFor(sourceType) });
  return { module: instance('module'), script: instance('script'), commonjs: instance('commonjs') };
}

interface Found {
  readonly files: string[];
  readonly tooLarge: number;
}

function findFiles(root: string): Found {
  const files: string[] = [];
  let tooLarge = 0;
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !extensions.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (statSync(file).size > MAX_BYTES) tooLarge++;
    else files.push(path.relative(root, file));
  }
  return { files: files.sort(), tooLarge };
}

interface Failure {
  readonly file: string;
  readonly kind: 'crash' | 'fix does not parse' | 'suggestion does not parse';
  readonly detail: string;
}

const isFatal = (result: ESLint.LintResult): boolean => result.messages.some((message) => message.fatal);
const firstLines = (text: string, count = 4): string => text.split('\n').slice(0, count).join('\n');

async function lintFile(instances: Record<SourceType, ESLint>, root: string, file: string): Promise<ESLint.LintResult | Error> {
  const text = readFileSync(path.join(root, file), 'utf8');
  try {
    const [result] = await instances.module.lintText(text, { filePath: path.join(root, file) });
    if (!isFatal(result) || !file.endsWith('.js')) return result;
    for (const sourceType of ['script', 'commonjs'] as const) {
      const [retry] = await instances[sourceType].lintText(text, { filePath: path.join(root, file) });
      if (!isFatal(retry)) return retry;
    }
    return result;
  } catch (error) {
    return error as Error;
  }
}

function progress(label: string, done: number, total: number, started: number): void {
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(`  ${label}: ${done}/${total} files, ${(done / seconds).toFixed(0)} files/s\n`);
}

async function main(): Promise<void> {
  const root = path.resolve(process.argv[2] ?? path.join(packageRoot, 'node_modules'));
  const found = findFiles(root);
  console.log(`smoke: ${found.files.length} files under ${root} (${found.tooLarge} over 1 MB skipped); rules: ${Object.keys(rules).join(', ')}`);
  const failures: Failure[] = [];
  const parser = new Linter({ cwd: root });
  const parses = (file: string, code: string): string | undefined => {
    let error: string | undefined;
    for (const sourceType of ['module', 'script', 'commonjs'] as const) {
      const config = configFor(sourceType).map((entry) => ({ ...entry, rules: {} }));
      error = parser.verify(code, config, path.join(root, file)).find((message) => message.fatal)?.message;
      if (error === undefined) return undefined;
    }
    return error;
  };

  // Pass 1: lint as is.
  const plain = linters(root, false);
  const parsed = new Set<string>();
  const unparsable: string[] = [];
  let reported = 0;
  let fixable = 0;
  let suggestions = 0;
  let started = performance.now();
  for (const [index, file] of found.files.entries()) {
    const result = await lintFile(plain, root, file);
    if (result instanceof Error) {
      failures.push({ file, kind: 'crash', detail: firstLines(result.stack ?? result.message) });
    } else if (isFatal(result)) {
      unparsable.push(`${file}: ${result.messages.find((message) => message.fatal)?.message}`);
    } else {
      parsed.add(file);
      const ours = result.messages.filter((message) => message.ruleId?.startsWith(`${namespace}/`));
      reported += ours.length;
      fixable += ours.filter((message) => message.fix).length;
      for (const message of ours) {
        for (const suggestion of message.suggestions ?? []) {
          suggestions++;
          const text = readFileSync(path.join(root, file), 'utf8');
          const output = text.slice(0, suggestion.fix.range[0]) + suggestion.fix.text + text.slice(suggestion.fix.range[1]);
          const error = parses(file, output);
          if (error) failures.push({ file, kind: 'suggestion does not parse', detail: `${message.ruleId} "${suggestion.desc}": ${error}` });
        }
      }
    }
    if ((index + 1) % 1000 === 0) progress('lint', index + 1, found.files.length, started);
  }
  const lintSeconds = (performance.now() - started) / 1000;
  console.log(
    `lint: ${found.files.length} files in ${lintSeconds.toFixed(1)} s (${(found.files.length / lintSeconds).toFixed(0)} files/s): ` +
      `${unparsable.length} did not parse and were skipped, ${reported} reports (${fixable} fixable, ${suggestions} suggestions checked), ` +
      `${failures.filter((failure) => failure.kind === 'crash').length} crashes`,
  );

  for (const line of unparsable.slice(0, 10)) console.log(`  did not parse: ${line}`);

  // Pass 2: fix a scratch copy of every file that parsed, then check what was written.
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'ml-debt-smoke-'));
  try {
    for (const file of parsed) {
      mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true });
      copyFileSync(path.join(root, file), path.join(scratch, file));
    }
    const fixing = linters(scratch, true);
    let fixed = 0;
    started = performance.now();
    let done = 0;
    for (const file of parsed) {
      const result = await lintFile(fixing, scratch, file);
      if (result instanceof Error) {
        failures.push({ file, kind: 'crash', detail: `while fixing: ${firstLines(result.stack ?? result.message)}` });
      } else if (result.output !== undefined) {
        fixed++;
        writeFileSync(path.join(scratch, file), result.output);
        const error = parses(file, readFileSync(path.join(scratch, file), 'utf8'));
        if (error) failures.push({ file, kind: 'fix does not parse', detail: error });
      }
      if (++done % 1000 === 0) progress('fix', done, parsed.size, started);
    }
    const fixSeconds = (performance.now() - started) / 1000;
    console.log(
      `fix: ${parsed.size} files in ${fixSeconds.toFixed(1)} s (${(parsed.size / fixSeconds).toFixed(0)} files/s) in a scratch copy: ` +
        `${fixed} files changed, ${failures.filter((failure) => failure.kind === 'fix does not parse').length} fix outputs that do not parse`,
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  const crashes = failures.filter((failure) => failure.kind === 'crash').length;
  console.log(`smoke: ${crashes} crashes, ${failures.length - crashes} fix or suggestion outputs that do not parse`);
  for (const failure of failures) console.log(`  ${failure.kind}: ${failure.file}\n    ${failure.detail.replaceAll('\n', '\n    ')}`);
  if (failures.length > 0) process.exitCode = 1;
}

void main();
