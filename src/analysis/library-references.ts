// Origin, not name: finds every call, construction and read that resolves to a catalog API, through ES imports,
// require() and script-tag globals (declared in the config or not), once per file for all rules.
import { CALL, CONSTRUCT, ESM, READ, ReferenceTracker, findVariable } from '@eslint-community/eslint-utils';
import type { TraceMap } from '@eslint-community/eslint-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { libraries } from '../catalog/index.js';
import type { Api, EntryPoint, Library } from '../catalog/index.js';
import { findRequireCalls, requiredSpecifier } from './module-imports.js';

export interface LibraryReference {
  /** The CallExpression, NewExpression or MemberExpression/Identifier read. */
  readonly node: TSESTree.Node;
  readonly library: Library;
  readonly api: Api;
}

interface Found {
  readonly library: Library;
  readonly api: Api;
}

/** The child that stands for every property name not listed (an API path element '*'). */
const ANY = Symbol('any property');

type TraceNode = { [key: string]: TraceNode } & {
  [CALL]?: Found;
  [CONSTRUCT]?: Found;
  [READ]?: Found;
  [ESM]?: true;
  [ANY]?: TraceNode;
};

const leafKey = { call: CALL, construct: CONSTRUCT, read: READ } as const;

function addEntryPoint(root: Record<string, TraceNode>, library: Library, entry: EntryPoint): void {
  const moduleNode = (root[entry.name] ??= {} as TraceNode);
  if (entry.esm) moduleNode[ESM] = true;
  for (const mount of entry.mounts) {
    const select = mount.select ?? [];
    for (const api of library.apis) {
      if (api.part !== mount.part || !select.every((key, index) => api.path[index] === key)) continue;
      let node = moduleNode;
      for (const key of [...(mount.at ?? []), ...api.path.slice(select.length)]) {
        node = key === '*' ? (node[ANY] ??= {} as TraceNode) : (node[key] ??= {} as TraceNode);
      }
      // Entries at the same place combine their facts: each concern (loading, inference, randomness) keeps its own.
      const leaf = leafKey[api.kind];
      const existing = node[leaf];
      node[leaf] = { library, api: existing ? { ...existing.api, ...api } : api };
    }
  }
}

/**
 * ReferenceTracker looks property names up with hasOwnProperty and indexing; a node with an ANY child answers every
 * name it does not list with that child, so `AutoModel.from_pretrained` and `BertModel.from_pretrained` both match.
 */
function resolveWildcards(node: TraceNode): TraceNode {
  for (const key of Object.keys(node)) node[key] = resolveWildcards(node[key]);
  const any = node[ANY];
  if (!any) return node;
  const child = resolveWildcards(any);
  const unlisted = (target: TraceNode, key: string | symbol): key is string =>
    typeof key === 'string' && !Object.hasOwn(target, key);
  return new Proxy(node, {
    get: (target, key): unknown => (unlisted(target, key) ? child : (Reflect.get(target, key) as unknown)),
    has: (target, key) => unlisted(target, key) || Reflect.has(target, key),
    getOwnPropertyDescriptor: (target, key) =>
      unlisted(target, key)
        ? { value: child, writable: true, enumerable: false, configurable: true }
        : Reflect.getOwnPropertyDescriptor(target, key),
  });
}

interface TraceMaps {
  readonly modules: Record<string, TraceNode>;
  readonly globals: Record<string, TraceNode>;
  readonly globalNames: readonly string[];
}

/** The ReferenceTracker maps of a set of libraries: module specifiers and global names to their APIs. */
export function buildTraceMaps(from: readonly Library[]): TraceMaps {
  const modules: Record<string, TraceNode> = {};
  const globals: Record<string, TraceNode> = {};
  for (const library of from) {
    for (const entry of library.modules) addEntryPoint(modules, library, entry);
    for (const entry of library.globals ?? []) addEntryPoint(globals, library, entry);
  }
  for (const map of [modules, globals]) for (const key of Object.keys(map)) map[key] = resolveWildcards(map[key]);
  return { modules, globals, globalNames: Object.keys(globals) };
}

const catalogTraceMaps = buildTraceMaps(libraries);

type Scope = TSESLint.Scope.Scope;

// ReferenceTracker's default global object names, through which `window.tf.…` reaches a global.
const globalObjectNames = ['global', 'globalThis', 'self', 'window'];

const isReferenced = (globalScope: Scope, name: string): boolean => (globalScope.set.get(name)?.references.length ?? 0) > 0;

/** Whether the file imports or re-exports a module the trace maps trace (most files import none). */
function importsTracedModule(globalScope: Scope, traceMaps: TraceMaps): boolean {
  for (const statement of (globalScope.block as TSESTree.Program).body) {
    if (
      (statement.type === 'ImportDeclaration' || statement.type === 'ExportAllDeclaration' || statement.type === 'ExportNamedDeclaration') &&
      statement.source &&
      Object.hasOwn(traceMaps.modules, statement.source.value)
    ) {
      return true;
    }
  }
  return false;
}

