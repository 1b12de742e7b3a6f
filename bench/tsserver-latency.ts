// Latency the tsserver plugin adds to semanticDiagnosticsSync: the same tsserver with and without the plugin, over
// generated tfjs modules of 100 to 2,000 lines, requests timed after the first. `npm run bench:tsserver [-- --sizes
// 100,1000 --repeats 40]`; record the printed table in bench/RESULTS.md.
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { TsServerClient } from './tsserver-client.js';
import { createTempProject, pluginName, projectTsconfig } from './temp-project.js';

const mlDebtCode = 990_001;

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : process.argv[index + 1];
}

const sizes = argument('sizes', '100,500,1000,2000').split(',').map(Number);
const repeats = Number(argument('repeats', '40'));
/** Untimed edit cycles per module before timing, so neither server is measured while V8 still compiles its code. */
const warmups = 5;

const counterPrefix = "export const editCounter = '";

/** A tfjs module of `lines` lines: layers built from seeded ops, every fifth with an unseeded one (a finding). */
function generateModule(lines: number): string {
  const out = ["import * as tf from '@tensorflow/tfjs';", `${counterPrefix}00000';`, ''];
  const blockLines = 8;
  for (let block = 1; out.length + blockLines <= lines; block++) {
    out.push(
      `export function layer${block}(x: tf.Tensor2D, rate: number): tf.Tensor2D {`,
      `  const w = tf.randomNormal([4, 4], 0, 1, 'float32', ${block});`,
      '  const b = tf.zeros([4]);',
      block % 5 === 0 ? '  const noise = tf.randomUniform([4, 4]);' : `  const noise = tf.randomUniform([4, 4], 0, 1, 'float32', ${block});`,
      '  const y = tf.matMul(x, w).add(b).mul(noise);',
      '  return tf.relu(y.mul(tf.scalar(rate))) as tf.Tensor2D;',
      '}',
      '',
    );
  }
  while (out.length < lines) out.push('// padding');
  return `${out.join('\n')}\n`;
}

/** Nearest-rank quantile. */
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

interface Side {
  client: TsServerClient;
  file: (lines: number) => string;
}

async function timeDiagnostics(side: Side, file: string): Promise<{ ms: number; ours: number }> {
  const started = performance.now();
  const response = await side.client.request<{ code: number }[]>('semanticDiagnosticsSync', { file });
  const ms = performance.now() - started;
  if (!response.success) throw new Error(`semanticDiagnosticsSync failed: ${response.message}`);
  return { ms, ours: response.body!.filter((diagnostic) => diagnostic.code === mlDebtCode).length };
}

/** Rewrites the counter on line 2, so the file has a new version and TypeScript and the plugin both check it again. */
function edit(side: Side, file: string, counter: number): void {
  const offset = counterPrefix.length + 1;
  side.client.notify('change', { file, line: 2, offset, endLine: 2, endOffset: offset + 5, insertString: String(counter).padStart(5, '0') });
}

interface Row {
  lines: number;
  scenario: 'unchanged file' | 'after an edit';
  findings: number;
  without: number[];
  with: number[];
}

async function measure(sides: { with: Side; without: Side }, lines: number): Promise<Row[]> {
  const files = { with: sides.with.file(lines), without: sides.without.file(lines) };
  for (const key of ['with', 'without'] as const) {
    sides[key].client.notify('open', { file: files[key] });
    await timeDiagnostics(sides[key], files[key]); // the first request: project load, or this file's first check
  }
  for (let i = 0; i < warmups; i++) {
    for (const key of ['with', 'without'] as const) {
      edit(sides[key], files[key], 90_000 + i);
      await timeDiagnostics(sides[key], files[key]);
    }
  }
  const rows: Row[] = [];
  for (const scenario of ['unchanged file', 'after an edit'] as const) {
    const row: Row = { lines, scenario, findings: 0, without: [], with: [] };
    for (let i = 0; i < repeats; i++) {
      // Alternate which server goes first, so drift in the machine's load falls on both.
      const order = i % 2 === 0 ? (['with', 'without'] as const) : (['without', 'with'] as const);
      for (const key of order) {
        if (scenario === 'after an edit') edit(sides[key], files[key], i + 1);
        const { ms, ours } = await timeDiagnostics(sides[key], files[key]);
        row[key].push(ms);
        if (key === 'with') row.findings = ours;
        else if (ours !== 0) throw new Error('the server without the plugin reported ml-debt findings');
      }
    }
    if (row.findings === 0) throw new Error(`the plugin reported nothing on the ${lines}-line module: is it loaded?`);
    rows.push(row);
  }
  return rows;
}

