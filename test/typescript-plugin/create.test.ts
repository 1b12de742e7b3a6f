// The language service proxy on an in-memory project: what is forwarded, appended, cancelled and logged, and what
// invalid options and the kill switch variable leave untouched.
import ts from 'typescript';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mlDebtDiagnosticCode } from '../../src/typescript-plugin/convert.js';
import { createLanguageServiceProxy } from '../../src/typescript-plugin/create.js';
import { isPluginDisabled } from '../../src/typescript-plugin/environment.js';
import { file, MemoryProject, root } from './memory-project.js';
import { trainSource } from './session.js';

interface LogLine {
  text: string;
  type: ts.server.Msg | undefined;
}

function pluginCreateInfo(project: MemoryProject, config: unknown, host: ts.LanguageServiceHost = project.host) {
  const logs: LogLine[] = [];
  const logger = {
    info: (text: string) => logs.push({ text, type: undefined }),
    msg: (text: string, type?: ts.server.Msg) => logs.push({ text, type }),
    hasLevel: () => true,
  };
  const info = {
    languageService: project.languageService,
    languageServiceHost: host,
    config,
    project: { projectService: { logger }, getCurrentDirectory: () => root, getProjectName: () => `${root}/tsconfig.json` },
  } as unknown as ts.server.PluginCreateInfo;
  return { info, logs };
}

const entry = { name: 'eslint-plugin-ml-debt/typescript-plugin' };
const train = file('src/train.ts');
const lints = (logs: LogLine[]) => logs.filter(({ text }) => text.startsWith('[ml-debt] linted')).length;

let project: MemoryProject;

