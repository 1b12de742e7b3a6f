// The ml-debt command, run as users run it (the built bin in a fresh directory) and in-process for failures.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { rules } from '../rules/index.js';
import { run } from '../src/cli/run.js';
import plugin from '../src/index.js';
import {
  bin,
  expectOneLineFailure,
  findingsByFile,
  mlDebt,
  project,
  removeProjects,
  repoRoot,
  rule,
  runProcess,
  seeded,
  unseeded,
} from './cli-helpers.js';
import { sarifSchemaErrors } from './sarif-schema.js';

const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
const ruleIds = Object.keys(plugin.rules).map((id) => `ml-debt/${id}`);
const typeAwareRuleIds = Object.entries(rules)
  .filter(([, { meta }]) => meta.docs?.requiresTypeChecking === true)
  .map(([id]) => `ml-debt/${id}`);

beforeAll(() => {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run \`npx tsc -p tsconfig.json\` before these tests.`);
});

afterAll(removeProjects);

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
      'vendor/tf.min.mjs': unseeded,
      'public/app.bundle.js': unseeded,
      'public/42.chunk.js': unseeded,
      '.next/server/app.js': unseeded,
      '.venv/lib/python3.11/site-packages/notebook/static/main.js': unseeded,
      'venv/share/jupyter/lab/static/remoteEntry.js': unseeded,
      'types/model.d.ts': unseeded,
      'README.md': unseeded,
      'train.py': 'import random\nrandom.random()\n',
    });
    expect(await mlDebt(dir)).toEqual({ status: 0, stdout: '', stderr: '' });
    // A pre-commit hook passes ignored files by name; they are skipped without a warning.
    expect(await mlDebt(dir, 'dist/train.js', 'vendor/tf.min.js')).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('lints a file whose name looks like a glob, as Next.js routes are named', async () => {
    const dir = project({ 'app/[id]/page.ts': unseeded, 'app/(group)/x.ts': seeded });
    expect(findingsByFile((await mlDebt(dir, '--format', 'json')).stdout, dir)).toEqual({ 'app/[id]/page.ts': [rule] });
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

describe.concurrent('--format sarif', () => {
  interface SarifLog {
    runs: {
      tool: { driver: { name: string; version: string; rules: { id: string; helpUri: string }[] } };
      results: {
        ruleId: string;
        ruleIndex: number;
        level: string;
        locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
        partialFingerprints: Record<string, string>;
      }[];
      invocations: { executionSuccessful: boolean; toolExecutionNotifications?: { message: { text: string } }[] }[];
    }[];
  }

  it('prints a valid SARIF 2.1.0 log with rule metadata, relative URIs and fingerprints', async () => {
    const dir = project({ 'src/train.js': unseeded, 'src/clean.js': seeded });
    const result = await mlDebt(dir, '--format', 'sarif');
    expect(result.status).toBe(1);
    const log = JSON.parse(result.stdout) as SarifLog;
    expect(sarifSchemaErrors(log)).toEqual([]);
    const [sarifRun] = log.runs;
    expect(sarifRun.tool.driver).toMatchObject({ name: 'ml-debt', version });
    // Every rule of the plugin is described, with its doc as help.
    expect(sarifRun.tool.driver.rules.map(({ id }) => id)).toEqual([...ruleIds].sort());
    for (const { id, helpUri } of sarifRun.tool.driver.rules) {
      expect(helpUri).toBe(`https://github.com/ml-debt/eslint-plugin-ml-debt/blob/main/docs/rules/${id.slice(8)}.md`);
    }
    expect(sarifRun.results).toEqual([
      expect.objectContaining({
        ruleId: rule,
        level: 'error',
        locations: [
          expect.objectContaining({
            physicalLocation: expect.objectContaining({
              artifactLocation: { uri: 'src/train.js', uriBaseId: '%SRCROOT%' },
              region: { startLine: 2, startColumn: 11, endLine: 2, endColumn: 34 },
            }) as object,
          }),
        ],
        partialFingerprints: { 'mlDebtFindingHash/v1': expect.stringMatching(/^[0-9a-f]{64}:1$/) as string },
      }),
    ]);
    const { ruleIndex } = sarifRun.results[0];
    expect(sarifRun.tool.driver.rules[ruleIndex].id).toBe(rule);
  });

  it('prints a valid log with no results for clean code, and exits 0', async () => {
    const result = await mlDebt(project({ 'train.js': seeded }), '--format', 'sarif');
    expect(result.status).toBe(0);
    const log = JSON.parse(result.stdout) as SarifLog;
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0].results).toEqual([]);
  });

  it('reports a file that does not parse as a notification, keeps the log valid, and exits 1', async () => {
    const result = await mlDebt(project({ 'broken.ts': 'const = ;\n', 'odd name #1.js': unseeded }), '--format', 'sarif');
    expect(result.status).toBe(1);
    const log = JSON.parse(result.stdout) as SarifLog;
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0].invocations[0].toolExecutionNotifications).toEqual([
      expect.objectContaining({ message: { text: expect.stringContaining('Parsing error') as string } }),
    ]);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('odd%20name%20%231.js');
  });

  it('makes paths relative to the git repository root when run in a subdirectory', async () => {
    const dir = project({ 'packages/model/train.js': unseeded });
    await runProcess('git', ['init', '-q'], dir);
    const result = await mlDebt(path.join(dir, 'packages/model'), '--format', 'sarif');
    const log = JSON.parse(result.stdout) as SarifLog;
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('packages/model/train.js');
  });
});

