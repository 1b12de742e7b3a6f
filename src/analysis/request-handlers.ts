// Which functions are request handlers (Express routes, Next.js route handlers, Lambda handlers, socket.io and Web
// Worker message listeners…) and which of their expressions carry request data. Frameworks are data in
// src/catalog/servers.ts; handlers are found once per file.
import { CALL, CONSTRUCT, ReferenceTracker, findVariable } from '@eslint-community/eslint-utils';
import type { TraceMap } from '@eslint-community/eslint-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { serverFrameworks } from '../catalog/servers.js';
import type { RequestPath, ServerFramework } from '../catalog/servers.js';
import { matchesAny, relativeFilename } from './ml-modules.js';
import { findRequireCalls, requiredSpecifier } from './module-imports.js';
import { bindingIdentifiers, isFunctionNode } from './ast-walk.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type Scope = TSESLint.Scope.Scope;

export type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | TSESTree.FunctionDeclaration;

export interface RequestHandler {
  readonly node: FunctionNode;
  readonly framework: ServerFramework;
  /** The route validates the request before the handler runs (a Fastify `schema`, Hapi `options.validate`). */
  readonly validatedByRoute: boolean;
}

export interface RequestDataSource {
  /** An expression (`req.body`, `request.json()`) or a binding (`const { body } = req`, a socket.io payload parameter). */
  readonly node: TSESTree.Node;
  /** How a message names it: `req.body`, `request.json()`. */
  readonly description: string;
}

const isFunction = (node: TSESTree.Node | null | undefined): node is FunctionNode => !!node && isFunctionNode(node);

function buildTraceMap(): Record<string, Record<string | symbol, unknown>> {
  const map: Record<string, Record<string | symbol, unknown>> = {};
  for (const framework of serverFrameworks) {
    for (const name of framework.modules ?? []) {
      const root = (map[name] ??= {});
      for (const app of framework.apps ?? []) {
        let node = root;
        for (const key of app.path) node = (node[key] ??= {}) as Record<string | symbol, unknown>;
        node[app.construct ? CONSTRUCT : CALL] = framework;
      }
    }
  }
  return map;
}

const traceMap = buildTraceMap();

