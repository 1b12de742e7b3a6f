// The integration files and snippets users copy are real: the GitHub workflow, the pre-commit hook definition, the
// GitLab job's report conversion, the .oxlintrc.json snippet, and the exit codes everywhere they are documented.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { rules } from '../rules/index.js';
import { usage } from '../src/cli/arguments.js';
import { bin, project, removeProjects, repoRoot, unseeded } from './cli-helpers.js';

afterAll(removeProjects);

const read = (file: string): string => readFileSync(path.join(repoRoot, file), 'utf8');

/** The fenced blocks of a markdown file in a language. */
const blocks = (markdown: string, language: string): string[] =>
  [...markdown.matchAll(new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, 'gmu'))].map((match) => match[1]);

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}

describe('docs/examples/github-actions.yml', () => {
  const workflow = parse(read('docs/examples/github-actions.yml')) as {
    on: Record<string, unknown>;
    permissions: Record<string, string>;
    jobs: Record<string, { steps: Step[] }>;
  };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

  it('runs ml-debt with --format sarif into a file, and uploads that file to code scanning even when lint fails', () => {
    const lint = steps.find((step) => step.run?.includes('ml-debt') && step.run.includes('--format sarif'));
    expect(lint).toBeDefined();
    const outputs = [...lint!.run!.matchAll(/--format sarif[^\n>]*>\s*(\S+)/gu)].map((match) => match[1]);
    expect(outputs.length).toBeGreaterThan(0);
    const upload = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.with?.sarif_file).toBeDefined();
    expect(new Set(outputs)).toEqual(new Set([upload!.with!.sarif_file]));
    expect(steps.indexOf(upload!)).toBeGreaterThan(steps.indexOf(lint!));
    expect(upload!.if).toMatch(/always\(\)|cancelled\(\)/u);
  });

  it('grants the upload its permission and fetches the history --changed needs', () => {
    expect(workflow.permissions['security-events']).toBe('write');
    const checkout = steps.find((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['fetch-depth']).toBe(0);
    expect(workflow.on).toHaveProperty('pull_request');
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(read('.pre-commit-hooks.yaml')) as Record<string, unknown>[];
  const { bin: bins } = JSON.parse(read('package.json')) as { bin: Record<string, string> };

  it('defines the ml-debt hook as a node hook that runs the package bin on staged JS and TS files', () => {
    expect(hooks).toEqual([
      expect.objectContaining({
        id: 'ml-debt',
        language: 'node',
        entry: 'ml-debt',
        pass_filenames: true,
        types_or: expect.arrayContaining(['javascript', 'jsx', 'ts', 'tsx']) as string[],
      }),
    ]);
    expect(Object.keys(bins)).toContain(hooks[0].entry);
  });
});

describe('docs/ci.md', () => {
  const markdown = read('docs/ci.md');

  it('holds YAML that parses', () => {
    const yamlBlocks = blocks(markdown, 'yaml');
    expect(yamlBlocks.length).toBeGreaterThanOrEqual(3);
    for (const block of yamlBlocks) expect(() => parse(block) as unknown).not.toThrow();
  });

  it("GitLab job's conversion turns real ml-debt JSON into a code-quality report", () => {
    const gitlab = blocks(markdown, 'yaml')
      .map((block) => parse(block) as Record<string, { script?: string[] }>)
      .find((job) => job['ml-debt']?.script);
    const script = gitlab!['ml-debt'].script!.join('\n');
    const conversion = /node -e '([\s\S]*?)'/u.exec(script)![1];
    const dir = project({ 'src/train.js': unseeded });
    const json = spawnSync(process.execPath, [bin, '--format', 'json'], { cwd: dir, encoding: 'utf8' }).stdout;
    execFileSync(process.execPath, ['-e', `require('node:fs').writeFileSync('ml-debt.json', ${JSON.stringify(json)})`], { cwd: dir });
    execFileSync(process.execPath, ['-e', conversion], { cwd: dir });
    const report = JSON.parse(readFileSync(path.join(dir, 'gl-code-quality-report.json'), 'utf8')) as unknown;
    expect(report).toEqual([
      {
        description: expect.stringContaining('tf.randomNormal') as string,
        check_name: 'ml-debt/no-unseeded-random',
        fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/u) as string,
        severity: 'major',
        location: { path: 'src/train.js', lines: { begin: 2 } },
      },
    ]);
  });
});

describe('README', () => {
  it('has an .oxlintrc.json snippet that loads the package and names only rules that run without types', () => {
    const [snippet] = blocks(read('README.md'), 'json').filter((block) => block.includes('jsPlugins'));
    const config = JSON.parse(snippet) as { jsPlugins: string[]; rules: Record<string, string> };
    expect(config.jsPlugins).toEqual(['eslint-plugin-ml-debt']);
    for (const id of Object.keys(config.rules)) {
      const rule = rules[id.replace(/^ml-debt\//u, '') as keyof typeof rules];
      expect(rule, id).toBeDefined();
      expect(rule.meta.docs?.requiresTypeChecking, id).not.toBe(true);
    }
  });
});

describe('exit codes', () => {
  it.each([
    ['--help', usage],
    ['README.md', read('README.md')],
    ['docs/ci.md', read('docs/ci.md')],
  ])('are documented in %s', (_, text) => {
    for (const code of ['0', '1', '2']) expect(text).toMatch(new RegExp(`(^|[\\s|])${code}[\\s|]`, 'u'));
    expect(text).toContain('usage error');
    expect(text).toContain('--max-warnings');
  });
});
