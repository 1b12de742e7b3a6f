// GitHub Actions workflow commands (`::error file=…::message`), which GitHub shows as annotations on the changed lines.
import path from 'node:path';
import type { ESLint, Linter } from 'eslint';

// https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts escapes these, and the runner unescapes them.
const escapeData = (text: string): string => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
const escapeProperty = (text: string): string => escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

function annotation(file: string, message: Linter.LintMessage): string {
  const kind = message.fatal === true || message.severity === 2 ? 'error' : 'warning';
  const properties: [string, string | number | undefined][] = [
    ['file', file],
    ['line', message.line],
    ['col', message.column],
    ['endLine', message.endLine],
    ['endColumn', message.endColumn],
    ['title', message.ruleId ?? 'ml-debt parsing error'],
  ];
  const list = properties
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => `${name}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${kind} ${list}::${escapeData(message.message)}`;
}

/**
 * One workflow command per problem, with the file relative to the repository root, as GitHub expects (the workspace
 * is the checkout). Suppressed problems are left out.
 */
export function toGithubAnnotations(results: readonly ESLint.LintResult[], root: string): string {
  const lines: string[] = [];
  for (const result of results) {
    const file = path.relative(root, result.filePath).split(path.sep).join('/');
    for (const message of result.messages) lines.push(annotation(file, message));
  }
  return lines.map((line) => `${line}\n`).join('');
}
