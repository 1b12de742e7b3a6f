// ESLint's findings in TypeScript's terms: a LintMessage becomes a ts.Diagnostic, its fix and suggestions become
// ts.CodeFixActions, and every finding gets a "Disable <rule> for this line" action.
import type { Linter } from 'eslint';
import type * as ts from 'typescript';

/** The one diagnostic code of every finding this plugin adds; editors ask for code fixes by it. */
export const mlDebtDiagnosticCode = 990_001;

/** Where an ESLint message starts and ends in the file's text. */
export interface MessageSpan {
  start: number;
  end: number;
}

/** The offset of a 1-based ESLint line and column, clamped to that line so a stale location never throws. */
function offsetOf(sourceFile: ts.SourceFile, line: number, column: number): number {
  const lineStarts = sourceFile.getLineStarts();
  const index = Math.min(Math.max(line - 1, 0), lineStarts.length - 1);
  const lineEnd = index + 1 < lineStarts.length ? lineStarts[index + 1] : sourceFile.text.length;
  return Math.min(lineStarts[index] + Math.max(column - 1, 0), lineEnd);
}

export function messageSpan(sourceFile: ts.SourceFile, message: Linter.LintMessage): MessageSpan {
  const start = offsetOf(sourceFile, message.line, message.column);
  const end = message.endLine === undefined ? start : offsetOf(sourceFile, message.endLine, message.endColumn ?? message.column);
  return { start, end: Math.max(start, end) };
}

export function toDiagnostic(
  typescript: typeof ts,
  sourceFile: ts.SourceFile,
  message: Linter.LintMessage,
): ts.Diagnostic {
  const { start, end } = messageSpan(sourceFile, message);
  return {
    file: sourceFile,
    start,
    length: end - start,
    messageText: `[${message.ruleId}] ${message.message}`,
    category: message.severity === 2 ? typescript.DiagnosticCategory.Error : typescript.DiagnosticCategory.Warning,
    code: mlDebtDiagnosticCode,
    source: 'ml-debt',
  };
}

function editAction(fileName: string, fixName: string, description: string, fix: Linter.LintMessage['fix']): ts.CodeFixAction {
  const [start, end] = fix!.range;
  return {
    fixName,
    description,
    changes: [{ fileName, textChanges: [{ span: { start, length: end - start }, newText: fix!.text }] }],
  };
}

/** The rule's own fix and suggestions, in that order. */
export function toCodeFixActions(fileName: string, message: Linter.LintMessage): ts.CodeFixAction[] {
  const fixName = message.ruleId ?? 'ml-debt';
  const actions: ts.CodeFixAction[] = [];
  if (message.fix) actions.push(editAction(fileName, fixName, `Fix this ${fixName} problem`, message.fix));
  for (const suggestion of message.suggestions ?? []) {
    actions.push(editAction(fileName, fixName, suggestion.desc, suggestion.fix));
  }
  return actions;
}

// An existing `// eslint-disable-next-line a, b -- why` just above: extend it rather than stack a second directive,
// which would disable the first one's rules on the comment line instead of the code.
const disableNextLine = /^\s*\/\/\s*eslint-disable-next-line\s+[^\s-][^]*?(?=\s+--|\s*$)/u;

/** Inserts (or extends) `// eslint-disable-next-line <ruleId>` above the message's first line. */
export function disableLineAction(sourceFile: ts.SourceFile, ruleId: string, line: number): ts.CodeFixAction {
  const { text } = sourceFile;
  const lineStarts = sourceFile.getLineStarts();
  const index = Math.min(Math.max(line - 1, 0), lineStarts.length - 1);
  const lineStart = lineStarts[index];
  const description = `Disable ${ruleId} for this line`;
  const lineOf = (at: number) => text.slice(lineStarts[at], at + 1 < lineStarts.length ? lineStarts[at + 1] : text.length);
  const previous = index > 0 ? disableNextLine.exec(lineOf(index - 1).replace(/\r?\n$/u, '')) : null;
  let textChange: ts.TextChange;
  if (previous) {
    textChange = { span: { start: lineStarts[index - 1] + previous[0].length, length: 0 }, newText: `, ${ruleId}` };
  } else {
    const indentation = /^[ \t]*/u.exec(lineOf(index))![0];
    const newLine = text.includes('\r\n') ? '\r\n' : '\n';
    textChange = { span: { start: lineStart, length: 0 }, newText: `${indentation}// eslint-disable-next-line ${ruleId}${newLine}` };
  }
  return { fixName: 'ml-debt-disable-line', description, changes: [{ fileName: sourceFile.fileName, textChanges: [textChange] }] };
}
