// Which modules a file imports or requires, and which catalog library each specifier belongs to.
import path from 'node:path';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { libraries } from '../catalog/index.js';
import type { Library } from '../catalog/index.js';

type Scope = TSESLint.Scope.Scope;

/** `require('x')` calls, whether or not `require` is a declared global in the user's config. */
export function findRequireCalls(globalScope: Scope): TSESTree.CallExpression[] {
  const identifiers: TSESTree.Identifier[] = [];
  const declared = globalScope.set.get('require');
  if (declared) {
    if (declared.defs.length > 0) return []; // a user's own `require` is not Node's
    for (const reference of declared.references) identifiers.push(reference.identifier as TSESTree.Identifier);
  } else {
    for (const reference of globalScope.through) {
      if (reference.identifier.name === 'require') identifiers.push(reference.identifier as TSESTree.Identifier);
    }
  }
  const calls: TSESTree.CallExpression[] = [];
  for (const identifier of identifiers) {
    const call = identifier.parent;
    if (call?.type === 'CallExpression' && call.callee === identifier && call.arguments.length > 0) calls.push(call);
  }
  return calls;
}

/** The string a `require('x')` call names, if it is a literal. */
export function requiredSpecifier(call: TSESTree.CallExpression): string | undefined {
  const [argument] = call.arguments;
  if (argument?.type === 'Literal' && typeof argument.value === 'string') return argument.value;
  if (argument?.type === 'TemplateLiteral' && argument.expressions.length === 0) return argument.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

const cache = new WeakMap<TSESTree.Program, ReadonlySet<string>>();

/** Every module specifier the file imports, re-exports or requires with a literal. */
export function getImportedSpecifiers(sourceCode: Readonly<TSESLint.SourceCode>): ReadonlySet<string> {
  const program = sourceCode.ast;
  let specifiers = cache.get(program);
  if (specifiers) return specifiers;
  const found = new Set<string>();
  for (const statement of program.body) {
    if (
      (statement.type === 'ImportDeclaration' ||
        statement.type === 'ExportAllDeclaration' ||
        statement.type === 'ExportNamedDeclaration') &&
      statement.source
    ) {
      found.add(statement.source.value);
    }
  }
  for (const call of findRequireCalls(sourceCode.scopeManager!.globalScope as Scope)) {
    const specifier = requiredSpecifier(call);
    if (specifier !== undefined) found.add(specifier);
  }
  specifiers = found;
  cache.set(program, specifiers);
  return specifiers;
}

/** 'lodash/shuffle' → 'lodash', '@tensorflow/tfjs-node/dist/x' → '@tensorflow/tfjs-node'. */
export function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

const libraryByPackage = new Map<string, Library>();
for (const library of libraries) {
  for (const entry of library.modules) {
    if (!libraryByPackage.has(packageName(entry.name))) libraryByPackage.set(packageName(entry.name), library);
  }
}

// The same few specifiers ('@tensorflow/tfjs', './utils') recur in every file of a project.
const libraryBySpecifier = new Map<string, Library | undefined>();

/** The catalog library a module specifier belongs to (any subpath of its packages counts). */
export function libraryOfSpecifier(specifier: string): Library | undefined {
  if (libraryBySpecifier.has(specifier)) return libraryBySpecifier.get(specifier);
  const library = libraryByPackage.get(packageName(specifier));
  // Bounded: a long editor session sees new relative specifiers all day.
  if (libraryBySpecifier.size > 10_000) libraryBySpecifier.clear();
  libraryBySpecifier.set(specifier, library);
  return library;
}

const withoutExtension = (file: string): string => file.replace(/(\/index)?\.[cm]?[jt]sx?$/u, '');

/**
 * Whether an import specifier written in the linted file names a module from the settings: the same package
 * specifier, or (for relative imports) the same file as a path relative to the working directory.
 */
export function specifierNamesModule(
  specifier: string,
  moduleOrPath: string,
  context: { readonly filename: string; readonly cwd: string },
): boolean {
  if (specifier === moduleOrPath) return true;
  if (!specifier.startsWith('.')) return false;
  const imported = withoutExtension(path.resolve(path.dirname(context.filename), specifier));
  return withoutExtension(path.resolve(context.cwd, moduleOrPath)) === imported;
}
