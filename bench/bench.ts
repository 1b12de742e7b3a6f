// `npm run bench [-- [dir] [--runs N] [--seed S] [--lines L] [--no-typed]]`: lints a corpus (by default the generated
// one in bench/corpus/) under each configuration, alternating them within every repetition so machine load hits all
// alike, and prints medians, the ratios issue 8 asks for, and each rule's cost per 1,000 lines (ESLint's stats).
// Every lint runs in a fresh Node process, as a CLI or pre-commit run does: in one long process each configuration
// inherited the previous one's heap (a whole TypeScript program after a typed run) and paid for collecting it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import js from '@eslint/js';
import * as tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import type { Linter } from 'eslint';
import type { TSESLint } from '@typescript-eslint/utils';
import plugin from '../src/index.js';
import { librariesInFile } from '../src/analysis/file-libraries.js';
import { getCallReferenceMap, getLibraryReferences } from '../src/analysis/library-references.js';
import { isTestFile } from '../src/analysis/ml-modules.js';
import { packageRoot } from '../src/package-info.js';
import { CORPUS_VERSION, writeCorpus } from './corpus.js';

const lintable = /\.(?:[cm]?[jt]s|[jt]sx)$/u;
const typescriptFiles = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];

interface Arguments {
  dir: string | undefined;
  runs: number;
  seed: number;
  lines: number;
  typed: boolean;
}

function parseArguments(argv: readonly string[]): Arguments {
  const parsed: Arguments = { dir: undefined, runs: 5, seed: 1, lines: 50_000, typed: true };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    const option = /^--(runs|seed|lines)(?:=(.*))?$/u.exec(argument);
    if (option) {
      const value = Number(option[2] ?? argv[++index]);
      if (!Number.isSafeInteger(value) || value < 1) usage(`--${option[1]} takes a positive integer`);
      parsed[option[1] as 'runs' | 'seed' | 'lines'] = value;
    } else if (argument === '--no-typed') {
      parsed.typed = false;
    } else if (!argument.startsWith('-') && parsed.dir === undefined) {
      parsed.dir = path.resolve(argument);
    } else {
      usage(`unexpected argument ${argument}`);
    }
  }
  return parsed;
}

function usage(problem: string): never {
  process.stderr.write(`bench: ${problem}\nusage: npm run bench -- [dir] [--runs N] [--seed S] [--lines L] [--no-typed]\n`);
  process.exit(2);
}

/** The generated corpus, regenerated when it is missing or was made by another generator version, seed or size. */
function ensureCorpus(dir: string, seed: number, lines: number): void {
  const manifest = path.join(dir, 'corpus.json');
  if (existsSync(manifest)) {
    const current = JSON.parse(readFileSync(manifest, 'utf8')) as { version: number; seed: number; minLines: number };
    if (current.version === CORPUS_VERSION && current.seed === seed && current.minLines === lines) return;
  }
  process.stderr.write(`bench: generating ${lines} lines of corpus in ${dir} (seed ${seed})\n`);
  writeCorpus(dir, seed, lines);
}

function countLines(dir: string): { files: number; lines: number; typescriptLines: number } {
  let files = 0;
  let lines = 0;
  let typescriptLines = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const full = path.join(entry.parentPath, entry.name);
    if (!entry.isFile() || !lintable.test(entry.name) || full.includes(`${path.sep}node_modules${path.sep}`)) continue;
    const text = readFileSync(full, 'utf8');
    const count = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    files++;
    lines += count;
    if (/\.[cm]?tsx?$/u.test(entry.name)) typescriptLines += count;
  }
  return { files, lines, typescriptLines };
}

type RuleEntries = Linter.RulesRecord;

const ruleIds = Object.keys(plugin.rules);
const isTyped = (id: string): boolean =>
  (plugin.rules as Record<string, { meta?: { docs?: { requiresTypeChecking?: boolean } } }>)[id].meta?.docs?.requiresTypeChecking === true;
const allRules = (select: (id: string) => boolean): RuleEntries =>
  Object.fromEntries(ruleIds.filter(select).map((id) => [`ml-debt/${id}`, 'error']));

interface Configuration {
  readonly key: string;
  readonly label: string;
  readonly typed: boolean;
  readonly config: (dir: string) => Linter.Config[];
}

const parserConfig = (dir: string, typed: boolean): Linter.Config[] => [
  { files: typescriptFiles, languageOptions: { parser: tsParser } },
  ...(typed
    ? [
        {
          files: ['**/*.{js,mjs,cjs,jsx,ts,tsx,mts,cts}'],
          languageOptions: { parser: tsParser as Linter.Parser, parserOptions: { projectService: true, tsconfigRootDir: dir } },
        },
      ]
    : []),
];

