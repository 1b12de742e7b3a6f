// The sarif and github formats on lint results built in-process: fingerprints that survive moved code, and escaping.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { createCliConfig } from '../src/cli/config.js';
import { toGithubAnnotations } from '../src/cli/github.js';
import { fingerprintKey, toSarif } from '../src/cli/sarif.js';
import { rules } from '../rules/index.js';
import { sarifSchemaErrors } from './sarif-schema.js';

const root = '/repo';
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: createCliConfig({ config: 'recommended', typeAware: false, tsconfigRootDir: root, rules: [] }),
});
const rulesMeta = Object.fromEntries(Object.entries(rules).map(([id, { meta }]) => [`ml-debt/${id}`, meta]));

const lint = async (text: string, file = 'src/train.js') => eslint.lintText(text, { filePath: `${root}/${file}` });

async function sarifResults(text: string, file?: string) {
  const log = toSarif(await lint(text, file), {
    root,
    rulesMeta,
    toolName: 'ml-debt',
    toolFullName: 'eslint-plugin-ml-debt',
    toolVersion: '0.0.0',
    informationUri: 'https://example.com',
  });
  expect(sarifSchemaErrors(log)).toEqual([]);
  return log.runs[0].results as { partialFingerprints: Record<string, string>; locations: { physicalLocation: { region: { startLine: number } } }[] }[];
}

const fingerprints = async (text: string, file?: string) =>
  (await sarifResults(text, file)).map((result) => result.partialFingerprints[fingerprintKey]);

const header = "import * as tf from '@tensorflow/tfjs';\n";

describe('SARIF fingerprints', () => {
  it('stay the same when the finding moves to another line or is re-indented', async () => {
    const before = await fingerprints(`${header}const x = tf.randomNormal([2]);\n`);
    const moved = await fingerprints(`${header}\n// a comment\nfunction f() {}\n    const x  =  tf.randomNormal([2]);\n`);
    expect(before).toHaveLength(1);
    expect(moved).toEqual(before);
  });

  it('differ for another file, another rule or changed code', async () => {
    const [base] = await fingerprints(`${header}const x = tf.randomNormal([2]);\n`);
    const [otherFile] = await fingerprints(`${header}const x = tf.randomNormal([2]);\n`, 'src/other.js');
    const [otherCode] = await fingerprints(`${header}const x = tf.randomNormal([3]);\n`);
    expect(new Set([base, otherFile, otherCode]).size).toBe(3);
  });

  it('tell identical findings in one file apart by their order', async () => {
    const twice = await fingerprints(`${header}tf.randomNormal([2]);\ntf.randomNormal([2]);\n`);
    expect(twice).toHaveLength(2);
    expect(twice[0].replace(/:1$/, '')).toBe(twice[1].replace(/:2$/, ''));
    expect(twice[0]).not.toBe(twice[1]);
  });

  it('keep the line out of the hash but in the region', async () => {
    const [result] = await sarifResults(`${header}\n\nconst x = tf.randomNormal([2]);\n`);
    expect(result.locations[0].physicalLocation.region.startLine).toBe(4);
  });

  it('mark findings under an eslint-disable comment as suppressed in source', async () => {
    const results = await sarifResults(
      `${header}// eslint-disable-next-line ml-debt/no-unseeded-random -- noise for a demo\nconst x = tf.randomNormal([2]);\n`,
    );
    expect(results).toEqual([
      expect.objectContaining({ suppressions: [{ kind: 'inSource', justification: 'noise for a demo' }] }),
    ]);
  });
});

describe('GitHub workflow commands', () => {
  const result = (message: string, filePath = `${root}/src/a,b:c%.js`): ESLint.LintResult => ({
    filePath,
    messages: [
      { ruleId: 'ml-debt/no-unseeded-random', severity: 2, message, line: 3, column: 5, endLine: 3, endColumn: 9 },
      { ruleId: null, severity: 2, fatal: true, message: 'Parsing error: oops', line: 1, column: 1 },
    ],
    suppressedMessages: [],
    errorCount: 2,
    fatalErrorCount: 1,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
  });

  it("escapes %, CR and LF in messages, and also : and , in properties, as GitHub's toolkit does", () => {
    expect(toGithubAnnotations([result('100% wrong:\r\nsee, here')], root)).toBe(
      '::error file=src/a%2Cb%3Ac%25.js,line=3,col=5,endLine=3,endColumn=9,title=ml-debt/no-unseeded-random::100%25 wrong:%0D%0Asee, here\n' +
        '::error file=src/a%2Cb%3Ac%25.js,line=1,col=1,title=ml-debt parsing error::Parsing error: oops\n',
    );
  });

  it('prints nothing for no problems', () => {
    expect(toGithubAnnotations([], root)).toBe('');
  });
});
