// Where a file loads or saves model artifacts: catalog loaders, savers and asset settings, methods of the models they
// return (model.save), and the user's own loaders from settings['ml-debt'].artifactLoaders — each with the
// expression that names the artifact.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { ArgumentSlot, ArtifactFact, Library } from '../catalog/index.js';
import { describeCall } from './call-names.js';
import { classifyMethodCall } from './instances.js';
import { buildTraceMaps, findLibraryReferences, getLibraryReferences } from './library-references.js';
import type { LibraryReference } from './library-references.js';
import { mayUseFacts } from './file-libraries.js';
import type { FactFilter } from './file-libraries.js';
import { getImportedSpecifiers, specifierNamesModule } from './module-imports.js';
import { getMlDebtSettings } from './settings.js';
import { patternText, resolveStringPattern, resolveStringPatterns } from './static-strings.js';
import type { StringPattern } from './static-strings.js';
import { argumentAt, findOption } from './static-values.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

export interface ArtifactUse {
  /** The call, or the assignment to a setting, to report. */
  readonly node: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.AssignmentExpression;
  /** How the use reads in a message: `tf.loadLayersModel`, `ort.env.wasm.wasmPaths`. */
  readonly name: string;
  readonly fact: ArtifactFact;
  /** The expression naming the artifact: 'missing' when the call leaves it out, 'unknown' when it cannot be located. */
  readonly value: TSESTree.Node | 'missing' | 'unknown';
  /** The receiver was assumed from the method name and the module's imports, not traced or typed. */
  readonly assumedReceiver: boolean;
}

type Scope = TSESLint.Scope.Scope;

/** The expression in a slot of a call: the argument, or the named option of the options object there. */
export function locateSlot(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  slot: ArgumentSlot,
  scope: Scope,
): TSESTree.Node | 'missing' | 'unknown' {
  const argument = argumentAt(call, slot.argIndex);
  if (argument === 'unknown') return 'unknown';
  if (!argument) return 'missing';
  if (slot.option === undefined) return argument;
  const option = findOption(argument, slot.option, scope);
  if (option.state === 'unknown') return 'unknown';
  return option.state === 'present' ? option.value : 'missing';
}

function useOfReference(reference: LibraryReference, sourceCode: Readonly<TSESLint.SourceCode>): ArtifactUse | undefined {
  const fact = reference.api.artifact;
  if (!fact) return undefined;
  const { node } = reference;
  if (fact.location === 'assigned') {
    // A setting counts where it is written: `env.wasm.wasmPaths = '…'`.
    const parent = node.parent;
    if (parent?.type !== 'AssignmentExpression' || parent.left !== node || parent.operator !== '=') return undefined;
    return { node: parent, name: sourceCode.getText(node), fact, value: parent.right, assumedReceiver: false };
  }
  if (node.type !== 'CallExpression' && node.type !== 'NewExpression') return undefined;
  const value = locateSlot(node, fact.location, sourceCode.getScope(node));
  return { node, name: describeCall(node), fact, value, assumedReceiver: false };
}

/** The user's loaders, as a library per file: their module is matched against what this file imports. */
function userLoaderLibrary(context: Context): Library | undefined {
  const { artifactLoaders } = getMlDebtSettings(context);
  if (artifactLoaders.length === 0) return undefined;
  const modules = [];
  const apis = [];
  for (const specifier of getImportedSpecifiers(context.sourceCode)) {
    const part = `user:${specifier}`;
    const loaders = artifactLoaders.filter((loader) => specifierNamesModule(specifier, loader.module, context));
    if (loaders.length === 0) continue;
    modules.push({ name: specifier, esm: true, mounts: [{ part }] });
    for (const loader of loaders) {
      const artifact: ArtifactFact = { action: loader.action, location: { argIndex: loader.argIndex }, naming: 'path' };
      apis.push({ part, path: loader.name.split('.'), kind: 'call' as const, artifact });
    }
  }
  return modules.length > 0 ? { id: 'settings.artifactLoaders', role: 'inference', modules, apis } : undefined;
}

const cache = new WeakMap<TSESTree.Program, readonly ArtifactUse[]>();

/** Every catalog or user-declared loader, saver and asset setting the file uses. Computed once per file. */
export function getLibraryArtifactUses(context: Context): readonly ArtifactUse[] {
  const { sourceCode } = context;
  let uses = cache.get(sourceCode.ast);
  if (uses) return uses;
  const userLibrary = userLoaderLibrary(context);
  const references = [
    ...getLibraryReferences(sourceCode),
    ...(userLibrary ? findLibraryReferences(sourceCode, buildTraceMaps([userLibrary])) : []),
  ];
  uses = references.flatMap((reference) => useOfReference(reference, sourceCode) ?? []);
  cache.set(sourceCode.ast, uses);
  return uses;
}

/** The artifact a method call on a catalog instance loads or saves (`model.save('file://…')`), if any. */
export function getInstanceArtifactUse(context: Context, call: TSESTree.CallExpression): ArtifactUse | undefined {
  const method = classifyMethodCall(context, call, hasArtifact);
  const fact = method?.method.artifact;
  if (!method || !fact || fact.location === 'assigned') return undefined;
  const value = locateSlot(call, fact.location, context.sourceCode.getScope(call));
  return { node: call, name: describeCall(call), fact, value, assumedReceiver: method.receiver === 'assumed' };
}

const hasArtifact: FactFilter = (facts) => facts.artifact !== undefined;

/** Whether the file can load or save an artifact at all: it uses a library that does, or a loader from the settings. */
export function mayUseArtifacts(context: Context): boolean {
  return mayUseFacts(context, hasArtifact) || userLoaderLibrary(context) !== undefined;
}

/**
 * The visitor of a rule that judges every artifact use of a file, library calls and instance methods alike: `check`
 * runs once per use when the file is done.
 */
export function visitArtifactUses(context: Context, check: (use: ArtifactUse) => void): TSESLint.RuleListener {
  if (!mayUseArtifacts(context)) return {};
  const instanceUses: ArtifactUse[] = [];
  return {
    CallExpression(node) {
      const use = getInstanceArtifactUse(context, node);
      if (use) instanceUses.push(use);
    },
    'Program:exit'() {
      getLibraryArtifactUses(context).forEach(check);
      instanceUses.forEach(check);
    },
  };
}

/**
 * The paths or URLs a use names, as far as the file says (each entry of a list or map where the API takes one). For
 * a receiver assumed from the method name alone, only paths in one of the library's URL schemes count.
 */
export function resolveArtifactPaths(use: ArtifactUse, scope: Scope): StringPattern[] {
  if (typeof use.value !== 'object') return [];
  const patterns = use.fact.manyPaths
    ? resolveStringPatterns(use.value, scope)
    : [resolveStringPattern(use.value, scope)].filter((pattern) => pattern !== undefined);
  if (!use.assumedReceiver) return patterns;
  const schemes = use.fact.pathSchemes ?? [];
  return patterns.filter((pattern) => schemes.some((scheme) => patternText(pattern).toLowerCase().startsWith(scheme)));
}
