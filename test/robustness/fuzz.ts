// The rule fuzzer: random programs (eslump) and mutated ML code, linted with every rule under default and random
// valid options. A case fails when a rule throws, a fix or suggestion yields code that no longer parses, or fixes
// need more than two passes to settle. Failing cases are narrowed to one rule and minimised.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { generateRandomJS } from 'eslump';
import { createRandom, withSeededMathRandom } from '../../bench/random.js';
import { packageRoot } from '../../src/package-info.js';
import type { Random } from '../../bench/random.js';
import { isTypeScriptFile, mutate, nodesOf } from './mutate.js';
import { defaultOptions, randomValidOptions } from './rule-options.js';
import type { RuleMetaLike } from './rule-options.js';
import type { Sample } from './samples.js';

export interface FuzzedRule extends RuleMetaLike {
  readonly meta?: RuleMetaLike['meta'] & { readonly docs?: { readonly requiresTypeChecking?: boolean } };
}

/** Any ESLint plugin: a deliberately broken one in the fuzzer's own tests, this plugin in the real runs. */
export interface FuzzedPlugin {
  readonly meta?: { readonly namespace?: string };
  readonly rules: Readonly<Record<string, unknown>>;
}

const ruleOf = (plugin: FuzzedPlugin, id: string): FuzzedRule => plugin.rules[id] as FuzzedRule;

export interface FuzzCase {
  /** How the case was made: `eslump`, or the sample's origin and the edits applied to it. */
  readonly origin: string;
  /** Its extension picks the parser: .ts/.tsx through typescript-eslint, anything else through espree. */
  readonly filename: string;
  readonly sourceType: 'module' | 'script' | 'commonjs';
  readonly settings?: Record<string, unknown>;
  /** Whether the options were drawn from the rules' schemas rather than their defaults. */
  readonly randomOptions?: boolean;
  /** Rule id (without the plugin prefix) → options. */
  readonly rules: Readonly<Record<string, readonly unknown[]>>;
  readonly code: string;
}

export type ProblemType = 'crash' | 'autofix' | 'suggestion' | 'fixed-point';

export interface Problem {
  readonly type: ProblemType;
  readonly message: string;
}

/** The rules that can run without type information; typed rules need a program the fuzzer does not build. */
export function untypedRuleIds(plugin: FuzzedPlugin): string[] {
  return Object.keys(plugin.rules).filter((id) => ruleOf(plugin, id).meta?.docs?.requiresTypeChecking !== true);
}

const namespaceOf = (plugin: FuzzedPlugin): string => plugin.meta?.namespace ?? 'ml-debt';

function configFor(plugin: FuzzedPlugin, fuzzCase: FuzzCase, withRules: boolean): Linter.Config[] {
  const namespace = namespaceOf(plugin);
  return [
    {
      // A universal pattern alone does not make ESLint lint a .ts file: name the extensions.
      files: ['**/*.{js,mjs,cjs,jsx,ts,tsx,mts,cts}'],
      plugins: { [namespace]: plugin as never },
      languageOptions: {
        sourceType: fuzzCase.sourceType,
        ...(isTypeScriptFile(fuzzCase.filename) ? { parser: tsParser } : {}),
        parserOptions: { ecmaFeatures: { jsx: fuzzCase.filename.endsWith('x') } },
      },
      linterOptions: { reportUnusedDisableDirectives: 'off' },
      settings: fuzzCase.settings ?? {},
      rules: withRules
        ? Object.fromEntries(Object.entries(fuzzCase.rules).map(([id, options]) => [`${namespace}/${id}`, ['error', ...options]]))
        : {},
    },
  ];
}

const linter = new Linter();

function parseError(plugin: FuzzedPlugin, fuzzCase: FuzzCase, code: string): string | undefined {
  const messages = linter.verify(code, configFor(plugin, fuzzCase, false), fuzzCase.filename);
  // A file no config matches is silently not linted: that would make every check pass, so it is the harness's bug.
  const unmatched = messages.find((message) => message.ruleId === null && message.message.startsWith('No matching configuration'));
  if (unmatched) throw new Error(`fuzz harness: ${unmatched.message}`);
  return messages.find((message) => message.fatal)?.message;
}

/** Whether the case's code parses at all: cases that do not are skipped, not failures. */
export function parses(plugin: FuzzedPlugin, fuzzCase: FuzzCase): boolean {
  return parseError(plugin, fuzzCase, fuzzCase.code) === undefined;
}

const MAX_FIX_PASSES = 2;

export interface CaseResult {
  readonly problem: Problem | undefined;
  /** How many messages the rules reported, and whether any fix was applied (for the run's statistics). */
  readonly reported: number;
  readonly fixed: boolean;
}