interface LintTimes {
  wall: number[];
  cpu: number[];
}

/** The plugin's own lint times per module size, from its verbose log lines `linted <file> (…) in N ms (CPU M ms)`. */
function lintTimes(log: string): Map<number, LintTimes> {
  const times = new Map<number, LintTimes>();
  const line = /\[ml-debt\] linted \S*model-(\d+)\.ts \(version [^)]*\) in ([\d.]+) ms \(CPU ([\d.]+) ms\)/gu;
  for (const [, lines, wall, cpu] of log.matchAll(line)) {
    const entry = times.get(Number(lines)) ?? { wall: [], cpu: [] };
    entry.wall.push(Number(wall));
    entry.cpu.push(Number(cpu));
    times.set(Number(lines), entry);
  }
  return times;
}

async function main(): Promise<void> {
  const project = createTempProject({
    install: { link: true },
    linkModules: ['@tensorflow'],
    files: {
      'with/tsconfig.json': projectTsconfig([{ name: pluginName }]),
      'without/tsconfig.json': projectTsconfig([]),
      ...Object.fromEntries(
        sizes.flatMap((lines) => [
          [`with/src/model-${lines}.ts`, generateModule(lines)],
          [`without/src/model-${lines}.ts`, generateModule(lines)],
        ]),
      ),
    },
  });
  // Both servers log at the same verbosity, so logging costs both the same; the plugin's log gives its own lint times.
  const start = (side: 'with' | 'without'): Side => ({
    client: TsServerClient.start({
      tsserverPath: project.tsserverPath,
      cwd: project.directory,
      logFile: project.path(`${side}.log`),
      logVerbosity: 'verbose',
    }),
    file: (lines) => project.path(`${side}/src/model-${lines}.ts`),
  });
  const sides = { with: start('with'), without: start('without') };
  const loadBefore = loadavg();
  const rows: Row[] = [];
  let lints: Map<number, LintTimes>;
  try {
    try {
      for (const lines of sizes) rows.push(...(await measure(sides, lines)));
    } finally {
      await Promise.all([sides.with.client.close(), sides.without.client.close()]);
    }
    lints = lintTimes(readFileSync(project.path('with.log'), 'utf8'));
  } finally {
    project.remove();
  }
  const loadAfter = loadavg();

  const ms = (value: number) => value.toFixed(1);
  const pair = (values: readonly number[]) => `${ms(quantile(values, 0.5))} / ${ms(quantile(values, 0.95))}`;
  console.log(`date: ${new Date().toISOString()}`);
  console.log(
    `machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`,
  );
  console.log(`load average (1 min) before/after: ${loadBefore[0].toFixed(2)} / ${loadAfter[0].toFixed(2)}`);
  console.log(
    `${repeats} timed semanticDiagnosticsSync requests per server and row, after each file's first request and ${warmups} untimed edits\n`,
  );
  console.log(
    '| lines | requests | ml-debt findings | TypeScript alone p50 / p95 (ms) | with the plugin p50 / p95 (ms) | added p50 (ms) | added p95 (ms) | plugin lints | plugin lint wall p50 / p95 (ms) | plugin lint CPU p50 / p95 (ms) |',
  );
  console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    // Per module: one lint for the first request, one per warm-up and timed edit, none for unchanged requests (so the
    // count left for those shows the cache at work), and the timed edits' lints last.
    const own = lints.get(row.lines) ?? { wall: [], cpu: [] };
    const edited = row.scenario === 'after an edit';
    const count = edited ? repeats : own.wall.length - 1 - warmups - repeats;
    const [wall, cpu] = edited ? [own.wall.slice(-repeats), own.cpu.slice(-repeats)] : [[], []];
    const added = (q: number) => ms(quantile(row.with, q) - quantile(row.without, q));
    const ownPair = (values: number[]) => (values.length > 0 ? pair(values) : '–');
    console.log(
      `| ${row.lines} | ${row.scenario} | ${row.findings} | ${pair(row.without)} | ${pair(row.with)} | ${added(0.5)} | ${added(0.95)} | ${count} | ${ownPair(wall)} | ${ownPair(cpu)} |`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