beforeAll(() => {
  project = new MemoryProject({ 'src/train.ts': trainSource });
  // Building the Program with the real tfjs types takes seconds on a busy machine: a hook's budget, not a test's.
  project.languageService.getSemanticDiagnostics(train);
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('createLanguageServiceProxy', () => {
  it("appends ml-debt diagnostics to TypeScript's, and forwards every other method", () => {
    const { info, logs } = pluginCreateInfo(project, entry);
    const proxy = createLanguageServiceProxy(ts, info);
    expect(proxy).not.toBe(project.languageService);
    expect(Object.keys(proxy)).toEqual(expect.arrayContaining(Object.keys(project.languageService)));
    const position = trainSource.indexOf('epochs');
    expect(proxy.getQuickInfoAtPosition(train, position)).toEqual(project.languageService.getQuickInfoAtPosition(train, position));

    const diagnostics = proxy.getSemanticDiagnostics(train);
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual([2552, mlDebtDiagnosticCode, mlDebtDiagnosticCode, mlDebtDiagnosticCode]);
    expect(logs.map(({ text }) => text)).toContain(`[ml-debt] loaded for ${root}/tsconfig.json (rule set "recommended", TypeScript ${ts.version})`);
  });

  it('answers code fix requests without its code from TypeScript alone, without linting', () => {
    const { info, logs } = pluginCreateInfo(project, entry);
    const proxy = createLanguageServiceProxy(ts, info);
    const start = trainSource.indexOf('epochz');
    const fixes = proxy.getCodeFixesAtPosition(train, start, start + 6, [2552], {}, {});
    expect(fixes.map((fix) => fix.description)).toEqual(["Change spelling to 'epochs'"]);
    expect(lints(logs)).toBe(0);
  });

  it('offers the fixes of the findings in the requested range only, after TypeScript’s', () => {
    const { info } = pluginCreateInfo(project, entry);
    const proxy = createLanguageServiceProxy(ts, info);
    const start = trainSource.indexOf('epochz');
    const atMisspelling = proxy.getCodeFixesAtPosition(train, start, start + 6, [2552, mlDebtDiagnosticCode], {}, {});
    expect(atMisspelling.map((fix) => fix.description)).toEqual([
      "Change spelling to 'epochs'",
      'Disable ml-debt/no-unseeded-random for this line',
    ]);
    const shuffle = trainSource.indexOf('ds.shuffle');
    const atShuffle = proxy.getCodeFixesAtPosition(train, shuffle, shuffle, [mlDebtDiagnosticCode], {}, {});
    expect(atShuffle.map((fix) => fix.changes[0].textChanges[0].span.start)).toEqual([trainSource.indexOf('export function prepare')]);
  });

  it('adds its code to the supported code fixes, and to those TypeScript lists without a file', () => {
    const { info } = pluginCreateInfo(project, entry);
    const proxy = createLanguageServiceProxy(ts, info);
    expect(proxy.getSupportedCodeFixes(train)).toContain(String(mlDebtDiagnosticCode));
    expect(ts.getSupportedCodeFixes()).toContain(String(mlDebtDiagnosticCode));
  });

  it("returns TypeScript's diagnostics and fixes unchanged when a rule throws, and logs the error", () => {
    vi.stubEnv('ML_DEBT_TS_PLUGIN_TEST_THROW', '1');
    const { info, logs } = pluginCreateInfo(project, entry);
    const proxy = createLanguageServiceProxy(ts, info);
    expect(proxy.getSemanticDiagnostics(train)).toEqual(project.languageService.getSemanticDiagnostics(train));
    const start = trainSource.indexOf('tf.randomNormal');
    expect(proxy.getCodeFixesAtPosition(train, start, start, [mlDebtDiagnosticCode], {}, {})).toEqual([]);
    const errors = logs.filter(({ type }) => type === ts.server.Msg.Err).map(({ text }) => text);
    expect(errors).toEqual([
      expect.stringMatching(/^\[ml-debt\] linting \S+\/train\.ts failed; TypeScript's diagnostics are returned alone: .*ML_DEBT_TS_PLUGIN_TEST_THROW is set: this rule throws on purpose/u),
      expect.stringMatching(/^\[ml-debt\] code fixes for \S+\/train\.ts failed; TypeScript's are returned alone: .*this rule throws on purpose/u),
    ]);
  });

  it('raises the cancellation TypeScript raises when the editor has cancelled, instead of linting', () => {
    let cancelled = false;
    const host = { ...project.host, getCancellationToken: () => ({ isCancellationRequested: () => cancelled }) };
    const { info, logs } = pluginCreateInfo(project, entry, host);
    const proxy = createLanguageServiceProxy(ts, info);
    cancelled = true;
    expect(() => proxy.getSemanticDiagnostics(train)).toThrow(ts.OperationCanceledException);
    expect(lints(logs)).toBe(0);
  });

  it("leaves the language service untouched and logs ESLint's words when a rule's options are invalid", () => {
    const options = ['warn', { 'not-an-option': true }];
    const { info, logs } = pluginCreateInfo(project, { ...entry, rules: { 'no-unseeded-random': options } });
    expect(createLanguageServiceProxy(ts, info)).toBe(project.languageService);
    expect(logs).toEqual([
      {
        text: expect.stringMatching(
          /^\[ml-debt\] invalid options in the tsconfig plugin entry, so the plugin is off for this project: Key "rules": Key "ml-debt\/no-unseeded-random": \S.*[^\s]$/u,
        ) as string,
        type: ts.server.Msg.Err,
      },
    ]);
  });

  it('leaves the language service untouched and logs why when the options are invalid', () => {
    const { info, logs } = pluginCreateInfo(project, { ...entry, rules: { 'no-such-rule': 'warn' } });
    expect(createLanguageServiceProxy(ts, info)).toBe(project.languageService);
    expect(logs).toEqual([
      {
        text: expect.stringMatching(
          /^\[ml-debt\] invalid options in the tsconfig plugin entry, so the plugin is off for this project: "rules" names an unknown rule "no-such-rule"/u,
        ) as string,
        type: ts.server.Msg.Err,
      },
    ]);
  });
});

// The factory itself (index.ts) loads create.js lazily with require(), so it runs from dist/: the tsserver tests
// cover it, kill switch included. Here, which values of the variable switch the plugin off.
describe('isPluginDisabled', () => {
  it.each([
    ['1', true],
    ['true', true],
    ['', false],
    ['0', false],
    ['false', false],
  ])('ML_DEBT_TS_PLUGIN_DISABLED=%j turns the plugin off: %s', (value, disabled) => {
    vi.stubEnv('ML_DEBT_TS_PLUGIN_DISABLED', value);
    expect(isPluginDisabled()).toBe(disabled);
  });

  it('is off when the variable is unset', () => {
    vi.stubEnv('ML_DEBT_TS_PLUGIN_DISABLED', undefined);
    expect(isPluginDisabled()).toBe(false);
  });
});
