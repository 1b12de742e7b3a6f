// Method calls on objects a library created: `model.fit` on a tfjs model, `ds.shuffle` on a tf.data Dataset.
// The receiver is traced to its creator through chains, awaits and same-module variables; types refine the answer.
import { findVariable } from '@eslint-community/eslint-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { libraries } from '../catalog/index.js';
import type { InstanceKind, InstanceMethod, Library } from '../catalog/index.js';
import { getCallReferenceMap, getLibraryReferences } from './library-references.js';
import type { LibraryReference } from './library-references.js';
import { getImportedSpecifiers, libraryOfSpecifier } from './module-imports.js';
import { getTypeServices, isTypeFrom } from './types.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

export interface InstanceMethodCall {
  readonly node: TSESTree.CallExpression;
  readonly library: Library;
  readonly kind: InstanceKind;
  readonly method: InstanceMethod;
  /** The library call that created the receiver, when it was traced (undefined when types or a fallback decided). */
  readonly creator: LibraryReference | undefined;
}

interface Candidate {
  readonly library: Library;
  readonly kind: InstanceKind;
  readonly method: InstanceMethod;
}

const candidatesByMethod = new Map<string, Candidate[]>();
const kindsById = new Map<string, { library: Library; kind: InstanceKind }>();
for (const library of libraries) {
  for (const kind of library.instances ?? []) {
    kindsById.set(kind.id, { library, kind });
    for (const method of kind.methods) {
      const list = candidatesByMethod.get(method.name) ?? [];
      list.push({ library, kind, method });
      candidatesByMethod.set(method.name, list);
    }
  }
}

/** What the AST says a value is: an instance of a kind (with its creator), something else, or unknown. */
export type Origin = { readonly kindId: string; readonly creator: LibraryReference | undefined } | 'other' | undefined;

function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    if (current.type === 'AwaitExpression') current = current.argument;
    else if (
      current.type === 'TSAsExpression' ||
      current.type === 'TSNonNullExpression' ||
      current.type === 'TSSatisfiesExpression' ||
      current.type === 'ChainExpression'
    )
      current = current.expression;
    else return current;
  }
}

function originOf(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, seen: Set<TSESTree.Node>): Origin {
  const expression = unwrap(node);
  if (seen.has(expression)) return undefined;
  seen.add(expression);
  const reference = getCallReferenceMap(sourceCode).get(expression);
  switch (expression.type) {
    case 'CallExpression': {
      if (reference) return reference.api.returns ? { kindId: reference.api.returns, creator: reference } : 'other';
      const callee = expression.callee;
      if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier') return undefined;
      const receiver = originOf(callee.object, sourceCode, seen);
      if (typeof receiver !== 'object') return undefined;
      const method = kindsById.get(receiver.kindId)?.kind.methods.find((m) => m.name === (callee.property as TSESTree.Identifier).name);
      if (method?.returnsSameKind) return receiver;
      return method?.returns ? { kindId: method.returns, creator: receiver.creator } : undefined;
    }
    case 'NewExpression':
      return reference?.api.returns ? { kindId: reference.api.returns, creator: reference } : 'other';
    case 'Identifier':
      return originOfVariable(expression, sourceCode, seen);
    case 'ObjectExpression':
    case 'ArrayExpression':
    case 'Literal':
    case 'TemplateLiteral':
    case 'ArrowFunctionExpression':
    case 'FunctionExpression':
    case 'ClassExpression':
      return 'other';
    default:
      return undefined;
  }
}

function originOfVariable(
  identifier: TSESTree.Identifier,
  sourceCode: Readonly<TSESLint.SourceCode>,
  seen: Set<TSESTree.Node>,
): Origin {
  const variable = findVariable(sourceCode.getScope(identifier) as never, identifier) as TSESLint.Scope.Variable | null;
  if (!variable || variable.defs.length === 0) return undefined;
  const values: TSESTree.Node[] = [];
  for (const definition of variable.defs) {
    if (definition.type !== 'Variable' || definition.node.id.type !== 'Identifier') return undefined;
    if (definition.node.init) values.push(definition.node.init);
  }
  for (const reference of variable.references) {
    if (reference.writeExpr && !values.includes(reference.writeExpr)) values.push(reference.writeExpr);
  }
  let result: Origin = values.length > 0 ? 'other' : undefined;
  for (const value of values) {
    const origin = originOf(value, sourceCode, seen);
    if (typeof origin === 'object') return origin;
    if (origin === undefined) result = undefined;
  }
  return result;
}

/**
 * What a value is, as far as the file (and, when available, the types) can tell: an instance of a catalog kind,
 * something else, or unknown. `kindId` narrows the typed check to one kind.
 */
export function originOfValue(context: Context, node: TSESTree.Node, kindId: string): Origin {
  const origin = originOf(node, context.sourceCode, new Set());
  if (typeof origin === 'object' && origin.kindId === kindId) return origin;
  const services = getTypeServices(context);
  const kind = kindsById.get(kindId);
  if (services && kind && isTypeFrom(services, node, kind.kind.typeNames, kind.kind.typePackages)) {
    return { kindId, creator: undefined };
  }
  return origin;
}

