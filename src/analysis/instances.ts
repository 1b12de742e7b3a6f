// Method calls on objects a library created: `model.fit` on a tfjs model, `ds.shuffle` on a tf.data Dataset,
// `client.chat.completions.create` on an OpenAI client, and calls of a callable instance (an AI SDK provider).
// The receiver is traced to its creator through chains, awaits and same-module variables; types refine the answer.
import { findVariable } from '@eslint-community/eslint-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { libraries } from '../catalog/index.js';
import type { InstanceFacts, InstanceKind, InstanceMethod, Library } from '../catalog/index.js';
import { getCallReferenceMap } from './library-references.js';
import type { LibraryReference } from './library-references.js';
import { librariesInFile } from './file-libraries.js';
import { getTypeServices, isTypeFrom } from './types.js';
import { unwrapValue } from './ast-walk.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

export interface InstanceMethodCall {
  readonly node: TSESTree.CallExpression;
  readonly library: Library;
  readonly kind: InstanceKind;
  /** The method's facts; for a call of the instance itself, the kind's `call` facts. */
  readonly method: InstanceFacts;
  /** The library call that created the receiver, when it was traced (undefined when types or a fallback decided). */
  readonly creator: LibraryReference | undefined;
  /** How the receiver was recognised: traced to its creator, typed, or assumed from the method and the module's imports. */
  readonly receiver: 'traced' | 'typed' | 'assumed';
}

interface Candidate {
  readonly library: Library;
  readonly kind: InstanceKind;
  readonly method: InstanceMethod;
}

const candidatesByMethod = new Map<string, Candidate[]>();
const noCandidates: readonly Candidate[] = [];
const kindsById = new Map<string, { library: Library; kind: InstanceKind }>();
const callableKinds: { library: Library; kind: InstanceKind; call: InstanceFacts }[] = [];
for (const library of libraries) {
  for (const kind of library.instances ?? []) {
    kindsById.set(kind.id, { library, kind });
    if (kind.call) callableKinds.push({ library, kind, call: kind.call });
    for (const method of kind.methods) {
      const list = candidatesByMethod.get(method.name) ?? [];
      list.push({ library, kind, method });
      candidatesByMethod.set(method.name, list);
    }
  }
}

/** The kind of instance a method of `kind` returns: the one it declares, or `kind` itself for a chained method. */
export function returnedKindId(kind: InstanceKind, method: InstanceFacts): string | undefined {
  return method.returns ?? (method.returnsSameKind ? kind.id : undefined);
}

const instanceReturningMethods = new Set<string>();
for (const { kind } of kindsById.values()) {
  for (const method of kind.methods) if (returnedKindId(kind, method) !== undefined && !method.via?.length) instanceReturningMethods.add(method.name);
}

/** The catalog's instance kind with this id ('tfjs.Tensor'). */
export const instanceKindById = (id: string): InstanceKind | undefined => kindsById.get(id)?.kind;

/** What the AST says a value is: an instance of a kind (with its creator), something else, or unknown. */
export type Origin = { readonly kindId: string; readonly creator: LibraryReference | undefined } | 'other' | undefined;

