// The packed-install proof: the tarball npm would publish, installed into a fresh project, works from ESM, CJS and bin.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sarifSchemaErrors } from './sarif-schema.js';

const repoRoot = path.join(__dirname, '..');
const { devDependencies } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>;
};
const rule = 'ml-debt/no-unseeded-random';
const unseeded = "import * as tf from '@tensorflow/tfjs';\nconst x = tf.randomNormal([2, 2]);\n";
const seeded = "import * as tf from '@tensorflow/tfjs';\nconst x = tf.randomNormal([2, 2], 0, 1, 'float32', 42);\n";

let tempDir: string;
let projectDir: string;
let packedFiles: string[];
let tarball: string;

function write(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
}

/** Runs a binary the project installed, never a global one. */
function installedBin(name: string, args: string[], cwd: string) {
  const { status, stdout, stderr } = spawnSync(path.join(projectDir, 'node_modules/.bin', name), args, {
    cwd,
    encoding: 'utf8',
  });
  return { status, stdout, stderr };
}

beforeAll(() => {
  tempDir = mkdtempSync(path.join(os.tmpdir(), 'ml-debt-package-'));
  // Packs what `files` in package.json selects from the dist/ the test command has just built; without scripts,
  // since `prepare` would rebuild dist/ under the CLI tests running beside this one.
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tempDir], {
      cwd: repoRoot,
      encoding: 'utf8',
    }),
  ) as { filename: string; files: { path: string }[] }[];
  tarball = path.join(tempDir, packed.filename);
  packedFiles = packed.files.map((file) => file.path);

  projectDir = path.join(tempDir, 'project');
  mkdirSync(projectDir);
  write(projectDir, {
    'package.json': JSON.stringify({ name: 'ml-debt-smoke-test', private: true, type: 'module' }),
    'bad.js': unseeded,
    'clean.js': seeded,
  });
  execFileSync(
    'npm',
    // oxlint at the version this repository tests with, to prove the installed package as an oxlint JS plugin.
    ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, 'eslint@10', `oxlint@${devDependencies.oxlint}`],
    { cwd: projectDir, encoding: 'utf8', stdio: 'pipe' },
  );
}, 300_000);

afterAll(() => {
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});

describe('the installed plugin', () => {
  it('works from an ESM eslint.config.js', () => {
    write(projectDir, {
      'eslint.config.js': "import mlDebt from 'eslint-plugin-ml-debt';\nexport default [mlDebt.configs.recommended];\n",
    });
    const bad = installedBin('eslint', ['bad.js'], projectDir);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain(rule);
    expect(installedBin('eslint', ['clean.js'], projectDir)).toMatchObject({ status: 0, stdout: '' });
  });

  it('works from a CommonJS eslint.config.cjs', () => {
    write(projectDir, {
      'eslint.config.cjs':
        "const mlDebt = require('eslint-plugin-ml-debt');\nmodule.exports = [mlDebt.configs.recommended];\n",
    });
    const bad = installedBin('eslint', ['--config', 'eslint.config.cjs', 'bad.js'], projectDir);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain(rule);
    expect(installedBin('eslint', ['--config', 'eslint.config.cjs', 'clean.js'], projectDir)).toMatchObject({
      status: 0,
      stdout: '',
    });
  });
});

describe('the installed plugin with ESLint 9', () => {
  let eslint9Dir: string;

  beforeAll(() => {
    eslint9Dir = path.join(tempDir, 'eslint9');
    mkdirSync(eslint9Dir);
    write(eslint9Dir, {
      'package.json': JSON.stringify({ name: 'ml-debt-eslint9-test', private: true, type: 'module' }),
      'eslint.config.js': "import mlDebt from 'eslint-plugin-ml-debt';\nexport default [mlDebt.configs.recommended];\n",
      'bad.js': unseeded,
      'clean.js': seeded,
    });
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, 'eslint@9'], {
      cwd: eslint9Dir,
      stdio: 'pipe',
    });
  }, 300_000);

  it('reports the violation and passes clean code', () => {
    const run = (file: string) =>
      spawnSync(path.join(eslint9Dir, 'node_modules/.bin/eslint'), [file], { cwd: eslint9Dir, encoding: 'utf8' });
    const version = spawnSync(path.join(eslint9Dir, 'node_modules/.bin/eslint'), ['--version'], { encoding: 'utf8' });
    expect(version.stdout).toMatch(/^v9\./u);
    const bad = run('bad.js');
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain(rule);
    expect(run('clean.js')).toMatchObject({ status: 0, stdout: '' });
  });
});

