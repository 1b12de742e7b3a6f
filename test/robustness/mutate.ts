// Random edits of ML code that keep it mostly parseable but break the patterns rules rely on: swapped arguments,
// removed options and arguments, renamed imports and bindings, deleted or duplicated lines, odd literals, shadowing.
import { parse } from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import type { Random } from '../../bench/random.js';

type Node = TSESTree.Node;

export const isTypeScriptFile = (filename: string): boolean => /\.[cm]?tsx?$/u.test(filename);

/** Every node of the code's AST (typescript-eslint's parser, which reads JS too), with `parent` set; undefined if it does not parse. */
export function nodesOf(code: string, filename: string): Node[] | undefined {
  let program: TSESTree.Program;
  try {
    program = parse(code, { range: true, jsx: filename.endsWith('x'), sourceType: 'module' });
  } catch {
    return undefined;
  }
  const nodes: Node[] = [];
  // The parser leaves `parent` to ESLint; the edits below need it.
  const visit = (node: Node, parent?: Node): void => {
    if (parent) (node as { parent?: Node }).parent = parent;
    nodes.push(node);
    for (const [key, value] of Object.entries(node)) {
      if (key === 'parent' || value === null || typeof value !== 'object') continue;
      for (const child of Array.isArray(value) ? (value as unknown[]) : [value]) {
        if (child && typeof (child as Node).type === 'string') visit(child as Node, node);
      }
    }
  };
  visit(program);
  return nodes;
}

const splice = (code: string, [start, end]: readonly [number, number], text: string): string =>
  code.slice(0, start) + text + code.slice(end);

/** Removes a list element with the comma that follows it (or precedes it, for the last one). */
function removeElement(code: string, list: readonly Node[], index: number): string {
  const [start, end] = list[index].range;
  if (index + 1 < list.length) return splice(code, [start, list[index + 1].range[0]], '');
  if (index > 0) return splice(code, [list[index - 1].range[1], end], '');
  return splice(code, [start, end], '');
}

const specifiers = [
  '@tensorflow/tfjs',
  '@tensorflow/tfjs-node',
  '@tensorflow/tfjs-core',
  '@tensorflow/tfjs-data',
  'seedrandom',
  'lodash',
  'onnxruntime-node',
  '@huggingface/transformers',
  'openai',
  'ml-kmeans',
  'brain.js',
  'danfojs-node',
  './seed',
  'express',
];

const literals = ['0', '-1', '42', 'undefined', 'null', 'NaN', "'seed'", '`${x}`', 'true', 'false', 'Math.random()', 'Date.now()', 'crypto.randomUUID()', '[]', '{}', '...rest'];

const statements = [
  'const Math = { random: () => 0.5 };',
  'var require = (name) => ({});',
  'let tf;',
  "import seedrandom from 'seedrandom';",
  "seedrandom('1', { global: true });",
  "Math.seedrandom('7');",
  'function tf() {}',
  "const ds = tf.data.array([1, 2]).shuffle(2);",
  'await model.fit(xs, ys, { shuffle: false });',
  "const { randomNormal } = require('@tensorflow/tfjs');",
  'export {};',
  'debugger;',
];

type Mutation = (code: string, nodes: Node[], random: Random, typescript: boolean) => string | undefined;

const pickNode = <T extends Node>(nodes: Node[], random: Random, accept: (node: Node) => node is T): T | undefined => {
  const matching = nodes.filter(accept);
  return matching.length > 0 ? random.pick(matching) : undefined;
};

const isCall = (node: Node): node is TSESTree.CallExpression | TSESTree.NewExpression =>
  node.type === 'CallExpression' || node.type === 'NewExpression';

