// How code in this file can reach a library API (`tf.tidy`, or `tidy` when imported by name), for fixes and
// suggestions that insert a call.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { libraries } from '../catalog/index.js';
import { findRequireCalls, requiredSpecifier } from './module-imports.js';

/** Module specifiers (and globals) of `libraryId` that expose `part` at their root. */
function rootsOf(libraryId: string, part: string): { modules: Set<string>; globals: Set<string> } {
  const library = libraries.find((candidate) => candidate.id === libraryId);
  const exposes = (entry: { mounts: readonly { part: string; at?: readonly string[] }[] }) =>
    entry.mounts.some((mount) => mount.part === part && (mount.at ?? []).length === 0);
  return {
    modules: new Set(library?.modules.filter(exposes).map((entry) => entry.name)),
    globals: new Set(library?.globals?.filter(exposes).map((entry) => entry.name)),
  };
}

export function findApiAccess(
  sourceCode: Readonly<TSESLint.SourceCode>,
  libraryId: string,
  part: string,
  path: readonly string[],
): string | undefined {
  const { modules, globals } = rootsOf(libraryId, part);
  const [first, ...rest] = path;
  const tail = rest.map((key) => `.${key}`).join('');
  for (const statement of sourceCode.ast.body) {
    if (statement.type !== 'ImportDeclaration' || !modules.has(statement.source.value)) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type === 'ImportNamespaceSpecifier') return `${specifier.local.name}.${path.join('.')}`;
      if (
        specifier.type === 'ImportSpecifier' &&
        specifier.imported.type === 'Identifier' &&
        specifier.imported.name === first
      ) {
        return `${specifier.local.name}${tail}`;
      }
    }
  }
  for (const call of findRequireCalls(sourceCode.scopeManager!.globalScope as TSESLint.Scope.Scope)) {
    const specifier = requiredSpecifier(call);
    if (specifier === undefined || !modules.has(specifier) || call.parent.type !== 'VariableDeclarator') continue;
    const id: TSESTree.Node = call.parent.id;
    if (id.type === 'Identifier') return `${id.name}.${path.join('.')}`;
  }
  const through = sourceCode.scopeManager!.globalScope!.through;
  for (const name of globals) {
    if (through.some((reference) => reference.identifier.name === name)) return `${name}.${path.join('.')}`;
  }
  return undefined;
}
