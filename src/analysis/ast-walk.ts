// A small depth-first walk over a subtree, for questions about one expression or function body.
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
