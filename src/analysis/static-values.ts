// What an expression evaluates to when the file alone says so: literals, same-module consts, option objects.
import { findVariable, getStaticValue } from '@eslint-community/eslint-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

type Scope = TSESLint.Scope.Scope;

/** The literal value of an expression (following same-module consts), or undefined when it cannot be known. */
export function resolveStaticValue(node: TSESTree.Node, scope: Scope): { value: unknown } | undefined {
  const result = getStaticValue(node as never, scope as never);
  if (result) return result;
  // eslint-utils does not follow static class fields (`this.model_id` in a static method).
  const followed = followConsts(node, scope);
  return followed === node ? undefined : (getStaticValue(followed as never, scope as never) ?? undefined);
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

type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

/** The class whose static method (or static initializer) `node` is in, when `this` there is the class itself. */
function classOfStaticThis(node: TSESTree.Node): ClassNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'ArrowFunctionExpression') continue;
    if (current.type === 'FunctionExpression' || current.type === 'FunctionDeclaration') {
      const method = current.parent;
      return method?.type === 'MethodDefinition' && method.static ? (method.parent.parent) : undefined;
    }
    if (current.type === 'StaticBlock') return current.parent.parent;
    if (current.type === 'PropertyDefinition') return current.static ? (current.parent.parent) : undefined;
  }
  return undefined;
}

/** Whether `member` (`this.x` or `Class.x`) is written to: assigned, updated or deleted. */
function isWritten(member: TSESTree.MemberExpression): boolean {
  const parent = member.parent;
  return (
    (parent.type === 'AssignmentExpression' && parent.left === member) ||
    parent.type === 'UpdateExpression' ||
    (parent.type === 'UnaryExpression' && parent.operator === 'delete')
  );
}

function writesStaticField(classNode: ClassNode, name: string, scope: Scope): boolean {
  const className = classNode.id?.name;
  const pending: TSESTree.Node[] = [classNode.body];
  while (pending.length > 0) {
    const current = pending.pop()!;
    if (
      current.type === 'MemberExpression' &&
      !current.computed &&
      current.property.type === 'Identifier' &&
      current.property.name === name &&
      (current.object.type === 'ThisExpression' || (current.object.type === 'Identifier' && current.object.name === className)) &&
      isWritten(current)
    ) {
      return true;
    }
    for (const [key, child] of Object.entries(current)) {
      if (key === 'parent') continue;
      for (const item of Array.isArray(child) ? child : [child]) {
        if (item && typeof item === 'object' && 'type' in item) pending.push(item as TSESTree.Node);
      }
    }
  }
  // Writes from outside the class, through its name (or the const a class expression is assigned to): the binding
  // outside the class, not the class's inner one.
  const declarator = classNode.parent.type === 'VariableDeclarator' ? classNode.parent.id : undefined;
  const outerName = classNode.id?.name ?? (declarator?.type === 'Identifier' ? declarator.name : undefined);
  if (!outerName) return false;
  let outer: Scope | null = scope;
  while (outer && outer.block.range[0] >= classNode.range[0] && outer.block.range[1] <= classNode.range[1]) outer = outer.upper;
  const variable = outer ? (findVariable(outer as never, outerName) as TSESLint.Scope.Variable | null) : null;
  return (variable?.references ?? []).some((reference) => {
    const parent = reference.identifier.parent;
    return (
      parent?.type === 'MemberExpression' &&
      parent.object === reference.identifier &&
      !parent.computed &&
      parent.property.type === 'Identifier' &&
      parent.property.name === name &&
      isWritten(parent)
    );
  });
}

/**
 * The initializer of a static class field read as `this.x` in a static method or as `Class.x`, when the class
 * declares `static x = …` and nothing writes it (the singleton pattern: `static model_id = 'owner/model'`).
 */
export function resolveStaticFieldInit(member: TSESTree.MemberExpression, scope: Scope): TSESTree.Expression | undefined {
  if (member.computed || member.property.type !== 'Identifier') return undefined;
  let classNode: ClassNode | undefined;
  if (member.object.type === 'ThisExpression') {
    classNode = classOfStaticThis(member);
  } else if (member.object.type === 'Identifier') {
    const variable = findVariable(scope as never, member.object) as TSESLint.Scope.Variable | null;
    const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (definition?.type === 'ClassName') classNode = definition.node;
  }
  if (!classNode) return undefined;
  const name = member.property.name;
  const field = classNode.body.body.find(
    (element): element is TSESTree.PropertyDefinition =>
      element.type === 'PropertyDefinition' &&
      element.static &&
      !element.computed &&
      element.key.type === 'Identifier' &&
      element.key.name === name,
  );
  if (!field?.value || writesStaticField(classNode, name, scope)) return undefined;
  return field.value;
}

/** Follows same-module const names (and unwritten static class fields) to the expression they hold. */
export function followConsts(node: TSESTree.Node, scope: Scope): TSESTree.Node {
  let current = node;
  for (let depth = 0; depth < 8; depth++) {
    const next =
      current.type === 'Identifier'
        ? resolveConstInit(current, scope)
        : current.type === 'MemberExpression'
          ? resolveStaticFieldInit(current, scope)
          : undefined;
    if (!next) break;
    current = next;
  }
  return current;
}

/** The argument at `index`, undefined when absent, or 'unknown' when a spread comes first (it cannot be located). */
export function argumentAt(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  index: number,
): TSESTree.Node | 'unknown' | undefined {
  for (let i = 0; i <= index && i < call.arguments.length; i++) {
    if (call.arguments[i].type === 'SpreadElement') return 'unknown';
  }
  return call.arguments[index];
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