/** Lints the case (whose code must parse, see `parses`) and checks the rules, their fixes and suggestions. */
export function lintCase(plugin: FuzzedPlugin, fuzzCase: FuzzCase): CaseResult {
  const config = configFor(plugin, fuzzCase, true);
  const options = { filename: fuzzCase.filename, stats: true };
  const failed = (type: ProblemType, message: string): CaseResult => ({ problem: { type, message }, reported: 0, fixed: false });
  let result: ReturnType<Linter['verifyAndFix']>;
  try {
    result = linter.verifyAndFix(fuzzCase.code, config, options);
  } catch (error) {
    return failed('crash', (error as Error).stack ?? String(error));
  }
  const fatal = result.messages.find((message) => message.fatal);
  if (fatal && !result.fixed) return { problem: undefined, reported: 0, fixed: false }; // unparsable input: skipped
  if (fatal) return failed('autofix', `the fixed code does not parse: ${fatal.message}\n${result.output}`);
  const passes = linter.getFixPassCount();
  if (passes > MAX_FIX_PASSES) return failed('fixed-point', `fixes took ${passes} passes to settle`);
  if (result.fixed) {
    let again: ReturnType<Linter['verifyAndFix']>;
    try {
      again = linter.verifyAndFix(result.output, config, options);
    } catch (error) {
      return failed('crash', `on the fixed code: ${(error as Error).stack ?? String(error)}`);
    }
    if (again.fixed) return failed('fixed-point', `a second run still fixes:\n${result.output}\n→\n${again.output}`);
  }
  for (const message of result.messages) {
    for (const suggestion of message.suggestions ?? []) {
      const { range, text } = suggestion.fix;
      const output = result.output.slice(0, range[0]) + text + result.output.slice(range[1]);
      const error = parseError(plugin, fuzzCase, output);
      if (error) return failed('suggestion', `${message.ruleId} "${suggestion.desc}" gives code that does not parse: ${error}\n${output}`);
    }
  }
  const reported = result.messages.filter((message) => message.ruleId?.startsWith(`${namespaceOf(plugin)}/`)).length;
  return { problem: undefined, reported, fixed: result.fixed };
}

export const checkCase = (plugin: FuzzedPlugin, fuzzCase: FuzzCase): Problem | undefined => lintCase(plugin, fuzzCase).problem;

/** The case with only the rule that fails it (all rules when no single rule does, e.g. two fixes that collide). */
export function isolateRule(plugin: FuzzedPlugin, fuzzCase: FuzzCase, problem: Problem): FuzzCase {
  for (const [id, options] of Object.entries(fuzzCase.rules)) {
    const single = { ...fuzzCase, rules: { [id]: options } };
    if (checkCase(plugin, single)?.type === problem.type) return single;
  }
  return fuzzCase;
}

/**
 * Shrinks the code while the case still parses and fails the same way, within a budget of checks: first to the
 * smallest single AST node that still fails, then by deleting chunks of lines and of characters (delta debugging).
 */
export function minimise(plugin: FuzzedPlugin, fuzzCase: FuzzCase, problem: Problem, budget = 3000): FuzzCase {
  let current = fuzzCase;
  let checks = 0;
  const stillFails = (code: string): boolean => {
    checks++;
    const candidate = { ...current, code };
    return parses(plugin, candidate) && checkCase(plugin, candidate)?.type === problem.type;
  };
  const nodes = (nodesOf(current.code, current.filename) ?? []).sort((a, b) => a.range[1] - a.range[0] - (b.range[1] - b.range[0]));
  for (const node of nodes) {
    if (checks >= budget) break;
    const text = current.code.slice(...node.range);
    if (text.length < current.code.length && stillFails(text)) {
      current = { ...current, code: text };
      break;
    }
  }
  for (const separator of ['\n', '']) {
    let parts = current.code.split(separator);
    for (let chunk = Math.max(1, Math.floor(parts.length / 2)); chunk >= 1 && checks < budget; chunk = Math.floor(chunk / 2)) {
      for (let start = 0; start < parts.length && checks < budget; ) {
        const candidate = [...parts.slice(0, start), ...parts.slice(start + chunk)];
        if (stillFails(candidate.join(separator))) {
          parts = candidate;
          current = { ...current, code: candidate.join(separator) };
        } else {
          start += chunk;
        }
      }
    }
  }
  return current;
}

export interface FuzzOptions {
  readonly seed: number;
  readonly count: number;
  readonly samples: readonly Sample[];
  /** Called after every case, for progress output. */
  readonly onCase?: (index: number, fuzzCase: FuzzCase, problem: Problem | undefined) => void;
}

export interface FuzzFailure {
  readonly problem: Problem;
  /** The case as generated. */
  readonly original: FuzzCase;
  /** Narrowed to one rule and minimised. */
  readonly minimised: FuzzCase;
}

export interface FuzzReport {
  readonly cases: number;
  readonly eslump: number;
  readonly mutations: number;
  /** Cases that did not parse (eslump's early errors, edits that broke syntax): skipped. */
  readonly unparsable: number;
  readonly withRandomOptions: number;
  /** Cases where an autofix was applied, and cases where some rule reported. */
  readonly fixed: number;
  readonly reported: number;
  readonly failures: readonly FuzzFailure[];
}

const mlHeaders = {
  module: ["import * as tf from '@tensorflow/tfjs';\n", "import seedrandom from 'seedrandom';\nimport * as tf from '@tensorflow/tfjs-node';\n", "import _ from 'lodash';\nimport { kmeans } from 'ml-kmeans';\n"],
  script: ["const tf = require('@tensorflow/tfjs-node');\n", "var _ = require('lodash');\n", ''],
};

