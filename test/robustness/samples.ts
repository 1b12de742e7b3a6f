// ML code to mutate: the example project, the rule docs' code blocks, and every `code`/`output` string of the rule
// tests (read by parsing the test files, since their case arrays cannot be imported outside a test runner).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { getStaticValue } from '@eslint-community/eslint-utils';
import { parseForESLint } from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import { packageRoot } from '../../src/package-info.js';

export interface Sample {
  /** Where it came from, for reports: a file path, `file:line`, or a test case name. */
  readonly origin: string;
  readonly code: string;
  /** The extension decides the parser: .ts/.tsx through typescript-eslint, anything else through espree. */
  readonly filename: string;
}

const codeExtensions = /\.(?:[cm]?[jt]s|[jt]sx)$/u;

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile() && keep(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

const relative = (file: string): string => path.relative(packageRoot, file).split(path.sep).join('/');

function exampleSamples(): Sample[] {
  return filesUnder(path.join(packageRoot, 'examples'), (name) => codeExtensions.test(name)).map((file) => ({
    origin: relative(file),
    code: readFileSync(file, 'utf8'),
    filename: path.basename(file),
  }));
}

function docSamples(): Sample[] {
  const samples: Sample[] = [];
  for (const file of filesUnder(path.join(packageRoot, 'docs'), (name) => name.endsWith('.md'))) {
    const lines = readFileSync(file, 'utf8').split('\n');
    for (let index = 0; index < lines.length; index++) {
      const fence = /^```(js|ts|jsx|tsx|javascript|typescript)\s*$/u.exec(lines[index]);
      if (!fence) continue;
      const end = lines.indexOf('```', index + 1);
      if (end < 0) break;
      const typescript = fence[1].startsWith('t');
      samples.push({
        origin: `${relative(file)}:${index + 1}`,
        code: lines.slice(index + 1, end).join('\n'),
        filename: `example.${typescript ? 'ts' : 'js'}${fence[1].endsWith('x') ? 'x' : ''}`,
      });
      index = end;
    }
  }
  return samples;
}

type Scope = ReturnType<typeof parseForESLint>['scopeManager'] extends infer M
  ? M extends { globalScope: infer S } ? NonNullable<S> : never
  : never;

/** Visits every node with its innermost scope, so `${tfjs}` templates resolve against the file's consts. */
function walk(node: TSESTree.Node, scope: Scope, manager: ReturnType<typeof parseForESLint>['scopeManager'], visit: (node: TSESTree.Node, scope: Scope) => void): void {
  const own = (manager.acquire(node, true) as Scope | null) ?? scope;
  visit(node, own);
  for (const [key, value] of Object.entries(node)) {
    if (key === 'parent' || value === null || typeof value !== 'object') continue;
    for (const child of Array.isArray(value) ? (value as unknown[]) : [value]) {
      if (child && typeof (child as TSESTree.Node).type === 'string') walk(child as TSESTree.Node, own, manager, visit);
    }
  }
}

const staticString = (node: TSESTree.Node, scope: Scope): string | undefined => {
  const result = getStaticValue(node as never, scope as never);
  return typeof result?.value === 'string' ? result.value : undefined;
};

function propertyNamed(object: TSESTree.ObjectExpression, name: string): TSESTree.ObjectLiteralElement | undefined {
  return object.properties.find(
    (property) =>
      property.type === 'Property' && !property.computed && property.key.type === 'Identifier' && property.key.name === name,
  );
}

const valueOf = (property: TSESTree.ObjectLiteralElement | undefined, scope: Scope): string | undefined =>
  property?.type === 'Property' ? staticString(property.value, scope) : undefined;

/** The `code` and `output` strings of every RuleTester case in `file`, with the case's filename when it has one. */
export function testCaseSamples(file: string): Sample[] {
  const source = readFileSync(file, 'utf8');
  const { ast, scopeManager } = parseForESLint(source, { filePath: file, range: true, loc: true, sourceType: 'module' });
  const samples: Sample[] = [];
  const typescriptTests = /createTypedRuleTester|\.ts['"`]/u.test(source);
  walk(ast, scopeManager.globalScope as Scope, scopeManager, (node, scope) => {
    if (node.type !== 'ObjectExpression') return;
    const filename = valueOf(propertyNamed(node, 'filename'), scope);
    for (const key of ['code', 'output']) {
      const code = valueOf(propertyNamed(node, key), scope);
      if (code === undefined) continue;
      const name = valueOf(propertyNamed(node, 'name'), scope);
      samples.push({
        origin: `${relative(file)}:${node.loc.start.line}${name ? ` (${name})` : ''}${key === 'output' ? ' output' : ''}`,
        code,
        filename: filename ?? (typescriptTests ? 'file.ts' : 'file.js'),
      });
    }
  });
  return samples;
}

/** Every sample from the repository, deduplicated by code and filename. */
export function collectSamples(): Sample[] {
  const testFiles = filesUnder(path.join(packageRoot, 'test', 'rules'), (name) => name.endsWith('.test.ts'));
  const all = [...exampleSamples(), ...docSamples(), ...testFiles.flatMap(testCaseSamples)];
  const seen = new Set<string>();
  return all.filter((sample) => {
    const key = `${sample.filename}\0${sample.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