const withPlugin = (rules: RuleEntries): Linter.Config => ({ plugins: { 'ml-debt': plugin as never }, rules });

// ESLint does per-file work as soon as any rule is on, whatever the rule: this empty rule measures that floor.
const emptyRule = { rules: { empty: { meta: { schema: [] }, create: () => ({}) } } };
const withEmptyRule: Linter.Config = { plugins: { bench: emptyRule }, rules: { 'bench/empty': 'error' } };

// The timed runs go without ESLint's stats: its timer around every listener call costs in proportion to the listeners
// a configuration has, which would bill instrumentation to the rules. Per-rule times come from the separate stats
// runs (keys ending in '+stats'), which are not timed and run in this process after a warm-up: they measure a rule's
// steady cost per line, not the one-off compilation of its code that a fresh process also pays (the timed runs do).
const configurations: readonly Configuration[] = [
  { key: 'a', label: '(a) parser only', typed: false, config: (dir) => parserConfig(dir, false) },
  { key: 'a1', label: '(a1) parser + one empty rule', typed: false, config: (dir) => [...parserConfig(dir, false), withEmptyRule] },
  { key: 'b', label: '(b) @eslint/js recommended', typed: false, config: (dir) => [js.configs.recommended, ...parserConfig(dir, false)] },
  {
    key: 'bc',
    label: '(b+c) @eslint/js + ml-debt recommended',
    typed: false,
    config: (dir) => [js.configs.recommended, ...parserConfig(dir, false), withPlugin(plugin.configs.recommended.rules as RuleEntries)],
  },
  { key: 'c', label: '(c) ml-debt recommended', typed: false, config: (dir) => [...parserConfig(dir, false), withPlugin(plugin.configs.recommended.rules as RuleEntries)] },
  { key: 'd', label: '(d) all ml-debt rules (untyped)', typed: false, config: (dir) => [...parserConfig(dir, false), withPlugin(allRules((id) => !isTyped(id)))] },
  { key: 'e0', label: '(e0) typed parse, no rules', typed: true, config: (dir) => parserConfig(dir, true) },
  { key: 'e', label: '(e) all ml-debt rules, typed', typed: true, config: (dir) => [...parserConfig(dir, true), withPlugin(allRules(() => true))] },
];
// The per-file analysis every rule shares is computed by whichever rule asks first, and ESLint's stats would bill all
// of it to that rule. In the stats runs this rule, listed first, asks first, so the shared cost gets its own line.
const sharedAnalysisId = 'bench/shared-analysis';
const sharedAnalysis: Linter.Config = {
  plugins: {
    bench: {
      rules: {
        'shared-analysis': {
          meta: { schema: [] },
          create(context) {
            const sourceCode = context.sourceCode as unknown as TSESLint.SourceCode;
            getLibraryReferences(sourceCode);
            getCallReferenceMap(sourceCode);
            librariesInFile(sourceCode);
            isTestFile(context as never);
            return {};
          },
        },
      },
    },
  },
  rules: { [sharedAnalysisId]: 'error' },
};
const statsRuns: readonly Configuration[] = configurations
  .filter((configuration) => configuration.key === 'b' || configuration.key === 'd')
  .map((configuration) => ({
    ...configuration,
    key: `${configuration.key}+stats`,
    label: `${configuration.label}, with stats`,
    config: (dir) => (configuration.key === 'd' ? [sharedAnalysis, ...configuration.config(dir)] : configuration.config(dir)),
  }));

interface Run {
  readonly ms: number;
  /** CPU time (user + system) of this process: what the run cost, whatever else the shared machine was doing. */
  readonly cpuMs: number;
  readonly fatal: number;
  readonly ruleMs: Record<string, number>;
  readonly parseMs: number;
}

/** Lints the corpus once in a child process (this script with `--child <key> <dir>`), which reports its Run. */
function lintOnce(configuration: Configuration, dir: string): Run {
  const output = execFileSync(process.execPath, [__filename, '--child', configuration.key, dir], { encoding: 'utf8', maxBuffer: 2 ** 26 });
  return JSON.parse(output) as Run;
}