const mutations: Record<string, Mutation> = {
  'swap arguments'(code, nodes, random) {
    const call = pickNode(nodes, random, (node): node is TSESTree.CallExpression => isCall(node) && node.arguments.length >= 2);
    if (!call) return undefined;
    const [first, second] = random.sample(call.arguments, 2).sort((a, b) => a.range[0] - b.range[0]);
    const firstText = code.slice(...first.range);
    const secondText = code.slice(...second.range);
    return code.slice(0, first.range[0]) + secondText + code.slice(first.range[1], second.range[0]) + firstText + code.slice(second.range[1]);
  },
  'remove an option'(code, nodes, random) {
    const object = pickNode(nodes, random, (node): node is TSESTree.ObjectExpression => node.type === 'ObjectExpression' && node.properties.length > 0);
    return object && removeElement(code, object.properties, random.int(0, object.properties.length - 1));
  },
  'remove an argument'(code, nodes, random) {
    const call = pickNode(nodes, random, (node): node is TSESTree.CallExpression => isCall(node) && node.arguments.length > 0);
    return call && removeElement(code, call.arguments, random.int(0, call.arguments.length - 1));
  },
  'rename an import'(code, nodes, random) {
    const source = pickNode(
      nodes,
      random,
      (node): node is TSESTree.StringLiteral =>
        node.type === 'Literal' &&
        typeof node.value === 'string' &&
        (node.parent?.type === 'ImportDeclaration' || (node.parent?.type === 'CallExpression' && node.parent.callee.type === 'Identifier' && node.parent.callee.name === 'require')),
    );
    if (source) return splice(code, source.range, `'${random.pick(specifiers)}'`);
    return undefined;
  },
  'rename a binding'(code, nodes, random) {
    const identifier = pickNode(
      nodes,
      random,
      (node): node is TSESTree.Identifier =>
        node.type === 'Identifier' &&
        ['ImportNamespaceSpecifier', 'ImportDefaultSpecifier', 'ImportSpecifier', 'VariableDeclarator', 'FunctionDeclaration', 'Property'].includes(node.parent?.type ?? ''),
    );
    return identifier && splice(code, identifier.range, random.pick(['tf', 'Math', 'require', 'model', 'seed', 'shuffle', 'random', `${identifier.name}2`]));
  },
  'replace a literal'(code, nodes, random) {
    const literal = pickNode(nodes, random, (node): node is TSESTree.Literal => node.type === 'Literal' && node.parent?.type !== 'ImportDeclaration');
    return literal && splice(code, literal.range, random.pick(literals));
  },
  'replace a callee'(code, nodes, random) {
    const call = pickNode(nodes, random, (node): node is TSESTree.CallExpression => isCall(node));
    return call && splice(code, call.callee.range, random.pick(['tf.randomNormal', 'tf.util.shuffle', 'Math.random', 'model.fit', 'ds.shuffle', 'seedrandom', '_.shuffle', 'tf.data.csv', 'require']));
  },
  'wrap an expression'(code, nodes, random, typescript) {
    const expression = pickNode(nodes, random, (node): node is TSESTree.CallExpression | TSESTree.Identifier => node.type === 'CallExpression' || node.type === 'Identifier');
    if (!expression) return undefined;
    const text = code.slice(...expression.range);
    const wrappers = ['(await X)', '(X)', '(0, X)', '(X)?.y', '[X][0]'];
    if (typescript) wrappers.push('(X as any)', '(X!)', '(<any>X)', '(X satisfies unknown)');
    return splice(code, expression.range, random.pick(wrappers).replace('X', text));
  },
  'insert a statement'(code, _nodes, random) {
    const lines = code.split('\n');
    lines.splice(random.int(0, lines.length), 0, random.pick(statements));
    return lines.join('\n');
  },
  'delete lines'(code, _nodes, random) {
    const lines = code.split('\n');
    const start = random.int(0, Math.max(0, lines.length - 1));
    lines.splice(start, random.int(1, 3));
    return lines.join('\n');
  },
  'duplicate a line'(code, _nodes, random) {
    const lines = code.split('\n');
    // Duplicated declarations only make a parse error.
    const candidates = lines.map((_line, index) => index).filter((index) => !/^\s*(?:import|export|const|let|var|function|class|async function)\b/u.test(lines[index]));
    if (candidates.length === 0) return undefined;
    const index = random.pick(candidates);
    lines.splice(index, 0, lines[index]);
    return lines.join('\n');
  },
  'delete characters'(code, _nodes, random) {
    if (code.length === 0) return undefined;
    const start = random.int(0, code.length - 1);
    return code.slice(0, start) + code.slice(start + random.int(1, 8));
  },
};

export const mutationNames = Object.keys(mutations);

/** Applies 1–4 random edits; returns the new code and the names of the edits that changed it. */
export function mutate(code: string, filename: string, random: Random): { code: string; edits: string[] } {
  const typescript = isTypeScriptFile(filename);
  const edits: string[] = [];
  let current = code;
  for (let count = random.int(1, 4), attempt = 0; edits.length < count && attempt < count * 3; attempt++) {
    const name = random.pick(mutationNames);
    const nodes = nodesOf(current, filename) ?? [];
    const next = mutations[name](current, nodes, random, typescript);
    if (next === undefined || next === current) continue;
    current = next;
    edits.push(name);
  }
  return { code: current, edits };
}