describe.concurrent('--format github', () => {
  it('prints one workflow command per problem, with the path relative to the repository', async () => {
    const dir = project({ 'src/train.js': unseeded, 'src/clean.js': seeded });
    await runProcess('git', ['init', '-q'], dir);
    const result = await mlDebt(path.join(dir, 'src'), '--format', 'github');
    expect(result.status).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^::error file=src\/train\.js,line=2,col=11,endLine=2,endColumn=34,title=ml-debt\/no-unseeded-random::`tf\.randomNormal` runs without a seed/,
    );
  });

  it('prints warnings as ::warning and nothing for clean code', async () => {
    const dir = project({ 'train.js': unseeded, 'clean.js': seeded });
    const result = await mlDebt(dir, '--format', 'github', '--rule', 'no-unseeded-random:warn');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^::warning file=train\.js,line=2,/);
    expect(await mlDebt(dir, '--format', 'github', 'clean.js')).toEqual({ status: 0, stdout: '', stderr: '' });
  });
});

describe.concurrent('--config', () => {
  it('accepts every embedded config, and all runs every rule that works without types', async () => {
    const dir = project({ 'train.js': unseeded });
    for (const config of ['recommended', 'strict', 'all']) {
      const result = await mlDebt(dir, '--config', config, '--format', 'json');
      expect(result.status).toBe(1);
      expect(findingsByFile(result.stdout, dir)).toEqual({ 'train.js': [rule] });
    }
  });

  it('rejects an unknown config', async () => {
    const result = await mlDebt(project({}), '--config', 'recommended-type-checked');
    expectOneLineFailure(result);
    expect(result.stderr).toContain('--config must be one of recommended, strict, all');
  });
});

describe.concurrent('--rule', () => {
  it('turns a rule off, or down to a warning, by id with or without the plugin prefix', async () => {
    const dir = project({ 'train.js': unseeded });
    expect(await mlDebt(dir, '--rule', 'no-unseeded-random:off')).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(await mlDebt(dir, '--rule', `${rule}:0`)).toEqual({ status: 0, stdout: '', stderr: '' });
    const warned = await mlDebt(dir, '--rule', 'no-unseeded-random:warn', '--max-warnings', '0');
    expect(warned.status).toBe(1);
    expect(warned.stdout).toMatch(/warning .* ml-debt\/no-unseeded-random/);
  });

  it('applies repeated flags, the last one winning', async () => {
    const dir = project({ 'train.js': unseeded });
    expect((await mlDebt(dir, '--rule', `${rule}:off`, '--rule', `${rule}:error`)).status).toBe(1);
  });

  it.each([['no-such-rule:warn', 'unknown rule "ml-debt/no-such-rule"'], ['no-unseeded-random:loud', '<rule-id>:<off|warn|error>'], ['no-unseeded-random', '<rule-id>:<off|warn|error>'], [':warn', '<rule-id>:<off|warn|error>']])(
    'rejects %j',
    async (value, message) => {
      const result = await mlDebt(project({}), '--rule', value);
      expectOneLineFailure(result);
      expect(result.stderr).toContain(message);
    },
  );

  it.skipIf(typeAwareRuleIds.length === 0)('rejects turning on a type-aware rule without --type-aware', async () => {
    const result = await mlDebt(project({}), '--rule', `${typeAwareRuleIds[0]}:error`);
    expectOneLineFailure(result);
    expect(result.stderr).toContain('--type-aware');
  });
});

