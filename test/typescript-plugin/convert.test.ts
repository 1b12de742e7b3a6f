// LintMessage → ts.Diagnostic and ts.CodeFixAction: ranges, categories, text, fixes, suggestions, disable comments.
import type { Linter } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
  disableLineAction,
  messageSpan,
  mlDebtDiagnosticCode,
  toCodeFixActions,
  toDiagnostic,
} from '../../src/typescript-plugin/convert.js';

const sourceFile = (text: string) => ts.createSourceFile('/project/src/train.ts', text, ts.ScriptTarget.Latest);

const message = (overrides: Partial<Linter.LintMessage>): Linter.LintMessage => ({
  ruleId: 'ml-debt/no-unseeded-random',
  severity: 2,
  message: '`tf.randomNormal` runs without a seed.',
  line: 1,
  column: 1,
  ...overrides,
});

/** Applies a code fix action's text changes to the text. */
function apply(text: string, action: ts.CodeFixAction): string {
  const changes = action.changes.flatMap((change) => change.textChanges).sort((a, b) => b.span.start - a.span.start);
  return changes.reduce((result, { span, newText }) => result.slice(0, span.start) + newText + result.slice(span.start + span.length), text);
}

describe('toDiagnostic', () => {
  const text = "import * as tf from '@tensorflow/tfjs';\nconst x = tf.randomNormal([2]);\n";
  const file = sourceFile(text);

  it('covers exactly the reported range, prefixed with the rule id, under the plugin code', () => {
    const diagnostic = toDiagnostic(ts, file, message({ line: 2, column: 11, endLine: 2, endColumn: 31 }));
    expect(text.slice(diagnostic.start, diagnostic.start! + diagnostic.length!)).toBe('tf.randomNormal([2])');
    expect(diagnostic).toMatchObject({
      file,
      messageText: '[ml-debt/no-unseeded-random] `tf.randomNormal` runs without a seed.',
      category: ts.DiagnosticCategory.Error,
      code: mlDebtDiagnosticCode,
      source: 'ml-debt',
    });
  });

  it('maps severity 1 to a warning', () => {
    expect(toDiagnostic(ts, file, message({ severity: 1 })).category).toBe(ts.DiagnosticCategory.Warning);
  });
});

describe('messageSpan', () => {
  it('spans lines, with CRLF line breaks', () => {
    const text = 'a(\r\n  b,\r\n);\r\n';
    const span = messageSpan(sourceFile(text), message({ line: 1, column: 1, endLine: 3, endColumn: 2 }));
    expect(text.slice(span.start, span.end)).toBe('a(\r\n  b,\r\n)');
  });

  it('is empty at the start when the message has no end', () => {
    expect(messageSpan(sourceFile('abc\ndef\n'), message({ line: 2, column: 2 }))).toEqual({ start: 5, end: 5 });
  });

  it('clamps a location past the end of the file instead of throwing', () => {
    expect(messageSpan(sourceFile('abc'), message({ line: 9, column: 40, endLine: 12, endColumn: 1 }))).toEqual({ start: 3, end: 3 });
  });
});

describe('toCodeFixActions', () => {
  const text = 'shuffle(xs);\n';

  it("turns the rule's fix and each suggestion into a code fix, in that order", () => {
    const actions = toCodeFixActions(
      '/project/src/train.ts',
      message({
        fix: { range: [8, 10], text: 'xs, 42' },
        suggestions: [
          { desc: 'Pass the seed 42', fix: { range: [8, 10], text: 'xs, 42' } },
          { desc: 'Use a seeded generator', fix: { range: [0, 7], text: 'seededShuffle' } },
        ],
      }),
    );
    expect(actions.map(({ fixName, description }) => ({ fixName, description }))).toEqual([
      { fixName: 'ml-debt/no-unseeded-random', description: 'Fix this ml-debt/no-unseeded-random problem' },
      { fixName: 'ml-debt/no-unseeded-random', description: 'Pass the seed 42' },
      { fixName: 'ml-debt/no-unseeded-random', description: 'Use a seeded generator' },
    ]);
    expect(actions.map((action) => apply(text, action))).toEqual(['shuffle(xs, 42);\n', 'shuffle(xs, 42);\n', 'seededShuffle(xs);\n']);
    expect(actions[0].changes[0].fileName).toBe('/project/src/train.ts');
  });

  it('offers nothing for a message without fix or suggestions', () => {
    expect(toCodeFixActions('/project/src/train.ts', message({}))).toEqual([]);
  });
});

describe('disableLineAction', () => {
  const rule = 'ml-debt/no-unseeded-random';

  it('inserts an eslint-disable-next-line comment above the line, at its indentation', () => {
    const text = 'function f() {\n    tf.randomNormal([2]);\n}\n';
    const action = disableLineAction(sourceFile(text), rule, 2);
    expect(action).toMatchObject({ fixName: 'ml-debt-disable-line', description: `Disable ${rule} for this line` });
    expect(apply(text, action)).toBe(`function f() {\n    // eslint-disable-next-line ${rule}\n    tf.randomNormal([2]);\n}\n`);
  });

  it('works on the first line', () => {
    expect(apply('tf.randomNormal([2]);', disableLineAction(sourceFile('tf.randomNormal([2]);'), rule, 1))).toBe(
      `// eslint-disable-next-line ${rule}\ntf.randomNormal([2]);`,
    );
  });

  it("keeps the file's CRLF line breaks", () => {
    const text = 'const a = 1;\r\ntf.randomNormal([2]);\r\n';
    expect(apply(text, disableLineAction(sourceFile(text), rule, 2))).toBe(
      `const a = 1;\r\n// eslint-disable-next-line ${rule}\r\ntf.randomNormal([2]);\r\n`,
    );
  });

  it('extends an eslint-disable-next-line comment already above the line instead of stacking a second one', () => {
    const text = '  // eslint-disable-next-line no-console\n  tf.randomNormal([2]);\n';
    expect(apply(text, disableLineAction(sourceFile(text), rule, 2))).toBe(
      `  // eslint-disable-next-line no-console, ${rule}\n  tf.randomNormal([2]);\n`,
    );
  });

  it('extends it before its "-- reason"', () => {
    const text = '// eslint-disable-next-line no-console -- demo output\ntf.randomNormal([2]);\n';
    expect(apply(text, disableLineAction(sourceFile(text), rule, 2))).toBe(
      `// eslint-disable-next-line no-console, ${rule} -- demo output\ntf.randomNormal([2]);\n`,
    );
  });
});
