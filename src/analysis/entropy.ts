// Is a seed really a seed? A value computed from the clock, Math.random or crypto differs on every run.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { getLibraryReferences } from './library-references.js';
import { resolveConstInit } from './static-values.js';

type Scope = TSESLint.Scope.Scope;

const entropyCache = new WeakMap<TSESTree.Program, readonly TSESTree.Node[]>();

function entropyNodes(sourceCode: Readonly<TSESLint.SourceCode>): readonly TSESTree.Node[] {
  let nodes = entropyCache.get(sourceCode.ast);
  if (!nodes) {
    nodes = getLibraryReferences(sourceCode)
      .filter(({ api, node }) => {
        const entropy = api.randomness?.entropy;
        // new Date('2024-01-01') is a constant; only new Date() reads the clock.
        return entropy === true || (entropy === 'without-arguments' && 'arguments' in node && node.arguments.length === 0);
      })
      .map((reference) => reference.node)
      // The leftmost source names the seed's entropy in messages.
      .sort((a, b) => a.range[0] - b.range[0]);
    entropyCache.set(sourceCode.ast, nodes);
  }
  return nodes;
}

const within = (inner: TSESTree.Node, outer: TSESTree.Node): boolean =>
  inner.range[0] >= outer.range[0] && inner.range[1] <= outer.range[1];

/**
 * The entropy a seed expression is computed from (`Date.now()`), following same-module consts; undefined when the
 * seed is not visibly derived from entropy.
 */
export function findEntropySource(
  expression: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
  scope: Scope,
): TSESTree.Node | undefined {
  const sources = entropyNodes(sourceCode);
  if (sources.length === 0) return undefined;
  const pending: TSESTree.Node[] = [expression];
  const visited = new Set<TSESTree.Node>();
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (visited.has(node)) continue;
    visited.add(node);
    const source = sources.find((candidate) => within(candidate, node));
    if (source) return source.parent?.type === 'CallExpression' && source.parent.callee === source ? source.parent : source;
    for (const identifier of identifiersIn(node, sourceCode)) {
      const init = resolveConstInit(identifier, scope);
      if (init) pending.push(init);
    }
  }
  return undefined;
}

function identifiersIn(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Identifier[] {
  const found: TSESTree.Identifier[] = [];
  const stack: TSESTree.Node[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'Identifier') {
      found.push(current);
      continue;
    }
    // Functions are not evaluated where they appear; their bodies do not make a seed.
    if (current.type.includes('Function')) continue;
    // `config.seed` names the property `seed`, not a variable.
    if (current.type === 'MemberExpression' && !current.computed) {
      stack.push(current.object);
      continue;
    }
    if (current.type === 'Property' && !current.computed) {
      stack.push(current.value);
      continue;
    }
    for (const key of sourceCode.visitorKeys[current.type] ?? []) {
      const child = (current as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const item of child) if (item && typeof item === 'object' && 'type' in item) stack.push(item as TSESTree.Node);
      } else if (child && typeof child === 'object' && 'type' in child) {
        stack.push(child as TSESTree.Node);
      }
    }
  }
  return found;
}
