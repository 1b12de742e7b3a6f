// Is this literal a list of feature (column) names? Bound to a name that reads as one, handed to a column-selecting
// API, or iterated to pick values out of a row: the lists that training and serving copy and let drift.
import { findVariable } from '@eslint-community/eslint-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { ColumnSelectionFact } from '../catalog/index.js';
import { classifyMethodCall } from './instances.js';
import { getCallReferenceMap } from './library-references.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

export interface FeatureListOptions {
  /** Lists shorter than this are not judged. */
  readonly minItems: number;
  /** Names that read as a feature list (compared word by word, as the last words of a binding's name). */
  readonly names: readonly string[];
  /** Names of class and label lists, never feature lists (any of their words in a binding's name excludes it). */
  readonly labelNames: readonly string[];
}

export const defaultFeatureListNames: readonly string[] = [
  'features',
  'featureNames',
  'featureColumns',
  'featureKeys',
  'featureFields',
  'columns',
  'columnNames',
  'cols',
  'inputs',
  'inputNames',
  'inputColumns',
  'inputFields',
];

export const defaultLabelListNames: readonly string[] = ['label', 'labels', 'class', 'classes', 'classNames', 'target', 'targets'];

export type FeatureListUse = 'name' | 'column-selection' | 'feature-vector';

export interface FeatureList {
  /** The array literal, or the object literal whose keys are the columns (tf.data.csv `columnConfigs`). */
  readonly node: TSESTree.ArrayExpression | TSESTree.ObjectExpression;
  readonly names: readonly string[];
  /** The name the list is bound to (`FEATURES`, `columns`), or undefined for an inline argument. */
  readonly binding: string | undefined;
  readonly use: FeatureListUse;
}

/** `featureColumns` → ['feature', 'columns']; `NUMERIC_FEATURES` → ['numeric', 'features']. */
export function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/gu, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/gu, '$1 $2')
    .split(/[^A-Za-z0-9]+/u)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
}

// The configured names split into words once per list (options arrays live for the whole run), not per literal.
const wordsCache = new WeakMap<readonly string[], readonly (readonly string[])[]>();
function wordsOfEach(names: readonly string[]): readonly (readonly string[])[] {
  let words = wordsCache.get(names);
  if (!words) {
    words = names.map(wordsOf);
    wordsCache.set(names, words);
  }
  return words;
}

function mentionsLabels(words: readonly string[], labelNames: readonly string[]): boolean {
  const joined = ` ${words.join(' ')} `;
  return wordsOfEach(labelNames).some((label) => joined.includes(` ${label.join(' ')} `));
}

/** Whether a name's words end with one of `names` (compared word by word: `numericFeatures` ends with `features`). */
function endsWithFeatureListName(words: readonly string[], names: readonly string[]): boolean {
  return wordsOfEach(names).some(
    (suffix) =>
      suffix.length > 0 &&
      suffix.length <= words.length &&
      suffix.every((word, index) => words[words.length - suffix.length + index] === word),
  );
}

function stringValue(node: TSESTree.Node | null): string | undefined {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** The strings of an array literal made only of string literals, or undefined. */
export function stringArrayItems(node: TSESTree.ArrayExpression): string[] | undefined {
  const items: string[] = [];
  for (const element of node.elements) {
    const value = element && element.type !== 'SpreadElement' ? stringValue(element) : undefined;
    if (value === undefined) return undefined;
    items.push(value);
  }
  return items;
}

function propertyName(property: TSESTree.Property | TSESTree.PropertyDefinition): string | undefined {
  if (property.computed) return undefined;
  if (property.key.type === 'Identifier') return property.key.name;
  return stringValue(property.key);
}

/** Climbs from a literal over `as const`, `satisfies` and `Object.freeze(…)` to the expression that holds it. */
function holderOf(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    const parent = current.parent;
    if (!parent) return current;
    if ((parent.type === 'TSAsExpression' || parent.type === 'TSSatisfiesExpression') && parent.expression === current) {
      current = parent;
    } else if (
      parent.type === 'CallExpression' &&
      parent.arguments[0] === current &&
      parent.callee.type === 'MemberExpression' &&
      parent.callee.object.type === 'Identifier' &&
      parent.callee.object.name === 'Object' &&
      parent.callee.property.type === 'Identifier' &&
      parent.callee.property.name === 'freeze'
    ) {
      current = parent;
    } else {
      return current;
    }
  }
}

