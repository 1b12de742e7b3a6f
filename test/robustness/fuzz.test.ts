// The short fuzz run of the test command, the replay of saved regressions, and checks that the fuzzer itself catches
// crashes, broken fixes and suggestions, and fixes that do not settle, then narrows and minimises them.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Rule } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { checkCase, generateCase, isolateRule, loadRegressions, minimise, parses, runFuzz, saveRegression } from './fuzz.js';
import type { FuzzCase, FuzzFailure } from './fuzz.js';
import { collectSamples } from './samples.js';

const samples = collectSamples();

const describeFailure = (failure: FuzzFailure): string =>
  `${failure.problem.type} (${failure.original.origin}):\n${failure.problem.message}\n--- minimised case ---\n${JSON.stringify(failure.minimised, null, 2)}`;

describe('the short fuzz run', () => {
  it('finds no crash, no fix or suggestion that breaks parsing, and no fix that takes more than two passes', () => {
    const report = runFuzz(plugin, { seed: 20_261_208, count: 400, samples });
    expect(report.failures.map(describeFailure)).toEqual([]);
    // The run must have exercised the rules, not just skipped unparsable input.
    expect(report.eslump).toBeGreaterThan(50);
    expect(report.mutations).toBeGreaterThan(150);
    expect(report.withRandomOptions).toBeGreaterThan(100);
    expect(report.unparsable).toBeLessThan(report.cases / 3);
    expect(report.reported).toBeGreaterThan(50);
  });

  it('generates the same cases from the same seed', () => {
    for (const index of [0, 1, 17, 99]) expect(generateCase(plugin, samples, 5, index)).toEqual(generateCase(plugin, samples, 5, index));
    expect(generateCase(plugin, samples, 5, 3)).not.toEqual(generateCase(plugin, samples, 6, 3));
  });
});

describe('saved fuzz regressions', () => {
  it('each case in test/robustness/regressions/ parses and passes every check', () => {
    for (const { file, regression } of loadRegressions()) {
      expect(parses(plugin, regression), file).toBe(true);
      expect(checkCase(plugin, regression), file).toBeUndefined();
    }
  });
});

describe('ML samples for mutation', () => {
  it('come from the examples, the rule docs and every code string of the rule tests', () => {
    const origins = samples.map((sample) => sample.origin);
    expect(origins.some((origin) => origin.startsWith('examples/'))).toBe(true);
    expect(origins.some((origin) => origin.startsWith('docs/rules/'))).toBe(true);
    expect(origins.filter((origin) => origin.startsWith('test/rules/')).length).toBeGreaterThan(100);
    // `${tfjs}` templates resolve through the test file's consts.
    expect(samples.some((sample) => sample.code.startsWith("import * as tf from '@tensorflow/tfjs';\n"))).toBe(true);
  });
});

// A plugin whose rules break on purpose, to prove that each check fires and that failures are narrowed and shrunk.
const report = (create: (context: Rule.RuleContext) => Rule.RuleListener, meta: Rule.RuleMetaData = {}): Rule.RuleModule => ({
  meta: { schema: [], ...meta },
  create,
});
const brokenPlugin = {
  meta: { namespace: 'broken' },
  rules: {
    quiet: report(() => ({})),
    'throws-on-boom': report(() => ({
      Identifier(node) {
        if (node.name === 'boom') throw new TypeError('Cannot read properties of undefined');
      },
    })),
    'breaks-debugger': report(
      (context) => ({
        DebuggerStatement(node) {
          context.report({ node, message: 'no debugger', fix: (fixer) => fixer.replaceText(node, 'debugger(') });
        },
      }),
      { fixable: 'code' },
    ),
    'renames-step-by-step': report(
      (context) => ({
        Identifier(node) {
          const next = { a: 'b', b: 'c', c: 'd' }[node.name];
          if (next) context.report({ node, message: 'rename', fix: (fixer) => fixer.replaceText(node, next) });
        },
      }),
      { fixable: 'code' },
    ),
    'suggests-broken-code': report(
      (context) => ({
        'Program:exit'(node) {
          context.report({ node, message: 'x', suggest: [{ desc: 'break it', fix: (fixer) => fixer.insertTextAfter(node, ')') }] });
        },
      }),
      { hasSuggestions: true },
    ),
  },
};

const caseWith = (rules: string[], code: string, filename = 'case.js'): FuzzCase => ({
  origin: 'test',
  filename,
  sourceType: 'module',
  rules: Object.fromEntries(rules.map((id) => [id, []])),
  code,
});

const padding = (name: string): string =>
  Array.from({ length: 20 }, (_, index) => `const ${name}${index} = compute(${index}, 'x');`).join('\n');

describe('the fuzzer catches', () => {
  it('a rule that throws, naming the rule, and minimises the code to the trigger', () => {
    const fuzzCase = caseWith(['quiet', 'throws-on-boom'], `${padding('before')}\nif (ready) { call(boom); }\n${padding('after')}`);
    const problem = checkCase(brokenPlugin, fuzzCase);
    expect(problem?.message).toContain('Cannot read properties of undefined');
    expect(problem?.type).toBe('crash');
    expect(problem?.message).toContain('Rule: "broken/throws-on-boom"');
    const isolated = isolateRule(brokenPlugin, fuzzCase, problem!);
    expect(Object.keys(isolated.rules)).toEqual(['throws-on-boom']);
    expect(minimise(brokenPlugin, isolated, problem!).code).toBe('boom');
    expect(minimise(brokenPlugin, isolated, problem!, 0).code).toBe(isolated.code); // no budget, no change
  });

  it('an autofix whose output does not parse', () => {
    const fuzzCase = caseWith(['breaks-debugger'], `${padding('before')}\ndebugger;\n`);
    expect(checkCase(brokenPlugin, fuzzCase)?.type).toBe('autofix');
    expect(minimise(brokenPlugin, fuzzCase, checkCase(brokenPlugin, fuzzCase)!).code).toBe('debugger');
  });

  it('fixes that need more than two passes to settle, but not those that need two', () => {
    expect(checkCase(brokenPlugin, caseWith(['renames-step-by-step'], 'a;'))?.type).toBe('fixed-point');
    expect(checkCase(brokenPlugin, caseWith(['renames-step-by-step'], 'b;'))).toBeUndefined();
  });

  it('a suggestion whose output does not parse, in TypeScript too', () => {
    expect(checkCase(brokenPlugin, caseWith(['suggests-broken-code'], 'let x: number = 1;', 'case.ts'))?.type).toBe('suggestion');
  });

  it('nothing in code that does not parse, which is skipped', () => {
    expect(parses(brokenPlugin, caseWith(['throws-on-boom'], 'boom(('))).toBe(false);
  });
});

describe('regression files', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ml-debt-regressions-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('save a minimised failure and load it back for replay', () => {
    const minimised = caseWith(['throws-on-boom'], 'boom');
    const file = saveRegression({ problem: { type: 'crash', message: 'TypeError: x\n    at y' }, original: minimised, minimised }, dir);
    expect(path.basename(file)).toMatch(/^crash-throws-on-boom-[0-9a-f]{8}\.json$/u);
    const [loaded] = loadRegressions(dir);
    expect(loaded.regression).toMatchObject({ ...minimised, problem: { type: 'crash', message: 'TypeError: x' } });
    expect(checkCase(brokenPlugin, loaded.regression)?.type).toBe('crash');
  });
});
