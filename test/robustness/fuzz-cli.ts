// `npm run fuzz -- --seed N --count M`: the full fuzz run. Minimised failures are saved under
// test/robustness/regressions/, where the test suite replays them; the exit code is 1 when any case failed.
import plugin from '../../src/index.js';
import { regressionsDir, runFuzz, saveRegression } from './fuzz.js';
import { collectSamples } from './samples.js';

function parseArguments(argv: readonly string[]): { seed: number; count: number } {
  const values: Record<string, number> = { seed: Date.now() % 1_000_000, count: 2000 };
  for (let index = 0; index < argv.length; index++) {
    const match = /^--(seed|count)(?:=(.*))?$/u.exec(argv[index]);
    const raw = match ? (match[2] ?? argv[++index]) : undefined;
    const value = Number(raw);
    if (!match || raw === undefined || !Number.isSafeInteger(value) || value < 0) {
      process.stderr.write(`fuzz: unexpected argument ${JSON.stringify(argv[index] ?? '')}\nusage: npm run fuzz -- [--seed N] [--count M]\n`);
      process.exit(2);
    }
    values[match[1]] = value;
  }
  return { seed: values.seed, count: values.count };
}

const { seed, count } = parseArguments(process.argv.slice(2));
const samples = collectSamples();
const started = performance.now();
process.stderr.write(`fuzz: seed ${seed}, ${count} cases, ${samples.length} ML samples, rules: ${Object.keys(plugin.rules).join(', ')}\n`);
const report = runFuzz(plugin, {
  seed,
  count,
  samples,
  onCase(index, fuzzCase, problem) {
    if (problem) process.stderr.write(`  case ${index} (${fuzzCase.origin}): ${problem.type}: ${problem.message.split('\n')[0]}\n`);
    if ((index + 1) % 500 === 0) process.stderr.write(`  ${index + 1}/${count}\n`);
  },
});
const seconds = (performance.now() - started) / 1000;
console.log(
  `fuzz: seed ${seed}: ${report.cases} cases (${report.eslump} eslump, ${report.mutations} mutated ML code; ` +
    `${report.withRandomOptions} with random options), ${report.unparsable} unparsable and skipped, ` +
    `${report.reported} with reports, ${report.fixed} fixed; ${report.failures.length} failures in ${seconds.toFixed(1)} s`,
);
for (const failure of report.failures) {
  const file = saveRegression(failure);
  console.log(`  ${failure.problem.type} in ${Object.keys(failure.minimised.rules).join(', ')} (${failure.original.origin})`);
  console.log(`    minimised from ${failure.original.code.length} to ${failure.minimised.code.length} characters: ${file}`);
}
if (report.failures.length > 0) {
  console.log(`Fix the rules, keep the cases in ${regressionsDir} as regression tests.`);
  process.exitCode = 1;
}