/** The function a handler argument stands for: itself, a same-module function, or the function a wrapper is given. */
function resolveFunction(node: TSESTree.Node | undefined, scope: Scope, depth = 0): FunctionNode | undefined {
  if (!node || depth > 3) return undefined;
  if (isFunction(node)) return node;
  if (node.type === 'Identifier') {
    const variable = findVariable(scope as never, node) as TSESLint.Scope.Variable | null;
    const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (definition?.type === 'FunctionName' && definition.node.type === 'FunctionDeclaration') return definition.node;
    if (definition?.type === 'Variable' && definition.node.init) return resolveFunction(definition.node.init, scope, depth + 1);
  }
  // `asyncHandler(async (req, res) => …)`: the wrapped function is the handler.
  if (node.type === 'CallExpression') {
    for (const argument of node.arguments) {
      const found = resolveFunction(argument, scope, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

function propertyNamed(object: TSESTree.ObjectExpression, name: string): TSESTree.Node | undefined {
  for (const property of object.properties) {
    if (property.type === 'Property' && !property.computed && property.key.type === 'Identifier' && property.key.name === name) {
      return property.value;
    }
  }
  return undefined;
}

function hasOptionPath(object: TSESTree.Node | undefined, path: readonly string[]): boolean {
  let current = object;
  for (const key of path) {
    if (current?.type !== 'ObjectExpression') return false;
    current = propertyNamed(current, key);
  }
  return current !== undefined;
}

/** Reads of a variable's value: the identifiers that refer to it. */
function readsOfBinding(binding: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Identifier[] {
  const variable = findVariable(sourceCode.getScope(binding) as never, binding) as TSESLint.Scope.Variable | null;
  return (variable?.references ?? []).filter((reference) => reference.isRead()).map((reference) => reference.identifier as TSESTree.Identifier);
}

/** The places an app's value is used: the creating call itself and every read of the variable it is stored in. */
function usesOfValue(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Node[] {
  const parent = node.parent;
  if (parent?.type === 'VariableDeclarator' && parent.init === node && parent.id.type === 'Identifier') {
    return readsOfBinding(parent.id, sourceCode);
  }
  if (parent?.type === 'AwaitExpression') return usesOfValue(parent, sourceCode);
  return [node];
}

class HandlerCollector {
  readonly handlers = new Map<FunctionNode, RequestHandler>();
  constructor(private readonly context: Context) {}

  add(node: FunctionNode | undefined, framework: ServerFramework, validatedByRoute = false): void {
    if (node && !this.handlers.has(node)) this.handlers.set(node, { node, framework, validatedByRoute });
  }

  fromApp(app: TSESTree.Node, framework: ServerFramework, depth = 0): void {
    if (depth > 8) return;
    const { sourceCode } = this.context;
    for (const use of usesOfValue(app, sourceCode)) {
      const member = use.parent;
      if (member?.type !== 'MemberExpression' || member.object !== use || member.computed || member.property.type !== 'Identifier') continue;
      const call = member.parent;
      if (call?.type !== 'CallExpression' || call.callee !== member) continue;
      const method = member.property.name;
      const scope = sourceCode.getScope(call);
      if (framework.routeMethods?.includes(method)) {
        const validated = call.arguments.some((argument) =>
          (framework.validatingOptions ?? []).some((path) => hasOptionPath(argument, path)),
        );
        for (const argument of call.arguments) this.add(resolveFunction(argument, scope), framework, validated);
        this.fromApp(call, framework, depth + 1);
      } else if (framework.chainMethods?.includes(method)) {
        this.fromApp(call, framework, depth + 1);
      } else if (framework.routeObjectMethods?.includes(method)) {
        const [options] = call.arguments;
        if (options?.type !== 'ObjectExpression') continue;
        const validated = (framework.validatingOptions ?? []).some((path) => hasOptionPath(options, path));
        // Hapi also accepts the handler under `options`.
        const nested = propertyNamed(options, 'options');
        const handler = propertyNamed(options, 'handler') ?? (nested?.type === 'ObjectExpression' ? propertyNamed(nested, 'handler') : undefined);
        this.add(resolveFunction(handler, scope), framework, validated);
      } else if (method === 'on' && framework.connectionEvent) {
        const [event, listener] = call.arguments;
        if (event?.type !== 'Literal' || event.value !== framework.connectionEvent || !isFunction(listener)) continue;
        const socket = listener.params[0];
        if (socket?.type === 'Identifier') this.fromSocket(socket, framework, scope);
      }
    }
  }

  /** `socket.on('predict', (payload, ack) => …)`: every message listener of a connected socket. */
  private fromSocket(socket: TSESTree.Identifier, framework: ServerFramework, scope: Scope): void {
    for (const read of readsOfBinding(socket, this.context.sourceCode)) {
      const member = read.parent;
      if (member?.type !== 'MemberExpression' || member.object !== read || member.property.type !== 'Identifier') continue;
      if (member.property.name !== 'on' && member.property.name !== 'once') continue;
      const call = member.parent;
      if (call?.type !== 'CallExpression' || call.callee !== member) continue;
      const [event, listener] = call.arguments;
      if (event?.type === 'Literal' && ['disconnect', 'disconnecting', 'error'].includes(String(event.value))) continue;
      this.add(resolveFunction(listener, scope), framework);
    }
  }

  fromExports(program: TSESTree.Program): void {
    const scope = this.context.sourceCode.scopeManager!.globalScope as Scope;
    const exported = new Map<string, TSESTree.Node>();
    for (const statement of program.body) {
      if (statement.type === 'ExportNamedDeclaration' && statement.declaration) {
        const declaration = statement.declaration;
        if (declaration.type === 'FunctionDeclaration' && declaration.id) exported.set(declaration.id.name, declaration);
        if (declaration.type === 'VariableDeclaration') {
          for (const declarator of declaration.declarations) {
            if (declarator.id.type === 'Identifier' && declarator.init) exported.set(declarator.id.name, declarator.init);
          }
        }
      } else if (statement.type === 'ExportDefaultDeclaration') {
        exported.set('default', statement.declaration);
      } else if (statement.type === 'ExpressionStatement' && statement.expression.type === 'AssignmentExpression') {
        // CommonJS: `exports.handler = …`, `module.exports.handler = …`, `module.exports = …`.
        const { left, right } = statement.expression;
        const text = this.context.sourceCode.getText(left);
        const match = /^(?:module\.)?exports\.(\w+)$/u.exec(text);
        if (match) exported.set(match[1], right);
        else if (text === 'module.exports') exported.set('default', right);
      }
    }
    if (exported.size === 0) return;
    const file = relativeFilename(this.context);
    for (const framework of serverFrameworks) {
      for (const rule of framework.exports ?? []) {
        // The names first: most modules export none of them, and matching the path against globs costs more.
        if (!rule.names.some((name) => exported.has(name)) || (rule.files && !matchesAny(rule.files, file))) continue;
        for (const name of rule.names) {
          const value = exported.get(name);
          if (!value) continue;
          if (!rule.members) {
            this.add(resolveFunction(value, scope), framework);
            continue;
          }
          if (value.type !== 'ObjectExpression') continue;
          for (const property of value.properties) {
            if (property.type !== 'Property' || property.computed || property.key.type !== 'Identifier') continue;
            if (rule.members === 'all' || rule.members.includes(property.key.name)) this.add(resolveFunction(property.value, scope), framework);
          }
        }
      }
    }
  }

  /** `self.addEventListener('message', h)`, `addEventListener('message', h)`, `self.onmessage = h`, `onmessage = h`. */
  fromGlobalListeners(globalScope: Scope): void {
    let unresolved: Map<string, TSESTree.Identifier[]> | undefined;
    const globals = (name: string): TSESTree.Identifier[] => {
      const declared = globalScope.set.get(name);
      if (declared) return declared.defs.length > 0 ? [] : declared.references.map((reference) => reference.identifier as TSESTree.Identifier);
      if (!unresolved) {
        unresolved = new Map();
        for (const { identifier } of globalScope.through) {
          const list = unresolved.get(identifier.name);
          if (list) list.push(identifier as TSESTree.Identifier);
          else unresolved.set(identifier.name, [identifier as TSESTree.Identifier]);
        }
      }
      return unresolved.get(name) ?? [];
    };
    for (const framework of serverFrameworks) {
      const listener = framework.globalListener;
      if (!listener) continue;
      const scope = globalScope;
      const candidates: TSESTree.Node[] = [...globals('addEventListener'), ...globals('onmessage')];
      for (const target of listener.targets) {
        for (const identifier of globals(target)) {
          const member = identifier.parent;
          if (member?.type === 'MemberExpression' && member.object === identifier && !member.computed) candidates.push(member);
        }
      }
      for (const candidate of candidates) {
        const name = candidate.type === 'Identifier' ? candidate.name : candidate.type === 'MemberExpression' && candidate.property.type === 'Identifier' ? candidate.property.name : '';
        const parent = candidate.parent;
        if (name === 'addEventListener' && parent?.type === 'CallExpression' && parent.callee === candidate) {
          const [event, handler] = parent.arguments;
          if (event?.type === 'Literal' && event.value === listener.event) this.add(resolveFunction(handler, scope), framework);
        } else if (name === `on${listener.event}` && parent?.type === 'AssignmentExpression' && parent.left === candidate) {
          this.add(resolveFunction(parent.right, scope), framework);
        }
      }
    }
  }
}

const cache = new WeakMap<TSESTree.Program, ReadonlyMap<FunctionNode, RequestHandler>>();

/** Every request handler in the file, found once per file. */
export function getRequestHandlers(context: Context): ReadonlyMap<FunctionNode, RequestHandler> {
  const program = context.sourceCode.ast;
  let handlers = cache.get(program);
  if (handlers) return handlers;
  const collector = new HandlerCollector(context);
  const globalScope = context.sourceCode.scopeManager!.globalScope as Scope;
  const tracker = new ReferenceTracker(globalScope as never, { mode: 'legacy' });
  const found = [...tracker.iterateEsmReferences(traceMap as TraceMap<unknown>)] as { node: TSESTree.Node; info: unknown }[];
  for (const call of findRequireCalls(globalScope)) {
    const specifier = requiredSpecifier(call);
    if (specifier !== undefined && Object.hasOwn(traceMap, specifier)) {
      found.push(...([...tracker.iteratePropertyReferences(call as never, traceMap[specifier] as TraceMap<unknown>)] as typeof found));
    }
  }
  for (const { node, info } of found) collector.fromApp(node, info as ServerFramework);
  collector.fromExports(program);
  collector.fromGlobalListeners(globalScope);
  handlers = collector.handlers;
  cache.set(program, handlers);
  return handlers;
}

/** The request handler a node is in (itself, or a callback nested in it), if any. */
export function findEnclosingHandler(context: Context, node: TSESTree.Node): RequestHandler | undefined {
  const handlers = getRequestHandlers(context);
  if (handlers.size === 0) return undefined;
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
    if (isFunction(current)) {
      const handler = handlers.get(current);
      if (handler) return handler;
    }
  }
  return undefined;
}

function keyName(property: TSESTree.Property | TSESTree.RestElement): string | undefined {
  return property.type === 'Property' && !property.computed && property.key.type === 'Identifier' ? property.key.name : undefined;
}

/** Sources reached from the request binding: `req.body`, `c.req.json()`, `const { body } = req`. */
function sourcesFromRequest(
  request: TSESTree.Identifier,
  framework: ServerFramework,
  sourceCode: Readonly<TSESLint.SourceCode>,
): RequestDataSource[] {
  const sources: RequestDataSource[] = [];
  const reads = framework.reads ?? [];
  const calls = framework.calls ?? [];
  for (const read of readsOfBinding(request, sourceCode)) {
    const match = (paths: readonly RequestPath[], asCall: boolean): void => {
      for (const path of paths) {
        let node: TSESTree.Node = read;
        let matched = true;
        for (const key of path) {
          const parent: TSESTree.Node | undefined = node.parent;
          if (parent?.type !== 'MemberExpression' || parent.object !== node || parent.computed || parent.property.type !== 'Identifier' || parent.property.name !== key) {
            matched = false;
            break;
          }
          node = parent;
        }
        if (!matched) continue;
        if (asCall) {
          if (node.parent?.type !== 'CallExpression' || node.parent.callee !== node) continue;
          node = node.parent;
        }
        sources.push({ node, description: sourceCode.getText(node) });
      }
    };
    match(reads, false);
    match(calls, true);
    // `const { body, query } = req`
    const declarator = read.parent;
    if (declarator?.type === 'VariableDeclarator' && declarator.init === read && declarator.id.type === 'ObjectPattern') {
      for (const property of declarator.id.properties) {
        const key = keyName(property);
        if (key !== undefined && reads.some((path) => path.length === 1 && path[0] === key) && property.type === 'Property') {
          for (const binding of bindingIdentifiers(property.value)) sources.push({ node: binding, description: `${request.name}.${key}` });
        }
      }
    }
  }
  return sources;
}

/** The expressions and bindings of a handler that hold untrusted request data, per its framework's catalog entry. */
export function getRequestDataSources(context: Context, handler: RequestHandler): readonly RequestDataSource[] {
  const { framework, node } = handler;
  const request = framework.request;
  if (request === 'all-params') {
    return node.params.flatMap((param) => bindingIdentifiers(param)).map((binding) => ({ node: binding, description: binding.name }));
  }
  const param = node.params[request.param];
  let binding: TSESTree.Node | undefined = param?.type === 'AssignmentPattern' ? param.left : param;
  if (request.property !== undefined) {
    if (binding?.type !== 'ObjectPattern') return [];
    const property = binding.properties.find((candidate) => keyName(candidate) === request.property);
    binding = property?.type === 'Property' ? property.value : undefined;
  }
  if (binding?.type === 'Identifier') return sourcesFromRequest(binding, framework, context.sourceCode);
  // `({ body, query }, res) => …`: the destructured data are sources themselves.
  if (binding?.type === 'ObjectPattern') {
    return binding.properties.flatMap((property) => {
      const key = keyName(property);
      if (key === undefined || property.type !== 'Property' || !(framework.reads ?? []).some((path) => path.length === 1 && path[0] === key)) return [];
      return bindingIdentifiers(property.value).map((identifier) => ({ node: identifier, description: key }));
    });
  }
  return [];
}