/** The name a literal is bound to: a variable, an assigned name or property, an object or class property. */
function bindingOf(holder: TSESTree.Node): { name: string; identifier?: TSESTree.Identifier } | undefined {
  const parent = holder.parent;
  if (parent?.type === 'VariableDeclarator' && parent.init === holder && parent.id.type === 'Identifier') {
    return { name: parent.id.name, identifier: parent.id };
  }
  if (parent?.type === 'AssignmentExpression' && parent.right === holder) {
    if (parent.left.type === 'Identifier') return { name: parent.left.name };
    if (parent.left.type === 'MemberExpression' && !parent.left.computed && parent.left.property.type === 'Identifier') {
      return { name: parent.left.property.name };
    }
  }
  if ((parent?.type === 'Property' || parent?.type === 'PropertyDefinition') && parent.value === holder) {
    const name = propertyName(parent);
    return name === undefined ? undefined : { name };
  }
  return undefined;
}

/** Places the list's value is used: the literal itself and, for a const never reassigned, each read of it. */
function usesOf(holder: TSESTree.Node, identifier: TSESTree.Identifier | undefined, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Node[] {
  const uses: TSESTree.Node[] = [holder];
  if (!identifier) return uses;
  const variable = findVariable(sourceCode.getScope(identifier) as never, identifier) as TSESLint.Scope.Variable | null;
  if (!variable || variable.references.some((reference) => reference.isWrite() && reference.writeExpr !== holder)) return uses;
  for (const reference of variable.references) if (reference.isRead()) uses.push(reference.identifier);
  return uses;
}

function columnFactsOf(context: Context, call: TSESTree.Node): readonly ColumnSelectionFact[] | undefined {
  if (call.type !== 'CallExpression' && call.type !== 'NewExpression') return undefined;
  const api = getCallReferenceMap(context.sourceCode).get(call)?.api;
  if (api?.columnSelection) return api.columnSelection;
  if (call.type !== 'CallExpression') return undefined;
  return classifyMethodCall(context, call, (method) => method.columnSelection !== undefined)?.method.columnSelection;
}

/** The column-selecting fact a value is handed to, directly as an argument or as an option of one. */
function columnSelectionAt(context: Context, use: TSESTree.Node): ColumnSelectionFact | undefined {
  const parent = use.parent;
  if (parent?.type === 'Property' && parent.value === use && parent.parent.type === 'ObjectExpression') {
    const option = propertyName(parent);
    const objectHolder = holderOf(parent.parent);
    const call = objectHolder.parent;
    if ((call?.type !== 'CallExpression' && call?.type !== 'NewExpression') || option === undefined) return undefined;
    const facts = columnFactsOf(context, call);
    const index = call.arguments.indexOf(objectHolder as TSESTree.CallExpressionArgument);
    return facts?.find((fact) => fact.argIndex === index && fact.option === option);
  }
  if (parent && (parent.type === 'CallExpression' || parent.type === 'NewExpression')) {
    const facts = columnFactsOf(context, parent);
    const index = parent.arguments.indexOf(use as TSESTree.CallExpressionArgument);
    return facts?.find((fact) => fact.argIndex === index && fact.option === undefined);
  }
  return undefined;
}

/** Whether `param` is used as a computed key (`row[name]`) inside `body`: the list picks values out of a row. */
function indexesBy(param: TSESTree.Node | undefined, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (param?.type !== 'Identifier') return false;
  const variable = sourceCode.scopeManager!.getDeclaredVariables(param.parent as never).find((v) => v.name === param.name);
  return (variable?.references ?? []).some((reference) => {
    const parent = reference.identifier.parent;
    return parent?.type === 'MemberExpression' && parent.computed && parent.property === reference.identifier;
  });
}

const iterationMethods: Record<string, number> = { map: 0, forEach: 0, flatMap: 0, reduce: 1 };

/** `names.map((n) => row[n])`, `for (const n of names) v.push(row[n])`: the list builds a feature vector. */
function buildsFeatureVector(use: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const parent = use.parent;
  if (parent?.type === 'MemberExpression' && parent.object === use && !parent.computed && parent.property.type === 'Identifier') {
    const paramIndex = iterationMethods[parent.property.name];
    const call = parent.parent;
    if (paramIndex === undefined || call?.type !== 'CallExpression' || call.callee !== parent) return false;
    const callback = call.arguments[0];
    if (callback?.type !== 'ArrowFunctionExpression' && callback?.type !== 'FunctionExpression') return false;
    return indexesBy(callback.params[paramIndex], sourceCode);
  }
  if (parent?.type === 'ForOfStatement' && parent.right === use && parent.left.type === 'VariableDeclaration') {
    return indexesBy(parent.left.declarations[0]?.id, sourceCode);
  }
  return false;
}

/** Column names given as the keys of an options object (tf.data.csv `columnConfigs`), labels left out. */
function keyedColumns(context: Context, node: TSESTree.ObjectExpression): string[] | undefined {
  const fact = columnSelectionAt(context, holderOf(node));
  if (!fact?.keys) return undefined;
  const names: string[] = [];
  for (const property of node.properties) {
    if (property.type !== 'Property') return undefined;
    const name = propertyName(property);
    if (name === undefined) return undefined;
    const labelFlag = fact.keys.labelFlag;
    const isLabel =
      labelFlag !== undefined &&
      property.value.type === 'ObjectExpression' &&
      property.value.properties.some(
        (flag) => flag.type === 'Property' && propertyName(flag) === labelFlag && flag.value.type === 'Literal' && flag.value.value === true,
      );
    if (!isLabel) names.push(name);
  }
  return names;
}

/** The feature list a literal is, if it is one (see the file comment), or undefined. */
export function featureListOf(
  context: Context,
  node: TSESTree.ArrayExpression | TSESTree.ObjectExpression,
  options: FeatureListOptions,
): FeatureList | undefined {
  if (node.type === 'ObjectExpression') {
    if (node.properties.length < options.minItems) return undefined;
    const names = keyedColumns(context, node);
    return names && names.length >= options.minItems ? { node, names, binding: undefined, use: 'column-selection' } : undefined;
  }
  if (node.elements.length < options.minItems) return undefined;
  const names = stringArrayItems(node);
  if (!names) return undefined;
  const holder = holderOf(node);
  const binding = bindingOf(holder);
  if (binding) {
    const words = wordsOf(binding.name);
    // A class or label list is never a feature list, however it is used.
    if (mentionsLabels(words, options.labelNames)) return undefined;
    if (endsWithFeatureListName(words, options.names)) return { node, names, binding: binding.name, use: 'name' };
  }
  for (const use of usesOf(holder, binding?.identifier, context.sourceCode)) {
    if (columnSelectionAt(context, use)) return { node, names, binding: binding?.name, use: 'column-selection' };
    if (buildsFeatureVector(use, context.sourceCode)) return { node, names, binding: binding?.name, use: 'feature-vector' };
  }
  return undefined;
}

/** How a list is described in a message: its name, or what it is passed to. */
export function describeFeatureList(list: FeatureList): string {
  if (list.binding !== undefined) return `\`${list.binding}\``;
  return list.use === 'feature-vector' ? 'used to build a feature vector' : 'passed as columns';
}

/** The options schema shared by the feature-list rules. */
export const featureListOptionsSchema = {
  type: 'object',
  properties: {
    minItems: { type: 'integer', minimum: 1, description: 'Lists with fewer string literals than this are not judged.' },
    names: {
      type: 'array',
      items: { type: 'string' },
      description: 'Names that read as a feature list, matched word by word against the end of a binding name.',
    },
    labelNames: {
      type: 'array',
      items: { type: 'string' },
      description: 'Names of class and label lists; a binding name containing one is never a feature list.',
    },
  },
  additionalProperties: false,
} as const;

export const defaultFeatureListOptions: FeatureListOptions = {
  minItems: 3,
  names: defaultFeatureListNames,
  labelNames: defaultLabelListNames,
};

