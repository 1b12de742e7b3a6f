// What string an expression builds, as far as the file says: literals, same-module consts, template literals and `+`
// concatenations, with the parts that cannot be known kept as holes.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { followConsts, resolveStaticValue } from './static-values.js';
import { skipTypeWrappers } from './ast-walk.js';

type Scope = TSESLint.Scope.Scope;

/** A known run of text, with the literal or template element it was written in (for fixes). */
export interface TextPart {
  readonly text: string;
  readonly source: TSESTree.Literal | TSESTree.TemplateElement | undefined;
}

/** A part of the string the file cannot determine (a parameter, a call, an env variable). */
export interface HolePart {
  readonly hole: TSESTree.Node;
}

export type StringPart = TextPart | HolePart;

export interface StringPattern {
  readonly parts: readonly StringPart[];
}

export const isHole = (part: StringPart): part is HolePart => 'hole' in part;

/** Whether every part is known. */
export const isFullyKnown = (pattern: StringPattern): boolean => !pattern.parts.some(isHole);

/** The known text, with each hole replaced by `placeholder`. */
export function patternText(pattern: StringPattern, placeholder = '\u0000'): string {
  return pattern.parts.map((part) => (isHole(part) ? placeholder : part.text)).join('');
}

const maxDepth = 8;

function build(node: TSESTree.Node, scope: Scope, depth: number): StringPart[] | undefined {
  if (depth > maxDepth) return undefined;
  const expression = skipTypeWrappers(followConsts(skipTypeWrappers(node), scope));
  switch (expression.type) {
    case 'Literal':
      return typeof expression.value === 'string' ? [{ text: expression.value, source: expression }] : undefined;
    case 'TemplateLiteral': {
      const parts: StringPart[] = [];
      expression.quasis.forEach((quasi, index) => {
        if (quasi.value.cooked) parts.push({ text: quasi.value.cooked, source: quasi });
        const inner = expression.expressions[index];
        if (inner) parts.push(...(build(inner, scope, depth + 1) ?? scalarOrHole(inner, scope)));
      });
      return parts;
    }
    case 'BinaryExpression': {
      if (expression.operator !== '+') return undefined;
      const left = build(expression.left, scope, depth + 1);
      const right = build(expression.right, scope, depth + 1);
      // Without a string on either side, `+` may be arithmetic.
      if (!left && !right) return undefined;
      return [...(left ?? scalarOrHole(expression.left, scope)), ...(right ?? scalarOrHole(expression.right, scope))];
    }
    default: {
      const value = resolveStaticValue(expression, scope);
      return typeof value?.value === 'string' ? [{ text: value.value, source: undefined }] : undefined;
    }
  }
}

/** Inside a string, a known number or boolean is text; anything else is a hole. */
function scalarOrHole(node: TSESTree.Node, scope: Scope): StringPart[] {
  const value = resolveStaticValue(node, scope);
  if (value && ['number', 'boolean', 'bigint'].includes(typeof value.value)) {
    return [{ text: String(value.value), source: undefined }];
  }
  return [{ hole: node }];
}

/** The string `node` evaluates to, with unknown parts as holes; undefined when it is not visibly a string. */
export function resolveStringPattern(node: TSESTree.Node, scope: Scope): StringPattern | undefined {
  const parts = build(node, scope, 0);
  return parts ? { parts } : undefined;
}

/**
 * The strings a value holds when it may be one path, a list of paths or a map of name → path
 * (setWasmPaths({ 'tfjs-backend-wasm.wasm': url }), io.fileSystem([json, weights])). Unknown entries are left out.
 */
export function resolveStringPatterns(node: TSESTree.Node, scope: Scope): StringPattern[] {
  const value = followConsts(skipTypeWrappers(node), scope);
  const entries: TSESTree.Node[] = [];
  if (value.type === 'ArrayExpression') {
    for (const element of value.elements) if (element && element.type !== 'SpreadElement') entries.push(element);
  } else if (value.type === 'ObjectExpression') {
    for (const property of value.properties) if (property.type === 'Property') entries.push(property.value);
  } else {
    entries.push(value);
  }
  return entries.flatMap((entry) => resolveStringPattern(entry, scope) ?? []);
}
