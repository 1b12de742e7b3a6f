// What an expression evaluates to when the file alone says so: literals, same-module consts, option objects.
import { findVariable, getStaticValue } from '@eslint-community/eslint-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

type Scope = TSESLint.Scope.Scope;

/** The literal value of an expression (following same-module consts), or undefined when it cannot be known. */
export function resolveStaticValue(node: TSESTree.Node, scope: Scope): { value: unknown } | undefined {
  const result = getStaticValue(node as never, scope as never);
  return result ?? undefined;
}

/** The initializer of a `const` binding that is never reassigned, for following a name to its value. */
export function resolveConstInit(identifier: TSESTree.Identifier, scope: Scope): TSESTree.Expression | undefined {
  const variable = findVariable(scope as never, identifier) as TSESLint.Scope.Variable | null;
  if (!variable || variable.defs.length !== 1) return undefined;
  const definition = variable.defs[0];
  if (definition.type !== 'Variable' || definition.parent.kind !== 'const') return undefined;
  const declarator = definition.node;
  if (declarator.id.type !== 'Identifier' || !declarator.init) return undefined;
  return declarator.init;
}

/** Follows same-module const names until reaching an expression that is not a plain name. */
export function followConsts(node: TSESTree.Node, scope: Scope): TSESTree.Node {
  let current = node;
  for (let depth = 0; current.type === 'Identifier' && depth < 8; depth++) {
    const init = resolveConstInit(current, scope);
    if (!init) break;
    current = init;
  }
  return current;
}

export type OptionLookup =
  | { readonly state: 'absent' }
  | { readonly state: 'present'; readonly value: TSESTree.Node; readonly property: TSESTree.Property }
  | { readonly state: 'unknown' };

/**
 * Looks `name` up in an options argument: an object literal, or a const holding one. Anything else (a parameter,
 * a spread, a computed key) makes the answer 'unknown', which rules treat as "do not report".
 */
export function findOption(argument: TSESTree.Node | undefined, name: string, scope: Scope): OptionLookup {
  if (!argument) return { state: 'absent' };
  let object = followConsts(argument, scope);
  // `{ … } as ModelFitArgs` and `{ … } satisfies ModelFitArgs` are still the literal.
  while (object.type === 'TSAsExpression' || object.type === 'TSSatisfiesExpression') object = followConsts(object.expression, scope);
  if (object.type !== 'ObjectExpression') return { state: 'unknown' };
  let found: OptionLookup = { state: 'absent' };
  for (const property of object.properties) {
    if (property.type === 'SpreadElement') {
      found = { state: 'unknown' };
      continue;
    }
    const key = property.computed ? resolveStaticValue(property.key, scope)?.value : propertyKeyName(property.key);
    if (key === undefined && property.computed) {
      found = { state: 'unknown' };
    } else if (key === name) {
      found = { state: 'present', value: property.value, property };
    }
  }
  return found;
}

function propertyKeyName(key: TSESTree.Expression | TSESTree.PrivateIdentifier): string | undefined {
  if (key.type === 'Identifier') return key.name;
  if (key.type === 'Literal') return String(key.value);
  return undefined;
}

/** Whether the expression is the literal `undefined` (the global, not a shadowing binding) or `void 0`. */
export function isUndefinedLiteral(node: TSESTree.Node, scope: Scope): boolean {
  if (node.type === 'UnaryExpression' && node.operator === 'void') return true;
  if (node.type !== 'Identifier' || node.name !== 'undefined') return false;
  const variable = findVariable(scope as never, node) as TSESLint.Scope.Variable | null;
  return !variable || variable.defs.length === 0;
}