function* iterateAll(sourceCode: Readonly<TSESLint.SourceCode>, traceMaps: TraceMaps): Iterable<{ node: TSESTree.Node; info: Found }> {
  const scopeManager = sourceCode.scopeManager!;
  const globalScope = scopeManager.globalScope as Scope;
  const tracker = new ReferenceTracker(globalScope as never, { mode: 'legacy' });
  const modules = traceMaps.modules as TraceMap<Found>;
  const globals = traceMaps.globals as TraceMap<Found>;
  // The tracker's walks yield nothing for modules not imported and globals not referenced; skipping them up front
  // saves its per-file setup, which dominates on the many files that use no catalog library.
  if (importsTracedModule(globalScope, traceMaps)) {
    yield* tracker.iterateEsmReferences(modules) as Iterable<{ node: TSESTree.Node; info: Found }>;
  }
  const referenced = (name: string) => isReferenced(globalScope, name);
  if (globalObjectNames.some(referenced) || traceMaps.globalNames.some(referenced)) {
    yield* tracker.iterateGlobalReferences(globals) as Iterable<{ node: TSESTree.Node; info: Found }>;
  }

  // Undeclared globals (`tf` from a script tag, `require` in a file the config calls a module) are what
  // ReferenceTracker skips: follow them from the unresolved references instead.
  for (const reference of globalScope.through) {
    const name = reference.identifier.name;
    if (Object.hasOwn(globals, name) && !globalScope.set.has(name)) {
      yield* tracker.iteratePropertyReferences(reference.identifier as never, globals[name]) as Iterable<{
        node: TSESTree.Node;
        info: Found;
      }>;
    }
  }
  // TypeScript's `import tf = require('@tensorflow/tfjs')` binds the module object, like a require.
  for (const statement of sourceCode.ast.body) {
    if (
      statement.type !== 'TSImportEqualsDeclaration' ||
      statement.moduleReference.type !== 'TSExternalModuleReference' ||
      statement.moduleReference.expression.type !== 'Literal' ||
      !Object.hasOwn(modules, statement.moduleReference.expression.value)
    ) {
      continue;
    }
    const moduleMap = modules[statement.moduleReference.expression.value];
    for (const variable of scopeManager.getDeclaredVariables(statement)) {
      for (const reference of variable.references) {
        yield* tracker.iteratePropertyReferences(reference.identifier as never, moduleMap) as Iterable<{
          node: TSESTree.Node;
          info: Found;
        }>;
      }
    }
  }
  for (const call of findRequireCalls(globalScope)) {
    const specifier = requiredSpecifier(call);
    if (specifier === undefined || !Object.hasOwn(modules, specifier)) continue;
    yield* tracker.iteratePropertyReferences(call as never, modules[specifier]) as Iterable<{
      node: TSESTree.Node;
      info: Found;
    }>;
  }
}

/**
 * ReferenceTracker reports a read of an imported or destructured binding at its declaration
 * (`import { nodeCrypto }`); the places that use the value are the binding's reads.
 */
function readsOf(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Node[] {
  let variables: readonly TSESLint.Scope.Variable[];
  if (node.type === 'ImportSpecifier' || node.type === 'ImportDefaultSpecifier') {
    variables = sourceCode.scopeManager!.getDeclaredVariables(node);
  } else if (node.type === 'Property' && node.value.type === 'Identifier' && node.parent.type === 'ObjectPattern') {
    const variable = findVariable(sourceCode.getScope(node) as never, node.value) as TSESLint.Scope.Variable | null;
    variables = variable ? [variable] : [];
  } else {
    return [node];
  }
  return variables.flatMap((variable) =>
    variable.references.filter((reference) => reference.isRead()).map((reference) => reference.identifier),
  );
}

/** Every reference in the file to an API of the libraries the trace maps were built from. */
export function findLibraryReferences(
  sourceCode: Readonly<TSESLint.SourceCode>,
  traceMaps: TraceMaps,
): readonly LibraryReference[] {
  // Kinds already found per node: a call reached both as a declared global and through `window.` is one reference.
  const seen = new Map<TSESTree.Node, Api['kind'][]>();
  const found: LibraryReference[] = [];
  for (const { node, info } of iterateAll(sourceCode, traceMaps)) {
    for (const use of readsOf(node, sourceCode)) {
      const kinds = seen.get(use);
      if (kinds?.includes(info.api.kind)) continue;
      if (kinds) kinds.push(info.api.kind);
      else seen.set(use, [info.api.kind]);
      found.push({ node: use, library: info.library, api: info.api });
    }
  }
  return found;
}

const cache = new WeakMap<TSESTree.Program, readonly LibraryReference[]>();

/** Every reference to a catalog API in the file. Computed once per file and shared by all rules. */
export function getLibraryReferences(sourceCode: Readonly<TSESLint.SourceCode>): readonly LibraryReference[] {
  const program = sourceCode.ast;
  let references = cache.get(program);
  if (!references) {
    references = findLibraryReferences(sourceCode, catalogTraceMaps);
    cache.set(program, references);
  }
  return references;
}

const byNodeCache = new WeakMap<TSESTree.Program, ReadonlyMap<TSESTree.Node, LibraryReference>>();

/** The catalog call or construction a node is, if any (reads are left out: a node can be both). */
export function getCallReferenceMap(
  sourceCode: Readonly<TSESLint.SourceCode>,
): ReadonlyMap<TSESTree.Node, LibraryReference> {
  let map = byNodeCache.get(sourceCode.ast);
  if (!map) {
    map = new Map(
      getLibraryReferences(sourceCode)
        .filter((reference) => reference.api.kind !== 'read')
        .map((reference) => [reference.node, reference]),
    );
    byNodeCache.set(sourceCode.ast, map);
  }
  return map;
}