/** Makes everything an ML module and nothing a test, so every code path of every rule is reachable. */
const coverageSettings = { 'ml-debt': { mlFiles: ['**'], testFiles: [] } };

function randomProgram(random: Random, sourceType: 'module' | 'script'): string {
  return withSeededMathRandom(random, () =>
    generateRandomJS({ sourceType, maxDepth: random.int(3, 7), comments: random.chance(0.3), whitespace: random.chance(0.3) }),
  );
}

/** The index-th case of the run with this seed: the same seed and index always give the same case. */
export function generateCase(plugin: FuzzedPlugin, samples: readonly Sample[], seed: number, index: number): FuzzCase {
  const random = createRandom(seed).fork(index);
  const useRandomOptions = random.chance(0.5);
  const rules = Object.fromEntries(
    untypedRuleIds(plugin).map((id) => [id, useRandomOptions ? randomValidOptions(ruleOf(plugin, id), random) : defaultOptions(ruleOf(plugin, id))]),
  );
  const settings = random.chance(0.5) ? coverageSettings : undefined;
  if (samples.length === 0 || random.chance(0.35)) {
    const sourceType = random.pick(['module', 'script'] as const);
    // eslump often emits early errors (duplicate bindings, argument clashes); draw again a few times.
    let code = randomProgram(random, sourceType);
    for (let retry = 0; retry < 5 && parseError(plugin, { origin: '', filename: 'fuzz.js', sourceType, rules: {}, code }, code); retry++) {
      code = randomProgram(random, sourceType);
    }
    let origin = `eslump ${sourceType}`;
    const placement = random.pick(['alone', 'after an ML import', 'after an ML import', 'inside ML code'] as const);
    if (placement === 'after an ML import') {
      code = random.pick(mlHeaders[sourceType]) + code;
      origin += ' after an ML import';
    } else if (placement === 'inside ML code' && samples.length > 0 && sourceType === 'module') {
      const host = random.pick(samples.filter((sample) => !isTypeScriptFile(sample.filename)));
      const lines = host.code.split('\n');
      lines.splice(random.int(0, lines.length), 0, code);
      code = lines.join('\n');
      origin += ` spliced into ${host.origin}`;
    }
    return { origin, filename: 'fuzz.js', sourceType, settings, randomOptions: useRandomOptions, rules, code };
  }
  const sample = random.pick(samples);
  const { code, edits } = mutate(sample.code, sample.filename, random);
  return {
    origin: `${sample.origin}, edited: ${edits.join(', ')}`,
    filename: sample.filename,
    sourceType: 'module',
    settings,
    randomOptions: useRandomOptions,
    rules,
    code,
  };
}

export function runFuzz(plugin: FuzzedPlugin, options: FuzzOptions): FuzzReport {
  const counts = { eslump: 0, mutations: 0, unparsable: 0, withRandomOptions: 0, fixed: 0, reported: 0 };
  const failures: FuzzFailure[] = [];
  for (let index = 0; index < options.count; index++) {
    const fuzzCase = generateCase(plugin, options.samples, options.seed, index);
    if (fuzzCase.origin.startsWith('eslump')) counts.eslump++;
    else counts.mutations++;
    if (fuzzCase.randomOptions) counts.withRandomOptions++;
    if (!parses(plugin, fuzzCase)) {
      counts.unparsable++;
      options.onCase?.(index, fuzzCase, undefined);
      continue;
    }
    const { problem, reported, fixed } = lintCase(plugin, fuzzCase);
    if (reported > 0) counts.reported++;
    if (fixed) counts.fixed++;
    if (problem) {
      const minimised = minimise(plugin, isolateRule(plugin, fuzzCase, problem), problem);
      failures.push({ problem, original: fuzzCase, minimised });
    }
    options.onCase?.(index, fuzzCase, problem);
  }
  return { cases: options.count, ...counts, failures };
}

/** Where minimised failures are saved; test/robustness/fuzz.test.ts replays every file in it. */
export const regressionsDir = path.join(packageRoot, 'test', 'robustness', 'regressions');

export interface Regression extends FuzzCase {
  readonly problem: Problem;
}

/** Saves a minimised failure as a regression case; returns its path. The name is stable for the same case. */
export function saveRegression(failure: FuzzFailure, dir = regressionsDir): string {
  const { minimised, problem } = failure;
  const rules = Object.keys(minimised.rules).join('+');
  const digest = createHash('sha1').update(JSON.stringify([minimised.filename, minimised.rules, minimised.code])).digest('hex').slice(0, 8);
  const file = path.join(dir, `${problem.type}-${rules}-${digest}.json`);
  const regression: Regression = { ...minimised, problem: { type: problem.type, message: problem.message.split('\n')[0] } };
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, `${JSON.stringify(regression, null, 2)}\n`);
  return file;
}

export function loadRegressions(dir = regressionsDir): { file: string; regression: Regression }[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
  } catch {
    return [];
  }
  return names.map((name) => ({ file: name, regression: JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as Regression }));
}
