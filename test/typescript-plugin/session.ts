// What the tsserver tests share: a file that has both a TypeScript error and ml-debt findings, a tsconfig that loads
// the plugin by its documented name, and small requests against a running tsserver.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type * as ts from 'typescript';
import type { TsServerClient } from '../../bench/tsserver-client.js';
import { pluginName, projectTsconfig, repositoryRoot } from '../../bench/temp-project.js';

export type ProtocolDiagnostic = ts.server.protocol.Diagnostic;
export type ProtocolCodeFix = ts.server.protocol.CodeFixAction;
export type Location = ts.server.protocol.Location;

export const mlDebtCode = 990_001;

/**
 * A training module with an unseeded tfjs call every ml-debt host reports, an unseeded Dataset shuffle that only type
 * information identifies, and a TypeScript error (a misspelt name, which TypeScript offers a fix for) inside a third
 * finding, so one code-fix request at the cursor has fixes from both.
 */
export const trainSource = [
  "import * as tf from '@tensorflow/tfjs';",
  'const epochs = 3;',
  'export const noise = tf.randomNormal([2]);',
  'export function prepare(ds: tf.data.Dataset<tf.TensorContainer>) { return ds.shuffle(100); }',
  'export const jitter = tf.randomUniform([epochz]);',
  '',
].join('\n');

export function tsconfigWithPlugin(pluginOptions: Record<string, unknown> = {}): string {
  return projectTsconfig([{ name: pluginName, ...pluginOptions }]);
}

export function assertBuilt(): void {
  if (!existsSync(path.join(repositoryRoot, 'dist/src/typescript-plugin/index.js'))) {
    throw new Error('dist/ is missing: run `npm run build` before the tsserver tests');
  }
}

/** The 1-based line/offset where `snippet` starts and ends in `text`, as tsserver reports positions. */
export function locate(text: string, snippet: string): { start: Location; end: Location } {
  const index = text.indexOf(snippet);
  if (index === -1) throw new Error(`"${snippet}" is not in the text`);
  const at = (offset: number): Location => {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length, offset: before.at(-1)!.length + 1 };
  };
  return { start: at(index), end: at(index + snippet.length) };
}

export function openFile(client: TsServerClient, file: string, projectRootPath: string): void {
  client.notify('open', { file, fileContent: readFileSync(file, 'utf8'), scriptKindName: 'TS', projectRootPath });
}

export async function semanticDiagnostics(client: TsServerClient, file: string): Promise<ProtocolDiagnostic[]> {
  const response = await client.request<ProtocolDiagnostic[]>('semanticDiagnosticsSync', { file });
  if (!response.success) throw new Error(`semanticDiagnosticsSync failed: ${response.message}`);
  return response.body!;
}

export async function codeFixes(
  client: TsServerClient,
  file: string,
  range: { start: Location; end: Location },
  errorCodes: number[],
): Promise<ProtocolCodeFix[]> {
  const response = await client.request<ProtocolCodeFix[]>('getCodeFixes', {
    file,
    startLine: range.start.line,
    startOffset: range.start.offset,
    endLine: range.end.line,
    endOffset: range.end.offset,
    errorCodes,
  });
  if (!response.success) throw new Error(`getCodeFixes failed: ${response.message}`);
  return response.body!;
}

export const ours = (diagnostics: ProtocolDiagnostic[]) => diagnostics.filter((diagnostic) => diagnostic.code === mlDebtCode);
export const typescripts = (diagnostics: ProtocolDiagnostic[]) => diagnostics.filter((diagnostic) => diagnostic.code !== mlDebtCode);
