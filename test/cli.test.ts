// The ml-debt command, run as users run it (the built bin in a fresh directory) and in-process for failures.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../src/cli/run.js';
import plugin from '../src/index.js';

const repoRoot = path.join(__dirname, '..');
const bin = path.join(repoRoot, 'dist/src/cli/bin.js');
const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };

const unseeded = "import * as tf from '@tensorflow/tfjs';\nconst x = tf.randomNormal([2, 2]);\n";
const seeded = "import * as tf from '@tensorflow/tfjs';\nconst x = tf.randomNormal([2, 2], 0, 1, 'float32', 42);\n";
const rule = 'ml-debt/no-unseeded-random';

const tempDirs: string[] = [];

/** A fresh directory outside the repository, so no eslint.config or node_modules of ours is above it. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ml-debt-cli-'));
  tempDirs.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

interface Outcome {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Asynchronous, so the spawning tests can run concurrently: each run pays for loading ESLint and the TS parser. */
function mlDebt(cwd: string, ...args: string[]): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** A usage error or failure: exit 2 and exactly one `ml-debt: …` line, no stack trace. */
function expectOneLineFailure(result: Outcome): void {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^ml-debt: [^\n]+\n$/);
  expect(result.stderr).not.toContain('    at ');
}

beforeAll(() => {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run \`npx tsc -p tsconfig.json\` before these tests.`);
});

afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe.concurrent('linting', () => {
  it('reports an unseeded random op with exit 1 and names the rule', async () => {
    const dir = project({ 'train.js': unseeded });
    const result = await mlDebt(dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('train.js');
    expect(result.stdout).toContain(rule);
    expect(result.stdout).toMatch(/2:11\s+error/);
    expect(result.stderr).toBe('');
  });

  it('exits 0 without output on clean code', async () => {
    const dir = project({ 'train.js': seeded });
    expect(await mlDebt(dir)).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('exits 0 on a directory without any JavaScript or TypeScript', async () => {
    const dir = project({ 'README.md': '# nothing to lint\n' });
    expect((await mlDebt(dir)).status).toBe(0);
  });

  it('parses TypeScript syntax in .ts, .mts, .cts and .tsx files, and JSX in .jsx files', async () => {
    const dir = project({
      'src/model.ts': `import * as tf from '@tensorflow/tfjs';
interface Options { units: number }
const options: Options = { units: 2 };
export const x: tf.Tensor = tf.randomNormal([options.units, 2]) as tf.Tensor;
`,
      'src/esm.mts': `import * as tf from '@tensorflow/tfjs';\nexport const y = <tf.Tensor>tf.randomNormal([2]);\n`,
      'src/cjs.cts': `const tf = require('@tensorflow/tfjs');\nexport const z: unknown = tf.randomUniform([2]);\n`,
      'src/View.tsx': `import * as tf from '@tensorflow/tfjs';\nexport const View = (): JSX.Element => <p>{String(tf.randomNormal([2]))}</p>;\n`,
      'src/View.jsx': `import * as tf from '@tensorflow/tfjs';\nexport const View = () => <p>{String(tf.randomNormal([2]))}</p>;\n`,
    });
    const result = await mlDebt(dir, '--format', 'json');
    const results = JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string | null }[] }[];
    const byFile = Object.fromEntries(
      results.map(({ filePath, messages }) => [path.basename(filePath), messages.map(({ ruleId }) => ruleId)]),
    );
    expect(byFile).toEqual({
      'model.ts': [rule],
      'esm.mts': [rule],
      'cjs.cts': [rule],
      'View.tsx': [rule],
      'View.jsx': [rule],
    });
    expect(result.status).toBe(1);
  });

  it('reports a syntax error as a fatal error with exit 1', async () => {
    const dir = project({ 'broken.ts': 'const = ;\n' });
    const result = await mlDebt(dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Parsing error');
  });

  it('lints only the paths given', async () => {
    const dir = project({ 'a/train.js': unseeded, 'b/train.js': seeded });
    expect((await mlDebt(dir, 'b')).status).toBe(0);
    expect((await mlDebt(dir, 'b/train.js')).status).toBe(0);
    expect((await mlDebt(dir, 'b', 'a/train.js')).status).toBe(1);
  });

  it('skips dependencies, build output, coverage and minified bundles', async () => {
    const dir = project({
      'src/train.js': seeded,
      'node_modules/lib/index.js': unseeded,
      'packages/app/node_modules/lib/index.js': unseeded,
      'dist/train.js': unseeded,
      'build/train.js': unseeded,
      'coverage/train.js': unseeded,
      'vendor/tf.min.js': unseeded,
      'public/app.bundle.js': unseeded,
    });
    expect(await mlDebt(dir)).toEqual({ status: 0, stdout: '', stderr: '' });
    // A pre-commit hook passes ignored files by name; they are skipped without a warning.
    expect(await mlDebt(dir, 'dist/train.js', 'vendor/tf.min.js')).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it("ignores directives and inline configs aimed at other plugins' rules", async () => {
    const dir = project({
      'train.ts': `/* eslint-disable @typescript-eslint/no-explicit-any */
/* eslint semi: "error", react/jsx-key: "error" */
// eslint-disable-next-line no-console
console.log(1 as any)
${seeded}`,
    });
    expect(await mlDebt(dir)).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('honours eslint-disable comments for its own rules', async () => {
    const dir = project({ 'train.js': unseeded.replace('const x', `// eslint-disable-next-line ${rule}\nconst x`) });
    expect(await mlDebt(dir)).toEqual({ status: 0, stdout: '', stderr: '' });
  });
});

describe.concurrent('--format', () => {
  it('json prints the results as JSON', async () => {
    const dir = project({ 'train.js': unseeded, 'clean.js': seeded });
    const result = await mlDebt(dir, '--format', 'json');
    expect(result.status).toBe(1);
    const results = JSON.parse(result.stdout) as { filePath: string; errorCount: number; messages: object[] }[];
    const train = results.find(({ filePath }) => filePath === path.join(dir, 'train.js'));
    expect(train?.errorCount).toBe(1);
    expect(train?.messages).toEqual([
      expect.objectContaining({ ruleId: rule, severity: 2, line: 2, column: 11, messageId: 'missingSeed' }),
    ]);
    expect(results.find(({ filePath }) => filePath.endsWith('clean.js'))?.messages).toEqual([]);
  });

  it('json prints an empty array for clean code', async () => {
    const dir = project({ 'train.js': seeded });
    const result = await mlDebt(dir, '--format=json');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([expect.objectContaining({ errorCount: 0, messages: [] })]);
  });

  it('rejects an unknown format', async () => {
    const result = await mlDebt(project({}), '--format', 'xml');
    expectOneLineFailure(result);
    expect(result.stderr).toContain('--format');
  });
});

describe.concurrent('--max-warnings', () => {
  // The recommended config reports errors only; an inline config is the one way to get a warning from the command.
  const warningOnly = `/* eslint ${rule}: "warn" */\n${unseeded}`;

  it('passes warnings by default and up to the maximum', async () => {
    const dir = project({ 'train.js': warningOnly });
    const byDefault = await mlDebt(dir);
    expect(byDefault.status).toBe(0);
    expect(byDefault.stdout).toMatch(/warning .* ml-debt\/no-unseeded-random/);
    expect((await mlDebt(dir, '--max-warnings', '1')).status).toBe(0);
  });

  it('exits 1 when the warnings exceed the maximum', async () => {
    const result = await mlDebt(project({ 'train.js': warningOnly }), '--max-warnings', '0');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('ml-debt: 1 warnings, more than the maximum of 0.\n');
  });

  it('does not excuse errors', async () => {
    expect((await mlDebt(project({ 'train.js': unseeded }), '--max-warnings', '10')).status).toBe(1);
  });

  it.each([['x'], ['-1'], ['1.5'], ['']])('rejects %j', async (value) => {
    const result = await mlDebt(project({}), `--max-warnings=${value}`);
    expectOneLineFailure(result);
    expect(result.stderr).toContain('--max-warnings');
  });

  it('needs a value', async () => {
    expectOneLineFailure(await mlDebt(project({}), '--max-warnings'));
  });
});

describe.concurrent('--fix', () => {
  it('lints and leaves a file without fixable problems as it was', async () => {
    const dir = project({ 'train.js': unseeded, 'clean.js': seeded });
    const result = await mlDebt(dir, '--fix');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(rule);
    expect(readFileSync(path.join(dir, 'train.js'), 'utf8')).toBe(unseeded);
    expect(await mlDebt(dir, '--fix', 'clean.js')).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it("does not apply fixes of core rules that an inline config turns on", async () => {
    const text = `/* eslint semi: "error" */\n${seeded.replace(/;\n/g, '\n')}`;
    const dir = project({ 'train.js': text });
    expect((await mlDebt(dir, '--fix')).status).toBe(0);
    expect(readFileSync(path.join(dir, 'train.js'), 'utf8')).toBe(text);
  });
});

describe.concurrent('--help and --version', () => {
  it.each([['--help'], ['-h']])('%s prints the usage on stdout', async (flag) => {
    const result = await mlDebt(project({}), flag);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: ml-debt \[options\] \[paths\.\.\.\]/);
    expect(result.stdout).toContain('--max-warnings');
    expect(result.stderr).toBe('');
  });

  it.each([['--version'], ['-v']])('%s prints the package version', async (flag) => {
    expect(await mlDebt(project({}), flag)).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe.concurrent('usage errors', () => {
  it('rejects an unknown flag with one line on stderr', async () => {
    const result = await mlDebt(project({ 'train.js': unseeded }), '--quiet');
    expectOneLineFailure(result);
    expect(result.stderr).toContain("'--quiet'");
  });

  it('rejects a path that does not exist', async () => {
    const result = await mlDebt(project({ 'train.js': unseeded }), 'train.js', 'srcc');
    expectOneLineFailure(result);
    expect(result.stderr).toContain('srcc');
  });

  it('rejects a path outside the working directory, which ESLint would skip without a word', async () => {
    const outside = project({ 'train.js': unseeded });
    const dir = project({});
    for (const file of [outside, path.relative(dir, outside), path.join(outside, 'train.js')]) {
      const result = await mlDebt(dir, file);
      expectOneLineFailure(result);
      expect(result.stderr).toContain('outside the working directory');
    }
  });

  it('rejects a value given to a boolean flag', async () => {
    expectOneLineFailure(await mlDebt(project({}), '--fix=yes'));
  });
});

describe('run() in-process', () => {
  // From the sources: the spies below replace the very rule object that the command's config holds.
  async function runIn(cwd: string, argv: string[]) {
    let stdout = '';
    let stderr = '';
    const exitCode = await run(argv, {
      cwd,
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
    });
    return { exitCode, stdout, stderr };
  }

  it('returns the exit code and writes to the given streams', async () => {
    const dir = project({ 'train.js': unseeded });
    const result = await runIn(dir, []);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(rule);
    expect(await runIn(dir, ['--version'])).toEqual({ exitCode: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('turns a settings error thrown by a rule into one line and exit 2', async () => {
    const dir = project({ 'train.js': unseeded });
    // The command passes no settings, so the rule is handed a context whose settings are wrong, as a config's would be.
    const ruleModule = plugin.rules['no-unseeded-random'];
    const create = ruleModule.create.bind(ruleModule);
    const spy = vi
      .spyOn(ruleModule, 'create')
      .mockImplementation((context) =>
        create(Object.create(context, { settings: { value: { 'ml-debt': 'src/seed.ts' } } }) as typeof context),
      );
    try {
      const result = await runIn(dir, []);
      expect(result.exitCode).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^ml-debt: [^\n]+\n$/);
      expect(result.stderr).toContain(`settings['ml-debt'] must be an object; got "src/seed.ts".`);
      expect(result.stderr).toContain(path.join(dir, 'train.js'));
      expect(result.stderr).toContain(`'${rule}'`);
    } finally {
      spy.mockRestore();
    }
  });

  it('turns an unexpected failure inside a rule into one line and exit 2', async () => {
    const dir = project({ 'train.js': unseeded });
    const spy = vi.spyOn(plugin.rules['no-unseeded-random'], 'create').mockImplementation(() => ({
      Program() {
        throw new TypeError("Cannot read properties of undefined (reading 'type')");
      },
    }));
    try {
      const result = await runIn(dir, []);
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toMatch(/^ml-debt: Cannot read properties of undefined \(reading 'type'\)[^\n]*\n$/);
      expect(result.stderr).toContain(`${path.join(dir, 'train.js')}:1`);
      expect(result.stderr).toContain(rule);
      expect(result.stderr).not.toContain('    at ');
    } finally {
      spy.mockRestore();
    }
  });
});
