// ProgramLinter on an in-memory language service: the language service's Program gives the typed rules their types,
// results are cached per file version and Program, and a TypeScript version mismatch falls back to untyped rules.
import path from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { PluginOptions } from '../../src/typescript-plugin/config.js';
import { parsePluginOptions } from '../../src/typescript-plugin/config.js';
import type { ProgramLinterHost } from '../../src/typescript-plugin/lint.js';
import { ProgramLinter } from '../../src/typescript-plugin/lint.js';
import { file, MemoryProject, root } from './memory-project.js';
import { locate, trainSource } from './session.js';

function options(entry: Record<string, unknown> = {}): PluginOptions {
  const result = parsePluginOptions(entry);
  if (!result.ok) throw new Error(result.error);
  return result.options;
}

function linterFor(project: MemoryProject, overrides: Partial<ProgramLinterHost> = {}, pluginOptions = options()) {
  const log = { info: vi.fn<(message: string) => void>(), verbose: vi.fn<(message: string) => void>() };
  const linter = new ProgramLinter(
    {
      typescript: ts,
      languageService: project.languageService,
      languageServiceHost: project.host,
      projectDirectory: root,
      log,
      ...overrides,
    },
    pluginOptions,
  );
  return { linter, log };
}

const findings = (linter: ProgramLinter, name: string) =>
  linter.lint(file(name))?.messages.map(({ ruleId, line, column }) => ({ ruleId, line, column }));

const splitSource = 'export const split = [1, 2, 3].filter(() => Math.random() < 0.8);\n';

let project: MemoryProject;

beforeAll(() => {
  project = new MemoryProject({
    'src/train.ts': trainSource,
    'src/other.ts': 'export const learningRate = 0.01;\n',
    'src/split.ts': splitSource,
    // An unused directive, a rule enabled inline, and a rule of a plugin this Linter does not have.
    'src/comments.ts': [
      "import * as tf from '@tensorflow/tfjs';",
      '/* eslint no-console: "error" */',
      '// eslint-disable-next-line no-debugger, @typescript-eslint/no-explicit-any',
      'console.log(1);',
      'export const x = tf.randomNormal([2]);',
      '',
    ].join('\n'),
    'src/shapes.d.ts': "import * as tf from '@tensorflow/tfjs';\nexport declare const noise: ReturnType<typeof tf.randomNormal>;\n",
  });
  // Building the Program with the real tfjs types takes seconds on a busy machine: a hook's budget, not a test's.
  project.languageService.getSemanticDiagnostics(file('src/train.ts'));
});

describe('ProgramLinter', () => {
  it("lints on the language service's Program, so a finding that needs types is reported", () => {
    const { linter } = linterFor(project);
    expect(linter.typed).toBe(true);
    const at = (snippet: string) => {
      const { line, offset } = locate(trainSource, snippet).start;
      return { ruleId: 'ml-debt/no-unseeded-random', line, column: offset };
    };
    expect(findings(linter, 'src/train.ts')).toEqual([at('tf.randomNormal'), at('ds.shuffle'), at('tf.randomUniform')]);
  });

  it('answers from its cache while the file version and the Program stay the same', () => {
    const { linter, log } = linterFor(project);
    const first = linter.lint(file('src/train.ts'));
    const second = linter.lint(file('src/train.ts'));
    expect(second!.messages).toBe(first!.messages);
    expect(log.verbose).toHaveBeenCalledTimes(1);
    expect(log.verbose.mock.calls[0][0]).toMatch(/^linted .*\/src\/train\.ts \(version 1\) in \d+\.\d ms \(CPU \d+\.\d ms\)$/u);
  });

  it('lints again when the file changes, and when another file changes the Program (and so the types)', () => {
    const { linter, log } = linterFor(project);
    linter.lint(file('src/train.ts'));
    project.edit('src/train.ts', `// a comment line\n${trainSource}`);
    expect(findings(linter, 'src/train.ts')!.map(({ line }) => line)).toEqual([4, 5, 6]);
    project.edit('src/other.ts', 'export const learningRate = 0.02;\n');
    linter.lint(file('src/train.ts'));
    expect(log.verbose).toHaveBeenCalledTimes(3);
  });

  it("runs only the rules that need no types when tsserver's TypeScript is not the parser's", () => {
    const { linter, log } = linterFor(project, { typescript: { ...ts, version: '5.0.0' } });
    expect(linter.typed).toBe(false);
    expect(log.info).toHaveBeenCalledWith(
      `tsserver runs TypeScript 5.0.0 but @typescript-eslint/parser loads ${ts.version}; running only the rules that need no type information. Select the workspace TypeScript version in your editor.`,
    );
    // The Dataset shuffle on line 4 needs types.
    expect(findings(linter, 'src/train.ts')!.map(({ line }) => line)).toEqual([4, 6]);
  });

  it("matches settings['ml-debt'].mlFiles against paths relative to the project directory", () => {
    expect(findings(linterFor(project).linter, 'src/split.ts')).toEqual([]);
    const { linter } = linterFor(project, {}, options({ settings: { mlFiles: ['src/split.ts'] } }));
    expect(findings(linter, 'src/split.ts')).toEqual([
      { ruleId: 'ml-debt/no-unseeded-random', line: 1, column: splitSource.indexOf('Math.random') + 1 },
    ]);
  });

  it('lints a file outside the project directory too', () => {
    const { linter } = linterFor(project, { projectDirectory: path.join(root, 'elsewhere') });
    expect(findings(linter, 'src/train.ts')).toHaveLength(3);
  });

  it("reports only this package's rules, whatever other ESLint comments the file holds", () => {
    const { linter } = linterFor(project);
    expect(findings(linter, 'src/comments.ts')).toEqual([{ ruleId: 'ml-debt/no-unseeded-random', line: 5, column: 18 }]);
  });

  it('leaves declaration files and files outside the Program alone', () => {
    const { linter } = linterFor(project);
    expect(linter.lint(file('src/shapes.d.ts'))).toBeUndefined();
    expect(linter.lint(file('src/missing.ts'))).toBeUndefined();
  });
});
