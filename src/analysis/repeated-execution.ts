// Does this code run again and again — per request, per loop iteration, per frame — and is its result memoised?
import { findVariable } from '@eslint-community/eslint-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { isFunctionNode, walk } from './ast-walk.js';
import { findEnclosingHandler } from './request-handlers.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

export interface RepeatedContext {
  readonly kind: 'request handler' | 'loop' | 'per-frame callback';
  /** The loop statement or callback whose body repeats. */
  readonly boundary: TSESTree.Node;
  /** Variables that differ on each iteration (the loop's own), so code depending on them is not a repeat. */
  readonly iterationVariables: readonly TSESLint.Scope.Variable[];
}

const iterationMethods = new Set(['forEach', 'map', 'flatMap', 'filter', 'reduce', 'some', 'every']);
const frameSchedulers = new Set(['requestAnimationFrame', 'requestVideoFrameCallback', 'setInterval']);

function calleeName(call: TSESTree.CallExpression): string | undefined {
  const callee = call.callee;
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') return callee.property.name;
  return undefined;
}

/** The innermost repeating context around `node` within its function, or the handler or frame callback it is in. */
export function findRepeatedContext(context: Context, node: TSESTree.Node): RepeatedContext | undefined {
  const { sourceCode } = context;
  for (let child: TSESTree.Node = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    switch (parent.type) {
      case 'ForStatement':
        if (child === parent.body || child === parent.test || child === parent.update) {
          return { kind: 'loop', boundary: parent, iterationVariables: parent.init ? declaredIn(parent.init, sourceCode) : [] };
        }
        break;
      case 'ForInStatement':
      case 'ForOfStatement':
        if (child === parent.body) return { kind: 'loop', boundary: parent, iterationVariables: declaredIn(parent.left, sourceCode) };
        break;
      case 'WhileStatement':
      case 'DoWhileStatement':
        if (child === parent.body) return { kind: 'loop', boundary: parent, iterationVariables: [] };
        break;
      default:
        if (!isFunctionNode(parent)) break;
        if (findEnclosingHandler(context, child)) return { kind: 'request handler', boundary: parent, iterationVariables: [] };
        if (parent.parent.type === 'CallExpression' && parent.parent.arguments.some((argument) => argument === parent)) {
          const name = calleeName(parent.parent);
          if (name && frameSchedulers.has(name)) return { kind: 'per-frame callback', boundary: parent, iterationVariables: [] };
          if (name && iterationMethods.has(name) && parent.parent.callee.type === 'MemberExpression') {
            return { kind: 'loop', boundary: parent, iterationVariables: sourceCode.scopeManager!.getDeclaredVariables(parent) };
          }
        }
        // Any other function boundary: what runs inside it runs when it is called, not because of the code around it.
        return undefined;
    }
  }
  return undefined;
}

function declaredIn(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.Scope.Variable[] {
  return node.type === 'VariableDeclaration' ? node.declarations.flatMap((d) => sourceCode.scopeManager!.getDeclaredVariables(d)) : [];
}

/**
 * Whether an expression can differ between repeats: it reads the loop's own variables, or a variable declared inside
 * the repeating code (computed per iteration or per request — a model id taken from the request, say).
 */
export function variesPerRepeat(
  expression: TSESTree.Node,
  repeated: RepeatedContext,
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  const [start, end] = repeated.boundary.range;
  return walk(expression, sourceCode.visitorKeys, (node) => {
    if (node.type !== 'Identifier') return 'continue';
    const variable = findVariable(sourceCode.getScope(node) as never, node) as TSESLint.Scope.Variable | null;
    if (!variable) return 'continue';
    if (repeated.iterationVariables.includes(variable)) return 'stop';
    const declared = variable.defs[0]?.name.range[0];
    return declared !== undefined && declared >= start && declared < end ? 'stop' : 'continue';
  });
}

/** `model`, `this.model`, `cache.model`: the text of a storage target, for matching it against a guard. */
function targetText(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string | undefined {
  return node.type === 'Identifier' || node.type === 'MemberExpression' ? sourceCode.getText(node) : undefined;
}

/**
 * Whether a value computed inside `boundary` is memoised there rather than recomputed each time: `x ??= load()`,
 * `x || load()`, `if (!x) x = await load()`, `if (!cache.has(k)) cache.set(k, load())` and the like.
 */
export function isMemoised(value: TSESTree.Node, boundary: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  let current = value;
  for (;;) {
    const parent = current.parent;
    if (
      parent &&
      (parent.type === 'AwaitExpression' ||
        parent.type === 'TSAsExpression' ||
        parent.type === 'TSNonNullExpression' ||
        parent.type === 'ChainExpression')
    ) {
      current = parent;
    } else if (
      // A promise chain on the value (`load().then(adapt)`) is stored like the value itself.
      parent?.type === 'MemberExpression' &&
      parent.object === current &&
      !parent.computed &&
      parent.property.type === 'Identifier' &&
      ['then', 'catch', 'finally'].includes(parent.property.name) &&
      parent.parent.type === 'CallExpression'
    ) {
      current = parent.parent;
    } else {
      break;
    }
  }
  const parent = current.parent;
  if (!parent) return false;
  if (parent.type === 'AssignmentExpression' && (parent.operator === '??=' || parent.operator === '||=')) return true;
  if (parent.type === 'LogicalExpression' && parent.right === current && (parent.operator === '??' || parent.operator === '||')) return true;
  // A store whose name a condition around it tests: `if (!model) model = …`, `cache.has(k) ? … : cache.set(k, …)`.
  let stored: string | undefined;
  if (parent.type === 'AssignmentExpression' && parent.right === current) stored = targetText(parent.left, sourceCode);
  if (parent.type === 'CallExpression' && calleeName(parent) === 'set' && parent.callee.type === 'MemberExpression') {
    stored = targetText(parent.callee.object, sourceCode);
  }
  if (!stored) return false;
  for (let node: TSESTree.Node | undefined = parent; node && node !== boundary; node = node.parent) {
    const test =
      node.type === 'IfStatement' || node.type === 'ConditionalExpression'
        ? node.test
        : node.type === 'LogicalExpression'
          ? node.left
          : undefined;
    if (test && sourceCode.getText(test).includes(stored)) return true;
  }
  return false;
}

/**
 * Whether a function's source shows it memoises what it returns (`this.instance ??= …`, `if (!model) model = …`, a
 * cache lookup): a singleton's getInstance loads once however often it is called.
 */
export function looksMemoising(functionText: string): boolean {
  return /\?\?=|\|\|=|if\s*\(\s*!|\.has\(|\.get\(|instance/iu.test(functionText);
}
