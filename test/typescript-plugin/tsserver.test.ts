// A real tsserver (the project's node_modules/typescript/lib/tsserver.js) loads the plugin by its documented name
// from a project that has this package linked into node_modules, and answers with TypeScript's diagnostics and ours.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TsServerClient } from '../../bench/tsserver-client.js';
import type { TempProject } from '../../bench/temp-project.js';
import { createTempProject, pluginName } from '../../bench/temp-project.js';
import {
  assertBuilt,
  codeFixes,
  locate,
  mlDebtCode,
  openFile,
  ours,
  semanticDiagnostics,
  trainSource,
  tsconfigWithPlugin,
  typescripts,
} from './session.js';

let project: TempProject;

beforeAll(() => {
  assertBuilt();
  project = createTempProject({
    install: { link: true },
    linkModules: ['@tensorflow'],
    files: {
      'tsconfig.json': tsconfigWithPlugin(),
      'src/train.ts': trainSource,
      'warn/tsconfig.json': tsconfigWithPlugin({ rules: { 'ml-debt/no-unseeded-random': 'warn' } }),
      'warn/src/train.ts': trainSource,
      'invalid/tsconfig.json': tsconfigWithPlugin({ ruleSet: 'everything' }),
      'invalid/src/train.ts': trainSource,
    },
  });
});

afterAll(() => project?.remove());

function startServer(name: string, env: Record<string, string> = {}): { client: TsServerClient; log: () => string } {
  const logFile = project.path(`${name}.log`);
  const client = TsServerClient.start({
    tsserverPath: project.tsserverPath,
    cwd: project.directory,
    logFile,
    logVerbosity: 'verbose',
    env: { ...process.env, ...env },
  });
  return { client, log: () => readFileSync(logFile, 'utf8') };
}

const noise = locate(trainSource, 'tf.randomNormal([2])');
const shuffle = locate(trainSource, 'ds.shuffle(100)');
const jitter = locate(trainSource, 'tf.randomUniform([epochz])');
const misspelt = locate(trainSource, 'epochz');

