// Does untrusted data reach a sink unvalidated? Follows values inside one function (a request handler and the callbacks
// nested in it) through assignment, destructuring, property access, spread, array methods, templates and helper calls,
// and clears them where a validation (catalog call, guard or checked result) holds.
import { findVariable } from '@eslint-community/eslint-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { ValidationFact } from '../catalog/index.js';
import { bindingIdentifiers, unwrapValue } from './ast-walk.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

export interface TaintOrigin {
  /** The source expression or binding. */
  readonly node: TSESTree.Node;
  /** How a message names it (`req.body`); sources with one description are one value for validation. */
  readonly description: string;
}

export interface TaintQuestions {
  /** The arguments of a call that feed a model, or undefined when the call is no sink. */
  readonly sinkArguments: (call: TSESTree.CallExpression | TSESTree.NewExpression) => readonly TSESTree.Node[] | undefined;
  /** How a call validates its argument, if it does. */
  readonly validationOf: (call: TSESTree.CallExpression) => ValidationFact | undefined;
}

export interface UnvalidatedInput {
  readonly sink: TSESTree.CallExpression | TSESTree.NewExpression;
  readonly origin: TaintOrigin;
}

interface Validation {
  readonly call: TSESTree.CallExpression;
  readonly fact: ValidationFact;
  readonly origin: TaintOrigin;
}

/** A binding holding a validation result, or a piece of one (`success`, `error`). */
interface ResultBinding {
  readonly validation: Validation;
  readonly role: 'result' | 'success' | 'error';
}

const arrayCallbackMethods = new Set(['map', 'forEach', 'filter', 'flatMap', 'some', 'every', 'find', 'reduce']);

function exits(statement: TSESTree.Node | null | undefined): boolean {
  if (!statement) return false;
  if (statement.type === 'ReturnStatement' || statement.type === 'ThrowStatement') return true;
  if (statement.type === 'BlockStatement') return exits(statement.body.at(-1));
  if (statement.type === 'IfStatement') return exits(statement.consequent) && exits(statement.alternate);
  return false;
}

class TaintAnalysis {
  private readonly tainted = new Map<Variable, TaintOrigin>();
  private readonly sourceNodes = new Map<TSESTree.Node, TaintOrigin>();
  private readonly validations: Validation[] = [];
  private readonly results = new Map<Variable, ResultBinding>();
  private readonly nodes: TSESTree.Node[] = [];

  constructor(
    private readonly sourceCode: SourceCode,
    private readonly root: TSESTree.Node,
    sources: readonly TaintOrigin[],
    private readonly questions: TaintQuestions,
  ) {
    for (const source of sources) {
      const parent = source.node.parent;
      const isBinding =
        source.node.type === 'Identifier' &&
        parent !== undefined &&
        !(parent.type === 'MemberExpression' && parent.property === source.node) &&
        this.variableOf(source.node)?.identifiers.includes(source.node);
      if (isBinding) this.taint(source.node, source);
      else this.sourceNodes.set(source.node, source);
    }
    this.collect(root);
  }