function originOf(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, seen: Set<TSESTree.Node>): Origin {
  const expression = unwrapValue(node);
  if (seen.has(expression)) return undefined;
  seen.add(expression);
  const reference = getCallReferenceMap(sourceCode).get(expression);
  switch (expression.type) {
    case 'CallExpression': {
      if (reference) return reference.api.returns ? { kindId: reference.api.returns, creator: reference } : 'other';
      const callee = expression.callee;
      if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier') return undefined;
      // `items.push(x)`, `console.log(x)`: no instance method of that name returns an instance, so why trace `items`.
      if (!instanceReturningMethods.has(callee.property.name)) return undefined;
      const receiver = originOf(callee.object, sourceCode, seen);
      if (typeof receiver !== 'object') return undefined;
      const kind = kindsById.get(receiver.kindId)?.kind;
      const method = kind?.methods.find((m) => m.name === (callee.property as TSESTree.Identifier).name && !m.via?.length);
      const kindId = kind && method && returnedKindId(kind, method);
      return kindId === undefined ? undefined : { kindId, creator: receiver.creator };
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

// Several rules ask about the same receivers (`model` in `model.fit`, `x` in `x.dataSync()`): one answer per node,
// in one Map per file (a WeakMap entry per node would load every garbage collection with ephemerons).
const originCaches = new WeakMap<TSESTree.Program, Map<TSESTree.Node, Origin>>();

/** originOf from scratch (nothing seen yet), which makes the answer depend on the node alone and cacheable. */
function originAt(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): Origin {
  let cache = originCaches.get(sourceCode.ast);
  if (!cache) {
    cache = new Map();
    originCaches.set(sourceCode.ast, cache);
  }
  if (cache.has(node)) return cache.get(node);
  const origin = originOf(node, sourceCode, new Set());
  cache.set(node, origin);
  return origin;
}

const valuesCache = new WeakMap<TSESLint.Scope.Variable, readonly TSESTree.Node[] | undefined>();

/** Every value a plain variable is given (initializer and assignments); undefined for other bindings. Once per variable. */
function valuesOf(variable: TSESLint.Scope.Variable): readonly TSESTree.Node[] | undefined {
  if (valuesCache.has(variable)) return valuesCache.get(variable);
  const isPlain = variable.defs.length > 0 && variable.defs.every((definition) => definition.type === 'Variable' && definition.node.id.type === 'Identifier');
  let values: TSESTree.Node[] | undefined;
  if (isPlain) {
    values = variable.defs.flatMap((definition) => (definition.node as TSESTree.VariableDeclarator).init ?? []);
    for (const reference of variable.references) {
      if (reference.writeExpr && !values.includes(reference.writeExpr)) values.push(reference.writeExpr);
    }
  }
  valuesCache.set(variable, values);
  return values;
}

function originOfVariable(
  identifier: TSESTree.Identifier,
  sourceCode: Readonly<TSESLint.SourceCode>,
  seen: Set<TSESTree.Node>,
): Origin {
  const variable = findVariable(sourceCode.getScope(identifier) as never, identifier) as TSESLint.Scope.Variable | null;
  const values = variable && valuesOf(variable);
  if (!values) return undefined;
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
  const origin = originAt(node, context.sourceCode);
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
  const origin = originAt(callee.object, context.sourceCode);
  if (typeof origin === 'object') return candidates.find((candidate) => candidate.kind.id === origin.kindId);
  const services = getTypeServices(context);
  if (!services || origin === 'other') return undefined;
  return candidates.find((candidate) =>
    isTypeFrom(services, callee.object, candidate.kind.typeNames, candidate.kind.typePackages),
  );
}

const importsLibrary = (context: Context, library: Library): boolean => librariesInFile(context.sourceCode).has(library);

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');

/**
 * An ESLint selector for the calls `classifyMethodCall` can accept with `accept`: `x.name(…)` where some catalog
 * method called `name` passes `accept`. Listening on it instead of on every CallExpression lets ESLint's traverser
 * skip the other calls (almost all of them) before any rule code runs. Undefined when no method passes.
 */
export function methodCallSelector(accept: (method: InstanceFacts) => boolean): string | undefined {
  const names = [...candidatesByMethod].filter(([, candidates]) => candidates.some((candidate) => accept(candidate.method))).map(([name]) => name);
  if (names.length === 0) return undefined;
  return `CallExpression[callee.type="MemberExpression"][callee.property.name=/^(?:${names.map(escapeRegExp).join('|')})$/]`;
}

/** The object a method is reached from: `client` in `client.chat.completions.create` for via ['chat', 'completions']. */
function receiverThrough(object: TSESTree.Expression, via: readonly string[] = []): TSESTree.Expression | undefined {
  let current = object;
  for (let index = via.length - 1; index >= 0; index--) {
    while (current.type === 'TSNonNullExpression') current = current.expression;
    if (
      current.type !== 'MemberExpression' ||
      current.computed ||
      current.property.type !== 'Identifier' ||
      current.property.name !== via[index]
    ) {
      return undefined;
    }
    current = current.object;
  }
  return current;
}

/** Whether the checker says the value is one of the kind's excluded subclasses. */
function isExcludedType(context: Context, node: TSESTree.Node, kind: InstanceKind): boolean {
  const services = getTypeServices(context);
  if (!services || !kind.excludedTypeNames?.length) return false;
  return isTypeFrom(services, node, kind.excludedTypeNames, kind.typePackages) === true;
}

/**
 * Decides whether `node` is an instance of `kind`: traced to its creator, typed as the kind, or — failing both, with
 * `minArgs` met and the library imported — assumed.
 */
function recognise(
  context: Context,
  call: TSESTree.CallExpression,
  node: TSESTree.Node,
  library: Library,
  kind: InstanceKind,
  facts: InstanceFacts,
  origin: Origin,
): Pick<InstanceMethodCall, 'creator' | 'receiver'> | undefined {
  const services = getTypeServices(context);
  const typed = services ? isTypeFrom(services, node, kind.typeNames, kind.typePackages) : undefined;
  if (typed === false || isExcludedType(context, node, kind)) return undefined;
  if (typeof origin === 'object' && origin.kindId === kind.id) return { creator: origin.creator, receiver: 'traced' };
  if (typed === true) return { creator: undefined, receiver: 'typed' };
  const minArgs = facts.unknownReceiverMinArgs;
  if (origin === undefined && minArgs !== undefined && call.arguments.length >= minArgs && importsLibrary(context, library)) {
    return { creator: undefined, receiver: 'assumed' };
  }
  return undefined;
}

/**
 * Classifies `receiver.method(…)` (or `receiver.a.b.method(…)`) when the receiver is an instance the catalog knows,
 * and `instance(…)` when the instance itself is callable. `accept` narrows the facts of interest, so a rule pays only
 * for the calls it asks about.
 */
export function classifyMethodCall(
  context: Context,
  call: TSESTree.CallExpression,
  accept: (method: InstanceFacts) => boolean,
): InstanceMethodCall | undefined {
  const callee = call.callee;
  const { sourceCode } = context;
  if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') {
    for (const candidate of candidatesByMethod.get(callee.property.name) ?? noCandidates) {
      if (!accept(candidate.method)) continue;
      const receiver = receiverThrough(callee.object, candidate.method.via);
      if (!receiver) continue;
      const how = recognise(context, call, receiver, candidate.library, candidate.kind, candidate.method, originAt(receiver, sourceCode));
      if (how) return { node: call, library: candidate.library, kind: candidate.kind, method: candidate.method, ...how };
    }
  }
  if (callee.type === 'Super') return undefined;
  // A callable instance has no method name to filter on: only modules that import its library trace the callee.
  for (const { library, kind, call: facts } of callableKinds) {
    if (!accept(facts) || !importsLibrary(context, library)) continue;
    const how = recognise(context, call, callee, library, kind, facts, originAt(callee, sourceCode));
    if (how) return { node: call, library, kind, method: facts, ...how };
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
  accept: (method: InstanceFacts) => boolean,
  through: (method: InstanceFacts) => boolean = (method) => method.returnsSameKind === true,
): InstanceMethodCall | undefined {
  let current: TSESTree.Node | undefined = value;
  for (let depth = 0; current && depth < 32; depth++) {
    const expression = unwrapValue(current);
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
  readonly call: InstanceFacts;
}

const callableFacts = new Set<InstanceFacts>();
for (const { kind } of kindsById.values()) if (kind.call) callableFacts.add(kind.call);

/**
 * Classifies `instance(…)`: a call of an object a library returned that is itself a function (a transformers.js
 * pipeline, an ajv validate function), traced to its creator or, with types, by the callee's type.
 */
export function classifyInstanceCall(context: Context, call: TSESTree.CallExpression): InstanceCallInfo | undefined {
  const found = classifyMethodCall(context, call, (facts) => callableFacts.has(facts));
  return found && { node: call, library: found.library, kind: found.kind, call: found.method };
}