/** The kind and method a member call resolves to, when its receiver's origin is known (no fallbacks). */
export function methodOfKnownReceiver(
  context: Context,
  call: TSESTree.CallExpression,
): { readonly library: Library; readonly kind: InstanceKind; readonly method: InstanceMethod } | undefined {
  const callee = call.callee;
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return undefined;
  const name = callee.property.name;
  const candidates = candidatesByMethod.get(name);
  if (!candidates) return undefined;
  const origin = originOf(callee.object, context.sourceCode, new Set());
  if (typeof origin === 'object') return candidates.find((candidate) => candidate.kind.id === origin.kindId);
  const services = getTypeServices(context);
  if (!services || origin === 'other') return undefined;
  return candidates.find((candidate) =>
    isTypeFrom(services, callee.object, candidate.kind.typeNames, candidate.kind.typePackages),
  );
}

function importsLibrary(context: Context, library: Library): boolean {
  for (const specifier of getImportedSpecifiers(context.sourceCode)) {
    if (libraryOfSpecifier(specifier) === library) return true;
  }
  return getLibraryReferences(context.sourceCode).some((reference) => reference.library === library);
}

/**
 * Classifies `receiver.method(…)` when the receiver is an instance the catalog knows. `accept` narrows the
 * methods of interest, so a rule pays only for the calls it asks about.
 */
export function classifyMethodCall(
  context: Context,
  call: TSESTree.CallExpression,
  accept: (method: InstanceMethod) => boolean,
): InstanceMethodCall | undefined {
  const callee = call.callee;
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return undefined;
  const candidates = candidatesByMethod.get(callee.property.name)?.filter((candidate) => accept(candidate.method));
  if (!candidates?.length) return undefined;
  const origin = originOf(callee.object, context.sourceCode, new Set());
  const services = getTypeServices(context);
  for (const candidate of candidates) {
    const typed = services
      ? isTypeFrom(services, callee.object, candidate.kind.typeNames, candidate.kind.typePackages)
      : undefined;
    if (typed === false) continue;
    if (typeof origin === 'object' && origin.kindId === candidate.kind.id) {
      return { node: call, ...candidate, creator: origin.creator };
    }
    if (typed === true) return { node: call, ...candidate, creator: undefined };
    const minArgs = candidate.method.unknownReceiverMinArgs;
    if (origin === undefined && minArgs !== undefined && call.arguments.length >= minArgs && importsLibrary(context, candidate.library)) {
      return { node: call, ...candidate, creator: undefined };
    }
  }
  return undefined;
}

/** The single value a same-module variable holds: its initializer, when it is never reassigned. */
function singleValueOf(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Node | undefined {
  const variable = findVariable(sourceCode.getScope(identifier) as never, identifier) as TSESLint.Scope.Variable | null;
  if (!variable || variable.defs.length !== 1) return undefined;
  const definition = variable.defs[0];
  if (definition.type !== 'Variable' || definition.node.id.type !== 'Identifier' || !definition.node.init) return undefined;
  if (variable.references.some((reference) => reference.isWrite() && reference.writeExpr !== definition.node.init)) return undefined;
  return definition.node.init;
}

/**
 * Walks a value back through the instance methods that produced it (`ds.shuffle(…).map(f)`, same-module variables
 * included) and returns the first call whose method `accept`s, e.g. the shuffle a split dataset came from.
 */
export function findUpstreamMethodCall(
  context: Context,
  value: TSESTree.Node,
  accept: (method: InstanceMethod) => boolean,
  through: (method: InstanceMethod) => boolean = (method) => method.returnsSameKind === true,
): InstanceMethodCall | undefined {
  let current: TSESTree.Node | undefined = value;
  for (let depth = 0; current && depth < 32; depth++) {
    const expression = unwrap(current);
    if (expression.type === 'Identifier') {
      current = singleValueOf(expression, context.sourceCode);
      continue;
    }
    if (expression.type !== 'CallExpression' || expression.callee.type !== 'MemberExpression') return undefined;
    const found = classifyMethodCall(context, expression, accept);
    if (found) return found;
    if (!classifyMethodCall(context, expression, (method) => method.returnsSameKind === true && through(method))) return undefined;
    current = expression.callee.object;
  }
  return undefined;
}

export interface InstanceCallInfo {
  readonly node: TSESTree.CallExpression;
  readonly library: Library;
  readonly kind: InstanceKind;
  readonly call: NonNullable<InstanceKind['call']>;
}

const callableKinds = [...kindsById.values()].filter(({ kind }) => kind.call !== undefined);

/**
 * Classifies `instance(…)`: a call of an object a library returned that is itself a function (a transformers.js
 * pipeline, an ajv validate function), traced to its creator or, with types, by the callee's type.
 */
export function classifyInstanceCall(context: Context, call: TSESTree.CallExpression): InstanceCallInfo | undefined {
  if (callableKinds.length === 0) return undefined;
  const callee = call.callee;
  if (callee.type !== 'Identifier' && callee.type !== 'MemberExpression') return undefined;
  const origin = originOf(callee, context.sourceCode, new Set());
  if (typeof origin === 'object') {
    const found = kindsById.get(origin.kindId);
    if (found?.kind.call) return { node: call, library: found.library, kind: found.kind, call: found.kind.call };
    return undefined;
  }
  if (origin === 'other') return undefined;
  const services = getTypeServices(context);
  if (!services) return undefined;
  for (const { library, kind } of callableKinds) {
    if (isTypeFrom(services, callee, kind.typeNames, kind.typePackages) === true) {
      return { node: call, library, kind, call: kind.call! };
    }
  }
  return undefined;
}
