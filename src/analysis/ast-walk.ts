// Small AST helpers shared by the analyses: a subtree walk, function nodes, wrappers that pass a value through, and
// the names a binding pattern declares.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/** What to do with a node: 'stop' ends the walk, 'skip' leaves its children out. */
export type WalkStep = 'continue' | 'skip' | 'stop';

/** Visits `root` and its descendants in source order; returns true when `visit` stopped the walk. */
export function walk(
  root: TSESTree.Node,
  visitorKeys: TSESLint.SourceCode.VisitorKeys,
  visit: (node: TSESTree.Node) => WalkStep,
): boolean {
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const step = visit(node);
    if (step === 'stop') return true;
    if (step === 'skip') continue;
    const keys = visitorKeys[node.type] ?? [];
    for (let k = keys.length - 1; k >= 0; k--) {
      const child = (node as unknown as Record<string, unknown>)[keys[k]];
      const items = Array.isArray(child) ? child : [child];
      for (let i = items.length - 1; i >= 0; i--) {
        const item: unknown = items[i];
        if (item && typeof item === 'object' && 'type' in item) stack.push(item as TSESTree.Node);
      }
    }
  }
  return false;
}

export const isFunctionNode = (
  node: TSESTree.Node,
): node is TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression =>
  node.type === 'ArrowFunctionExpression' || node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression';

/** The expression under TypeScript's value-preserving wrappers (`x as T`, `x!`, `x satisfies T`, `<T>x`). */
export function skipTypeWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.type === 'TSAsExpression' ||
    current.type === 'TSNonNullExpression' ||
    current.type === 'TSSatisfiesExpression' ||
    current.type === 'TSTypeAssertion'
  ) {
    current = current.expression;
  }
  return current;
}

/** The value an expression produces once awaited, under type wrappers and optional chains (`(await f())!`). */
export function unwrapValue(node: TSESTree.Node): TSESTree.Node {
  let current = skipTypeWrappers(node);
  while (current.type === 'AwaitExpression' || current.type === 'ChainExpression') {
    current = skipTypeWrappers(current.type === 'AwaitExpression' ? current.argument : current.expression);
  }
  return current;
}

/** The identifiers a binding pattern declares (`{ a, b: [c], ...d } = …` declares a, c and d). */
export function bindingIdentifiers(pattern: TSESTree.Node | null | undefined): TSESTree.Identifier[] {
  switch (pattern?.type) {
    case 'Identifier':
      return [pattern];
    case 'ObjectPattern':
      return pattern.properties.flatMap((property) => bindingIdentifiers(property.type === 'Property' ? property.value : property.argument));
    case 'ArrayPattern':
      return pattern.elements.flatMap((element) => bindingIdentifiers(element));
    case 'AssignmentPattern':
      return bindingIdentifiers(pattern.left);
    case 'RestElement':
      return bindingIdentifiers(pattern.argument);
    default:
      return [];
  }
}