describe.concurrent('--ignore-pattern', () => {
  it('skips matching files, and can be repeated', async () => {
    const dir = project({ 'src/train.js': unseeded, 'scripts/explore.js': unseeded, 'legacy/old.ts': unseeded });
    const result = await mlDebt(dir, '--format', 'json', '--ignore-pattern', 'scripts/**', '--ignore-pattern=legacy/');
    expect(findingsByFile(result.stdout, dir)).toEqual({ 'src/train.js': [rule] });
    expect(await mlDebt(dir, '--ignore-pattern', '**/*.js', '--ignore-pattern', 'legacy/')).toEqual({
      status: 0,
      stdout: '',
      stderr: '',
    });
  });

  it('skips a matching file named on the command line without a word', async () => {
    const dir = project({ 'scratch.js': unseeded });
    expect(await mlDebt(dir, '--ignore-pattern', 'scratch.js', 'scratch.js')).toEqual({ status: 0, stdout: '', stderr: '' });
  });
});

describe.concurrent('--use-eslint-config', () => {
  // The project's config imports the plugin by path, as `import mlDebt from 'eslint-plugin-ml-debt'` would resolve.
  const pluginEntry = JSON.stringify(path.join(repoRoot, 'dist/src/index.js'));

  it("lints with the project's files, ignores, settings and levels, and reports only ml-debt rules", async () => {
    const dir = project({
      'eslint.config.mjs': `import mlDebt from ${pluginEntry};
export default [
  { ignores: ['generated/**'] },
  mlDebt.configs.recommended,
  { settings: { 'ml-debt': { mlFiles: ['src/**'] } } },
  { files: ['experiments/**'], rules: { 'ml-debt/no-unseeded-random': 'warn' } },
  { rules: { 'no-var': 'error', 'no-undef': 'error' } },
];
`,
      'src/split.js': 'var order = Math.random();\nexport { order };\n',
      'experiments/try.js': unseeded,
      'generated/model.js': unseeded,
    });
    const result = await mlDebt(dir, '--use-eslint-config', '--format', 'json');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    // Math.random counts in src/ through the project's mlFiles setting; no-var and no-undef do not run.
    expect(findingsByFile(result.stdout, dir)).toEqual({ 'experiments/try.js': [rule], 'src/split.js': [rule] });
    const severities = (JSON.parse(result.stdout) as { messages: { severity: number }[] }[]).flatMap(({ messages }) =>
      messages.map(({ severity }) => severity),
    );
    expect(severities.sort()).toEqual([1, 2]);
  });

  it("lints nothing of ml-debt's when the project's config does not enable it, and --rule then needs the plugin", async () => {
    const dir = project({ 'eslint.config.mjs': "export default [{ rules: { 'no-undef': 'error' } }];\n", 'train.js': unseeded });
    expect(await mlDebt(dir, '--use-eslint-config')).toEqual({ status: 0, stdout: '', stderr: '' });
    const result = await mlDebt(dir, '--use-eslint-config', '--rule', 'no-unseeded-random:error');
    expectOneLineFailure(result);
  });

  it('does not report directives for the rules it does not run as unused', async () => {
    const dir = project({
      'eslint.config.mjs': `import mlDebt from ${pluginEntry};\nexport default [mlDebt.configs.recommended, { rules: { 'no-console': 'error' } }];\n`,
      'train.js': `// eslint-disable-next-line no-console\nconsole.log(1);\n${seeded}`,
    });
    expect(await mlDebt(dir, '--use-eslint-config')).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('fails with one line when there is no eslint.config', async () => {
    const result = await mlDebt(project({ 'train.js': unseeded }), '--use-eslint-config');
    expectOneLineFailure(result);
    expect(result.stderr).toContain('Could not find config file');
  });

  it.each([['--config', 'strict'], ['--type-aware']])('rejects %s, which only shape the embedded config', async (...flags) => {
    expectOneLineFailure(await mlDebt(project({}), '--use-eslint-config', ...flags));
  });
});

describe.concurrent('--type-aware', () => {
  // Only types show that `ds` is a tf.data Dataset; the project resolves the real @tensorflow/tfjs types.
  const typedShuffle = `import * as tf from '@tensorflow/tfjs';
export function batches(ds: tf.data.Dataset<number>) {
  return ds.shuffle(10);
}
`;
  const tsconfig = JSON.stringify({
    compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', skipLibCheck: true, noEmit: true },
    include: ['src'],
  });

  function typedProject(files: Record<string, string>): string {
    const dir = project({ 'tsconfig.json': tsconfig, ...files });
    symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    return dir;
  }

  it('uses types from the nearest tsconfig, and lints JavaScript beside it without types', async () => {
    const dir = typedProject({ 'src/batches.ts': typedShuffle, 'scripts/explore.js': unseeded });
    const untyped = await mlDebt(dir, '--format', 'json');
    expect(findingsByFile(untyped.stdout, dir)).toEqual({ 'scripts/explore.js': [rule] });
    const typed = await mlDebt(dir, '--type-aware', '--format', 'json');
    expect(typed.stderr).toBe('');
    expect(findingsByFile(typed.stdout, dir)).toEqual({
      'scripts/explore.js': [rule],
      'src/batches.ts': [rule],
    });
  });

  it('reports a TypeScript file outside every tsconfig as a parsing error that names the cause', async () => {
    const dir = typedProject({ 'src/ok.ts': 'export const a = 1;\n', 'tools/loose.ts': 'export const b = 2;\n' });
    const result = await mlDebt(dir, '--type-aware', '--format', 'json');
    expect(result.status).toBe(1);
    expect(findingsByFile(result.stdout, dir)).toEqual({ 'tools/loose.ts': [null] });
    expect(result.stdout).toContain('project service');
  });
});

describe('progress', () => {
  const manyFiles = Object.fromEntries(Array.from({ length: 12 }, (_, index) => [`src/m${index}.js`, seeded]));

  async function runWith(cwd: string, argv: string[], isTTY: boolean, env: NodeJS.ProcessEnv) {
    let stdout = '';
    let stderr = '';
    const exitCode = await run(argv, {
      cwd,
      env,
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { isTTY, write: (text: string) => (stderr += text) },
    });
    return { exitCode, stdout, stderr };
  }

  it('counts files done of total on a terminal, then erases the line', async () => {
    const result = await runWith(project(manyFiles), [], true, {});
    expect(result).toMatchObject({ exitCode: 0, stdout: '' });
    expect(result.stderr).toContain('\r\x1b[Kml-debt: linted 0 of 12 files');
    expect(result.stderr).toContain('ml-debt: linted 12 of 12 files');
    expect(result.stderr.endsWith('\r\x1b[K')).toBe(true);
  });

  it.each([
    ['not a terminal', false, {}],
    ['CI set', true, { CI: 'true' }],
    ['CI set to a name', true, { CI: 'woodpecker' }],
  ])('is silent when %s', async (_, isTTY, env) => {
    expect(await runWith(project(manyFiles), [], isTTY, env)).toEqual({ exitCode: 0, stdout: '', stderr: '' });
  });

  it('is silent for a handful of files', async () => {
    expect(await runWith(project({ 'a.js': seeded }), [], true, {})).toEqual({ exitCode: 0, stdout: '', stderr: '' });
  });

  // script(1) (util-linux) runs the command on a pseudo-terminal, as a person's shell would.
  const hasScript = spawnSync('script', ['--version']).status === 0;

  it.skipIf(!hasScript)('shows on a real terminal and not with CI=true', async () => {
    const dir = project(manyFiles);
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)}`;
    const onTerminal = await runProcess('script', ['-qec', command, '/dev/null'], dir);
    expect(onTerminal.stdout).toContain('ml-debt: linted 12 of 12 files');
    const inCi = await runProcess('script', ['-qec', command, '/dev/null'], dir, { CI: 'true' });
    expect(inCi.status).toBe(0);
    expect(inCi.stdout).not.toContain('linted');
  });
});