async function lintInThisProcess(configuration: Configuration, dir: string): Promise<Run> {
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: configuration.config(dir),
    stats: configuration.key.endsWith('+stats'),
    cache: false,
    warnIgnored: false,
  });
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const results = await eslint.lintFiles(['.']);
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const ruleMs: Record<string, number> = {};
  let parseMs = 0;
  let fatal = 0;
  for (const result of results) {
    fatal += result.fatalErrorCount;
    for (const pass of result.stats?.times.passes ?? []) {
      parseMs += pass.parse?.total ?? 0;
      for (const [ruleId, { total }] of Object.entries(pass.rules ?? {})) ruleMs[ruleId] = (ruleMs[ruleId] ?? 0) + total;
    }
  }
  return { ms, cpuMs, fatal, ruleMs, parseMs };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const format = (value: number, digits = 0): string => value.toFixed(digits);
const percent = (ratio: number): string => `${ratio >= 0 ? '+' : ''}${(ratio * 100).toFixed(1)}%`;

async function main(): Promise<void> {
  if (process.argv[2] === '--child') {
    const configuration = [...configurations, ...statsRuns].find((candidate) => candidate.key === process.argv[3])!;
    process.stdout.write(JSON.stringify(await lintInThisProcess(configuration, process.argv[4])));
    return;
  }
  const args = parseArguments(process.argv.slice(2));
  const generated = args.dir === undefined;
  const dir = args.dir ?? path.join(packageRoot, 'bench', 'corpus');
  if (generated) ensureCorpus(dir, args.seed, args.lines);
  const size = countLines(dir);
  const typed = args.typed && existsSync(path.join(dir, 'tsconfig.json'));
  if (args.typed && !typed) process.stderr.write(`bench: no tsconfig.json in ${dir}, so the type-aware runs (e0, e) are skipped\n`);
  const selected = configurations.filter((configuration) => typed || !configuration.typed);
  const kloc = size.lines / 1000;

  const cpuModel = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`bench: ${size.files} files, ${size.lines} lines (${size.typescriptLines} in TypeScript) in ${dir}${generated ? ` (generated, seed ${args.seed})` : ''}`);
  console.log(`machine: ${os.cpus().length} cores, ${cpuModel}, ${format(os.totalmem() / 2 ** 30, 1)} GiB; Node ${process.version}, ESLint ${ESLint.version}; ${new Date().toISOString()}`);
  const warmUp = selected.filter((configuration) => configuration.key === 'd' || configuration.key === 'e0');
  console.log(`runs: warm-up ${warmUp.map((configuration) => configuration.key).join(', ')}, then ${args.runs} rounds of ${selected.map((configuration) => configuration.key).join(' → ')} (each run a fresh Node process; each round starting one later), each round followed by untimed stats runs in this process (warmed up once) of ${statsRuns.map((configuration) => configuration.key).join(', ')}`);

  for (const configuration of warmUp) {
    const run = lintOnce(configuration, dir);
    if (run.fatal > 0) process.stderr.write(`bench: ${run.fatal} files did not parse under ${configuration.label}\n`);
    process.stderr.write(`  warm-up ${configuration.key}: ${format(run.ms)} ms\n`);
  }
  // The per-rule figures are steady-state costs: the stats runs share this process, warmed up once here.
  for (const configuration of statsRuns) await lintInThisProcess(configuration, dir);
  const runs = new Map<string, Run[]>([...selected, ...statsRuns].map((configuration) => [configuration.key, []]));
  for (let round = 1; round <= args.runs; round++) {
    const line: string[] = [];
    // Each round starts one configuration later, so none always runs first (cold caches) or after the typed runs.
    const offset = (round - 1) % selected.length;
    for (const configuration of [...selected.slice(offset), ...selected.slice(0, offset)]) {
      const run = lintOnce(configuration, dir);
      runs.get(configuration.key)!.push(run);
      line.push(`${configuration.key} ${format(run.ms)}/${format(run.cpuMs)}`);
    }
    process.stderr.write(`  round ${round} (wall/CPU ms): ${line.join(', ')}\n`);
    for (const configuration of statsRuns) runs.get(configuration.key)!.push(await lintInThisProcess(configuration, dir));
  }

  const medianOf = (key: string, value: (run: Run) => number): number => median(runs.get(key)!.map(value));
  const wall = (key: string): number => medianOf(key, (run) => run.ms);
  const cpu = (key: string): number => medianOf(key, (run) => run.cpuMs);
  console.log('\n| configuration | median wall ms | median CPU ms | CPU ms per 1,000 lines |\n|---|---:|---:|---:|');
  for (const configuration of selected) {
    console.log(`| ${configuration.label} | ${format(wall(configuration.key))} | ${format(cpu(configuration.key))} | ${format(cpu(configuration.key) / kloc, 1)} |`);
  }

  // The machine's speed drifts over minutes, so each ratio pairs the runs of one round (seconds apart) and takes the
  // median over the rounds, rather than dividing medians taken from different minutes.
  const cpuOf = (run: Run): number => run.cpuMs;
  const wallOf = (run: Run): number => run.ms;
  const paired = (key: string, base: string, measure: (run: Run) => number): number =>
    median(runs.get(key)!.map((run, round) => measure(run) / measure(runs.get(base)![round])));
  const added = (key: string, base: string): string =>
    `${percent(paired(key, base, cpuOf) - 1)} [${percent(paired(key, base, wallOf) - 1)}]`;
  console.log('\nRatios (median over rounds of the ratio within a round; CPU time first, wall time in brackets):');
  console.log(`- ml-debt recommended over parser only, (c − a) / a: ${added('c', 'a')} (target ≤ +10%)`);
  console.log(`- ESLint's floor for any rule, (a1 − a) / a: ${added('a1', 'a')}; ml-debt recommended over that floor, (c − a1) / a1: ${added('c', 'a1')}`);
  console.log(`- ml-debt recommended added to @eslint/js recommended, (b+c − b) / b: ${added('bc', 'b')}`);
  console.log(`- all untyped ml-debt rules over parser only, (d − a) / a: ${added('d', 'a')}`);
  console.log(`- @eslint/js recommended over parser only, (b − a) / a: ${added('b', 'a')}`);
  // Rule time from ESLint's stats: the sum over files of every listener's time, per run, then the median.
  const ruleTotal = (key: string, select: (ruleId: string) => boolean): number =>
    medianOf(key, (run) => Object.entries(run.ruleMs).filter(([ruleId]) => select(ruleId)).reduce((sum, [, ms]) => sum + ms, 0));
  const ours = ruleTotal('d+stats', (ruleId) => ruleId.startsWith('ml-debt/') || ruleId === sharedAnalysisId);
  const core = ruleTotal('b+stats', () => true);
  console.log(`- ml-debt rule time (d) / @eslint/js recommended rule time (b), from the stats runs: ${format(ours, 1)} / ${format(core, 1)} ms = ${format((ours / core) * 100, 1)}%`);
  if (typed) {
    console.log(`- typed, all rules over the typed parse alone, e / e0: ${format(paired('e', 'e0', cpuOf), 3)}× [${format(paired('e', 'e0', wallOf), 3)}×] (target ≤ 1.5×)`);
  }

  // Two readings of each rule's stats over the rounds: the median, and the least-disturbed round (the minimum). The
  // stats are wall-clock, and on this shared machine other work only ever adds to them, so the minimum is the closer
  // estimate of the rule's own cost (the reasoning of Python's timeit); the verdict uses the median, the stricter one.
  const perKloc = (key: string, ruleId: string, pick: 'median' | 'min'): number => {
    const values = runs.get(key)!.map((run) => (run.ruleMs[ruleId] ?? 0) / kloc);
    return pick === 'median' ? median(values) : Math.min(...values);
  };
  const coreIds = Object.keys(runs.get('b+stats')![0]?.ruleMs ?? {});
  const distribution = (pick: 'median' | 'min'): string => {
    const values = coreIds.map((ruleId) => perKloc('b+stats', ruleId, pick)).sort((x, y) => x - y);
    return [median(values), values[Math.floor(values.length * 0.9)], values[values.length - 1]].map((value) => format(value, 3)).join(' / ');
  };
  console.log('\n| rule (untyped run d, with stats) | ms per 1,000 lines, median | least-disturbed round | median ≤ 0.5 |\n|---|---:|---:|:---:|');
  const perRule = ruleIds.filter((id) => !isTyped(id)).map((id) => ({ id, median: perKloc('d+stats', `ml-debt/${id}`, 'median'), min: perKloc('d+stats', `ml-debt/${id}`, 'min') }));
  for (const rule of perRule.sort((x, y) => y.median - x.median)) {
    console.log(`| ml-debt/${rule.id} | ${format(rule.median, 3)} | ${format(rule.min, 3)} | ${rule.median <= 0.5 ? 'yes' : 'NO'} |`);
  }
  console.log(
    `| (shared per-file analysis: library trace, call index, imports, test-file check; once per file for all rules) | ${format(perKloc('d+stats', sharedAnalysisId, 'median'), 3)} | ${format(perKloc('d+stats', sharedAnalysisId, 'min'), 3)} | |`,
  );
  console.log(`| @eslint/js recommended, ${coreIds.length} rules: median / p90 / max | ${distribution('median')} | ${distribution('min')} | |`);
}

void main();