describe('the installed ml-debt command', () => {
  let bareDir: string;

  beforeAll(() => {
    // Outside the project, so no eslint.config file exists anywhere above the files it lints.
    bareDir = path.join(tempDir, 'bare');
    mkdirSync(bareDir);
  });

  it('reports a violation with exit 1 without any eslint config file', () => {
    write(bareDir, { 'bad.js': unseeded });
    const result = installedBin('ml-debt', [], bareDir);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(rule);
    expect(result.stderr).toBe('');
    rmSync(path.join(bareDir, 'bad.js'));
  });

  it('exits 0 on clean code', () => {
    write(bareDir, { 'clean.js': seeded });
    expect(installedBin('ml-debt', ['clean.js'], bareDir)).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it.each([
    ['stylish', (stdout: string) => expect(stdout).toMatch(/2:11\s+error .* ml-debt\/no-unseeded-random/u)],
    ['json', (stdout: string) => expect(JSON.parse(stdout)).toEqual([expect.objectContaining({ errorCount: 1 })])],
    [
      'sarif',
      (stdout: string) => {
        const log = JSON.parse(stdout) as { runs: { results: { ruleId: string }[] }[] };
        expect(sarifSchemaErrors(log)).toEqual([]);
        expect(log.runs[0].results.map(({ ruleId }) => ruleId)).toEqual([rule]);
      },
    ],
    ['github', (stdout: string) => expect(stdout).toMatch(/^::error file=bad\.js,line=2,col=11,.*title=ml-debt\/no-unseeded-random::/u)],
  ])('prints --format %s for a violation (exit 1) and for clean code (exit 0)', (format, check) => {
    write(bareDir, { 'bad.js': unseeded, 'clean.js': seeded });
    try {
      const bad = installedBin('ml-debt', ['--format', format, 'bad.js'], bareDir);
      expect(bad.status).toBe(1);
      expect(bad.stderr).toBe('');
      check(bad.stdout);
      const clean = installedBin('ml-debt', ['--format', format, 'clean.js'], bareDir);
      expect(clean.status).toBe(0);
      expect(clean.stderr).toBe('');
      if (format === 'sarif') expect(sarifSchemaErrors(JSON.parse(clean.stdout))).toEqual([]);
      if (format === 'stylish' || format === 'github') expect(clean.stdout).toBe('');
    } finally {
      rmSync(path.join(bareDir, 'bad.js'));
      rmSync(path.join(bareDir, 'clean.js'));
    }
  });

  it('lints the staged content with --staged', () => {
    const repo = path.join(tempDir, 'staged');
    mkdirSync(repo);
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });
    git('init', '-q');
    write(repo, { 'train.js': unseeded });
    git('add', 'train.js');
    write(repo, { 'train.js': seeded });
    const result = installedBin('ml-debt', ['--staged'], repo);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(rule);
    expect(installedBin('ml-debt', ['--staged', '--changed', 'HEAD'], repo).status).toBe(2);
  });

  it('exits 2 with one line for a usage error', () => {
    const result = installedBin('ml-debt', ['--format', 'xml'], bareDir);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^ml-debt: [^\n]+\n$/u);
  });

  it('reports the version of the package it belongs to', () => {
    const { version } = createRequire(__filename)(path.join(repoRoot, 'package.json')) as { version: string };
    expect(installedBin('ml-debt', ['--version'], bareDir).stdout).toBe(`${version}\n`);
  });
});

describe('the installed plugin under oxlint', () => {
  it('loads by package name from .oxlintrc.json and reports as ml-debt(<rule>)', () => {
    write(projectDir, {
      '.oxlintrc.json': JSON.stringify({
        jsPlugins: ['eslint-plugin-ml-debt'],
        plugins: [],
        categories: { correctness: 'off' },
        rules: { [rule]: 'error' },
      }),
    });
    const bad = installedBin('oxlint', ['--format', 'unix', 'bad.js'], projectDir);
    expect(bad.stdout).toMatch(/bad\.js:2:11: .*\[Error\/ml-debt\(no-unseeded-random\)\]/u);
    expect(bad.status).toBe(1);
    expect(installedBin('oxlint', ['clean.js'], projectDir).status).toBe(0);
  });
});

describe('the tarball', () => {
  it('holds the entry point, the command, the rules and their docs', () => {
    expect(packedFiles).toEqual(
      expect.arrayContaining([
        'package.json',
        'dist/src/index.js',
        'dist/src/index.d.ts',
        'dist/src/cli/bin.js',
        'dist/rules/no-unseeded-random.js',
        'docs/rules/no-unseeded-random.md',
      ]),
    );
  });

  it('has a doc for every rule', () => {
    const plugin = createRequire(__filename)(path.join(repoRoot, 'dist/src/index.js')) as {
      rules: Record<string, unknown>;
    };
    const docs = Object.keys(plugin.rules).map((name) => `docs/rules/${name}.md`);
    expect(packedFiles).toEqual(expect.arrayContaining(docs));
  });

  it('leaves out tests, sources and build info', () => {
    expect(packedFiles.filter((file) => /(^|\/)test\/|\.tsbuildinfo$|(?<!\.d)\.ts$/.test(file))).toEqual([]);
  });
});