describe('tsserver with the plugin', () => {
  let client: TsServerClient;
  let log: () => string;
  let file: string;

  beforeAll(async () => {
    ({ client, log } = startServer('plugin'));
    file = project.path('src/train.ts');
    // Each tsconfig is a project of its own; loading them is the slow part, so it happens here.
    for (const name of [file, project.path('warn/src/train.ts'), project.path('invalid/src/train.ts')]) {
      openFile(client, name, project.directory);
      await semanticDiagnostics(client, name);
    }
  });

  afterAll(() => client?.close());

  it('loads the plugin by its documented name, as the tsserver log shows', () => {
    const text = log();
    expect(text).toContain(`Enabling plugin ${pluginName} from candidate paths`);
    expect(text).toContain('Plugin validation succeeded');
    expect(text).toMatch(/\[ml-debt\] loaded for .*tsconfig\.json \(rule set "recommended", TypeScript 6\./u);
  });

  it("appends ml-debt findings, typed ones included, to TypeScript's own semantic diagnostics", async () => {
    const diagnostics = await semanticDiagnostics(client, file);
    expect(typescripts(diagnostics)).toEqual([
      expect.objectContaining({ code: 2552, category: 'error', start: misspelt.start, end: misspelt.end }),
    ]);
    expect(ours(diagnostics)).toEqual([
      expect.objectContaining({
        code: mlDebtCode,
        category: 'error',
        source: 'ml-debt',
        start: noise.start,
        end: noise.end,
        text: expect.stringMatching(/^\[ml-debt\/no-unseeded-random\] `tf\.randomNormal` runs without a seed/u) as string,
      }),
      expect.objectContaining({
        code: mlDebtCode,
        start: shuffle.start,
        end: shuffle.end,
        text: expect.stringMatching(/^\[ml-debt\/no-unseeded-random\] `ds\.shuffle` runs without a seed/u) as string,
      }),
      expect.objectContaining({ code: mlDebtCode, start: jitter.start, end: jitter.end }),
    ]);
  });

  it("offers ours beside TypeScript's own code fixes", async () => {
    const fixes = await codeFixes(client, file, { start: misspelt.start, end: misspelt.end }, [2552]);
    expect(fixes.map((fix) => fix.description)).toContain("Change spelling to 'epochs'");

    // The cursor on the misspelt name, which lies inside a finding: both diagnostics' fixes, TypeScript's first.
    const both = await codeFixes(client, file, misspelt, [2552, mlDebtCode]);
    expect(both.map((fix) => fix.description)).toEqual([
      "Change spelling to 'epochs'",
      'Disable ml-debt/no-unseeded-random for this line',
    ]);
  });

  it('disables a finding for its line with the "Disable" action, which tsserver can apply', async () => {
    const [disable] = (await codeFixes(client, file, noise, [mlDebtCode])).filter(
      (fix) => fix.fixName === 'ml-debt-disable-line',
    );
    expect(disable.changes).toEqual([
      {
        fileName: file,
        textChanges: [
          {
            start: { line: noise.start.line, offset: 1 },
            end: { line: noise.start.line, offset: 1 },
            newText: '// eslint-disable-next-line ml-debt/no-unseeded-random\n',
          },
        ],
      },
    ]);
    const edit = disable.changes[0].textChanges[0];
    client.notify('change', {
      file,
      line: edit.start.line,
      offset: edit.start.offset,
      endLine: edit.end.line,
      endOffset: edit.end.offset,
      insertString: edit.newText,
    });
    const diagnostics = ours(await semanticDiagnostics(client, file));
    // The other findings remain, one line lower: results follow the file's new version.
    expect(diagnostics.map((diagnostic) => diagnostic.start)).toEqual([
      { line: shuffle.start.line + 1, offset: shuffle.start.offset },
      { line: jitter.start.line + 1, offset: jitter.start.offset },
    ]);
  });

  it('lists its diagnostic code among the supported code fixes, with and without a file', async () => {
    const global = await client.request<string[]>('getSupportedCodeFixes');
    expect(global.body).toContain(String(mlDebtCode));
    const perFile = await client.request<string[]>('getSupportedCodeFixes', { file });
    expect(perFile.body).toContain(String(mlDebtCode));
  });

  it('applies per-rule severities from the tsconfig entry', async () => {
    const warnFile = project.path('warn/src/train.ts');
    const diagnostics = await semanticDiagnostics(client, warnFile);
    expect(ours(diagnostics).map((diagnostic) => diagnostic.category)).toEqual(['warning', 'warning', 'warning']);
    expect(typescripts(diagnostics).map((diagnostic) => diagnostic.category)).toEqual(['error']);
  });

  it("logs invalid options and leaves that project's TypeScript diagnostics alone", async () => {
    const invalidFile = project.path('invalid/src/train.ts');
    const diagnostics = await semanticDiagnostics(client, invalidFile);
    expect(ours(diagnostics)).toEqual([]);
    expect(typescripts(diagnostics)).toEqual([expect.objectContaining({ code: 2552 })]);
    expect(log()).toContain(
      '[ml-debt] invalid options in the tsconfig plugin entry, so the plugin is off for this project: "ruleSet" must be one of "recommended", "strict", "all"; got "everything".',
    );
  });
});

describe('tsserver with a rule that throws (ML_DEBT_TS_PLUGIN_TEST_THROW=1)', () => {
  let client: TsServerClient;
  let log: () => string;
  let file: string;

  beforeAll(async () => {
    ({ client, log } = startServer('throw', { ML_DEBT_TS_PLUGIN_TEST_THROW: '1' }));
    file = project.path('src/train.ts');
    openFile(client, file, project.directory);
    await semanticDiagnostics(client, file);
  });

  afterAll(() => client?.close());

  it("still answers with TypeScript's diagnostics and code fixes, and logs the failure", async () => {
    const diagnostics = await semanticDiagnostics(client, file);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 2552, start: misspelt.start })]);
    const fixes = await codeFixes(client, file, { start: misspelt.start, end: misspelt.end }, [2552, mlDebtCode]);
    expect(fixes.map((fix) => fix.description)).toContain("Change spelling to 'epochs'");
    expect(log()).toContain(`[ml-debt] linting ${file} failed; TypeScript's diagnostics are returned alone`);
    expect(log()).toContain('ML_DEBT_TS_PLUGIN_TEST_THROW is set: this rule throws on purpose');
  });
});

describe('tsserver with the plugin switched off (ML_DEBT_TS_PLUGIN_DISABLED=1)', () => {
  let client: TsServerClient;
  let log: () => string;
  let file: string;

  beforeAll(async () => {
    ({ client, log } = startServer('disabled', { ML_DEBT_TS_PLUGIN_DISABLED: '1' }));
    file = project.path('src/train.ts');
    openFile(client, file, project.directory);
    await semanticDiagnostics(client, file);
  });

  afterAll(() => client?.close());

  it("returns TypeScript's diagnostics only and says why in the log", async () => {
    const diagnostics = await semanticDiagnostics(client, file);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 2552 })]);
    expect(log()).toContain('[ml-debt] off: ML_DEBT_TS_PLUGIN_DISABLED is set');
  });
});