  private collect(node: TSESTree.Node): void {
    this.nodes.push(node);
    const keys = this.sourceCode.visitorKeys[node.type] ?? [];
    for (const key of keys) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const item of child) if (item && typeof (item as TSESTree.Node).type === 'string') this.collect(item as TSESTree.Node);
      } else if (child && typeof (child as TSESTree.Node).type === 'string') {
        this.collect(child as TSESTree.Node);
      }
    }
  }

  private variableOf(identifier: TSESTree.Identifier): Variable | undefined {
    return (findVariable(this.sourceCode.getScope(identifier) as never, identifier) as Variable | null) ?? undefined;
  }

  private taint(identifier: TSESTree.Identifier, origin: TaintOrigin): boolean {
    const variable = this.variableOf(identifier);
    if (!variable || this.tainted.has(variable)) return false;
    this.tainted.set(variable, origin);
    return true;
  }

  /** The untrusted origin an expression's value derives from, if any. */
  originOf(node: TSESTree.Node | null | undefined, depth = 0): TaintOrigin | undefined {
    if (!node || depth > 40) return undefined;
    const source = this.sourceNodes.get(node);
    if (source) return source;
    const next = (child: TSESTree.Node | null | undefined) => this.originOf(child, depth + 1);
    switch (node.type) {
      case 'Identifier': {
        const variable = this.variableOf(node);
        return variable ? this.tainted.get(variable) : undefined;
      }
      case 'MemberExpression':
        return next(node.object);
      case 'AwaitExpression':
        return next(node.argument);
      case 'TSAsExpression':
      case 'TSNonNullExpression':
      case 'TSSatisfiesExpression':
      case 'ChainExpression':
        return next(node.expression);
      case 'SpreadElement':
        return next(node.argument);
      case 'TemplateLiteral':
        return node.expressions.map(next).find(Boolean);
      case 'ArrayExpression':
        return node.elements.map(next).find(Boolean);
      case 'ObjectExpression':
        return node.properties.map((property) => next(property.type === 'Property' ? property.value : property)).find(Boolean);
      case 'ConditionalExpression':
        return next(node.consequent) ?? next(node.alternate);
      case 'LogicalExpression':
      case 'BinaryExpression':
        return node.operator === 'instanceof' || node.operator === 'in' || /^[=!<>]/u.test(node.operator) ? undefined : next(node.left) ?? next(node.right);
      case 'UnaryExpression':
        return node.operator === '+' || node.operator === '-' ? next(node.argument) : undefined;
      case 'NewExpression':
        if (this.questions.sinkArguments(node)) return undefined;
        return node.arguments.map(next).find(Boolean);
      case 'CallExpression': {
        // A sink reports where the data enters the model; what it returns is not reported again.
        if (this.questions.sinkArguments(node)) return undefined;
        const validation = this.questions.validationOf(node);
        if (validation) return validation.mode === 'result' ? next(node.arguments[validation.dataArg]) : undefined;
        const callee = node.callee;
        const fromReceiver = callee.type === 'MemberExpression' ? next(callee.object) : undefined;
        return fromReceiver ?? node.arguments.map(next).find(Boolean);
      }
      // A callback's value is what it returns: `names.map((n) => req.body[n])`.
      case 'ArrowFunctionExpression':
      case 'FunctionExpression':
        if (node.parent?.type !== 'CallExpression' || node.parent.callee === node) return undefined;
        return node.body.type === 'BlockStatement' ? this.returnedValues(node.body).map(next).find(Boolean) : next(node.body);
      default:
        return undefined;
    }
  }

  private returnedValues(node: TSESTree.Node): TSESTree.Node[] {
    if (node.type === 'ReturnStatement') return node.argument ? [node.argument] : [];
    if (node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression' || node.type === 'FunctionDeclaration') return [];
    const values: TSESTree.Node[] = [];
    for (const key of this.sourceCode.visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child]) {
        if (item && typeof (item as TSESTree.Node).type === 'string' && !(item as TSESTree.Node).type.endsWith('Expression')) {
          values.push(...this.returnedValues(item as TSESTree.Node));
        }
      }
    }
    return values;
  }

  /** Propagates taint to bindings until nothing changes: declarations, assignments, callbacks, loops, pushes. */
  propagate(): void {
    for (let round = 0; round < 6; round++) {
      let changed = false;
      for (const node of this.nodes) {
        if (node.type === 'VariableDeclarator' && node.init) {
          const origin = this.originOf(node.init);
          if (origin) for (const binding of bindingIdentifiers(node.id)) changed = this.taint(binding, origin) || changed;
        } else if (node.type === 'AssignmentExpression') {
          const origin = this.originOf(node.right);
          let target: TSESTree.Node = node.left;
          while (target.type === 'MemberExpression') target = target.object;
          if (origin) for (const binding of bindingIdentifiers(target)) changed = this.taint(binding, origin) || changed;
        } else if (node.type === 'ForOfStatement' && node.left.type === 'VariableDeclaration') {
          const origin = this.originOf(node.right);
          if (origin) for (const binding of bindingIdentifiers(node.left.declarations[0]?.id)) changed = this.taint(binding, origin) || changed;
        } else if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && node.callee.property.type === 'Identifier') {
          const method = node.callee.property.name;
          const receiver = this.originOf(node.callee.object);
          const callback = node.arguments[0];
          if (receiver && arrayCallbackMethods.has(method) && (callback?.type === 'ArrowFunctionExpression' || callback?.type === 'FunctionExpression')) {
            const param = callback.params[method === 'reduce' ? 1 : 0];
            for (const binding of bindingIdentifiers(param)) changed = this.taint(binding, receiver) || changed;
          }
          // `rows.push(req.body.row)` makes `rows` carry the data.
          if (method === 'push' || method === 'unshift') {
            const origin = node.arguments.map((argument) => this.originOf(argument)).find(Boolean);
            let target: TSESTree.Node = node.callee.object;
            while (target.type === 'MemberExpression') target = target.object;
            if (origin) for (const binding of bindingIdentifiers(target)) changed = this.taint(binding, origin) || changed;
          }
        }
      }
      if (!changed) break;
    }
  }

  collectValidations(): void {
    for (const node of this.nodes) {
      if (node.type !== 'CallExpression') continue;
      const fact = this.questions.validationOf(node);
      if (!fact) continue;
      const origin = this.originOf(node.arguments[fact.dataArg]);
      if (!origin) continue;
      const validation = { call: node, fact, origin };
      this.validations.push(validation);
      if (fact.mode !== 'result') continue;
      // The result's binding: `const r = …`, `const { success, error } = …`, `const [error, value] = …`.
      let holder: TSESTree.Node = node;
      while (holder.parent?.type === 'AwaitExpression' || holder.parent?.type === 'TSAsExpression') holder = holder.parent;
      const declarator = holder.parent;
      if (declarator?.type !== 'VariableDeclarator' || declarator.init !== holder) continue;
      const check = fact.check ?? {};
      if (declarator.id.type === 'Identifier') this.addResult(declarator.id, { validation, role: 'result' });
      if (declarator.id.type === 'ObjectPattern') {
        for (const property of declarator.id.properties) {
          if (property.type !== 'Property' || property.computed || property.key.type !== 'Identifier' || property.value.type !== 'Identifier') continue;
          if (property.key.name === check.successProperty) this.addResult(property.value, { validation, role: 'success' });
          if (property.key.name === check.errorProperty) this.addResult(property.value, { validation, role: 'error' });
        }
      }
      if (declarator.id.type === 'ArrayPattern' && check.errorIndex !== undefined) {
        const element = declarator.id.elements[check.errorIndex];
        if (element?.type === 'Identifier') this.addResult(element, { validation, role: 'error' });
      }
    }
  }

  private addResult(identifier: TSESTree.Identifier, binding: ResultBinding): void {
    const variable = this.variableOf(identifier);
    if (variable) this.results.set(variable, binding);
  }

  /**
   * Whether `test` being `outcome` means the data of `origin` is valid: a guard call, a checked result
   * (`r.success`, `!r.error`, `isRight(r)`, `!(r instanceof type.errors)`), through `!`, `&&` and `||`.
   */
  private implies(test: TSESTree.Node, outcome: boolean, origin: TaintOrigin): boolean {
    const node = unwrapValue(test);
    switch (node.type) {
      case 'UnaryExpression':
        return node.operator === '!' && this.implies(node.argument, !outcome, origin);
      case 'LogicalExpression':
        if (node.operator === '&&' && outcome) return this.implies(node.left, true, origin) || this.implies(node.right, true, origin);
        if (node.operator === '||' && !outcome) return this.implies(node.left, false, origin) || this.implies(node.right, false, origin);
        return false;
      case 'BinaryExpression': {
        if (node.operator === 'instanceof') {
          const result = this.resultOf(node.left, origin);
          return result?.role === 'result' && result.validation.fact.check?.errorInstanceOf === true && !outcome;
        }
        // `x == null`, `x === undefined` are "x is falsy"; `!=`/`!==` the opposite.
        const other = node.right.type === 'Literal' && node.right.value === null ? node.left : node.right.type === 'Identifier' && node.right.name === 'undefined' ? node.left : undefined;
        if (!other) return false;
        const negated = node.operator === '==' || node.operator === '===';
        return this.implies(other, negated ? !outcome : outcome, origin);
      }
      case 'CallExpression': {
        const validation = this.validations.find((candidate) => candidate.call === node);
        if (validation?.fact.mode === 'guard' && validation.origin.description === origin.description) return outcome;
        const name = node.callee.type === 'Identifier' ? node.callee.name : node.callee.type === 'MemberExpression' && node.callee.property.type === 'Identifier' ? node.callee.property.name : undefined;
        const result = node.arguments[0] ? this.resultOf(node.arguments[0], origin) : undefined;
        if (!result || result.role !== 'result' || name === undefined) return false;
        const check = result.validation.fact.check ?? {};
        if (check.validWhenCallTrue?.includes(name)) return outcome;
        if (check.invalidWhenCallTrue?.includes(name)) return !outcome;
        return false;
      }
      case 'MemberExpression': {
        const result = this.resultOf(node.object, origin);
        if (result?.role !== 'result' || node.computed || node.property.type !== 'Identifier') return false;
        const check = result.validation.fact.check ?? {};
        if (node.property.name === check.successProperty) return outcome;
        if (node.property.name === check.errorProperty) return !outcome;
        return false;
      }
      case 'Identifier': {
        const result = this.resultOf(node, origin);
        if (!result) return false;
        if (result.role === 'success') return outcome;
        if (result.role === 'error') return !outcome;
        return result.validation.fact.check?.truthyOnSuccess === true && outcome;
      }
      default:
        return false;
    }
  }

  private resultOf(node: TSESTree.Node, origin: TaintOrigin): ResultBinding | undefined {
    const target = unwrapValue(node);
    if (target.type !== 'Identifier') return undefined;
    const variable = this.variableOf(target);
    const result = variable ? this.results.get(variable) : undefined;
    return result && result.validation.origin.description === origin.description ? result : undefined;
  }

  /** Whether the data of `origin` is validated where `use` runs. */
  isValidatedAt(use: TSESTree.Node, origin: TaintOrigin): boolean {
    // A throwing validation earlier in the handler: past it, the data passed.
    if (this.validations.some((v) => v.fact.mode === 'throws' && v.origin.description === origin.description && v.call.range[1] <= use.range[0])) {
      return true;
    }
    for (let child: TSESTree.Node = use, parent = use.parent; parent && child !== this.root; child = parent, parent = parent.parent) {
      if ((parent.type === 'IfStatement' || parent.type === 'ConditionalExpression') && child !== parent.test) {
        if (this.implies(parent.test, child === parent.consequent, origin)) return true;
      }
      if (parent.type === 'LogicalExpression' && child === parent.right) {
        if (this.implies(parent.left, parent.operator === '&&', origin)) return true;
      }
      // Early exits before the statement: `if (!parsed.success) return res.status(400).json(…);`
      if (parent.type === 'BlockStatement' || parent.type === 'Program' || parent.type === 'SwitchCase') {
        const body = (parent.type === 'SwitchCase' ? parent.consequent : parent.body) as TSESTree.Node[];
        for (const statement of body.slice(0, body.indexOf(child))) {
          if (statement.type !== 'IfStatement') continue;
          if (exits(statement.consequent) && this.implies(statement.test, false, origin)) return true;
          if (statement.alternate && exits(statement.alternate) && this.implies(statement.test, true, origin)) return true;
        }
      }
    }
    return false;
  }

  findUnvalidated(): UnvalidatedInput[] {
    const found: UnvalidatedInput[] = [];
    for (const node of this.nodes) {
      if (node.type !== 'CallExpression' && node.type !== 'NewExpression') continue;
      const data = this.questions.sinkArguments(node);
      if (!data) continue;
      for (const argument of data) {
        const origin = this.originOf(argument);
        if (origin && !this.isValidatedAt(argument, origin)) {
          found.push({ sink: node, origin });
          break;
        }
      }
    }
    return found;
  }
}

/** The sinks in `root` (a handler, with its nested callbacks) that receive data from `sources` unvalidated. */
export function findUnvalidatedInputs(
  sourceCode: SourceCode,
  root: TSESTree.Node,
  sources: readonly TaintOrigin[],
  questions: TaintQuestions,
): UnvalidatedInput[] {
  if (sources.length === 0) return [];
  const analysis = new TaintAnalysis(sourceCode, root, sources, questions);
  analysis.propagate();
  analysis.collectValidations();
  return analysis.findUnvalidated();
}
