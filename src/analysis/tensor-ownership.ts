// Who owns a tfjs tensor? Finds tensors a function creates and then neither disposes, returns, keeps, stores nor
// hands to code that may own them. Path-insensitive and lenient: any release anywhere in the function counts, and
// anything that cannot be judged (closures, unknown callees, aliases) counts as a release.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { getCallReferenceMap, getLibraryReferences } from './library-references.js';
import { isFunctionNode, walk } from './ast-walk.js';
import { instanceKindById, methodOfKnownReceiver, originOfValue, returnedKindId } from './instances.js';
import { getTypeServices, mayReturnTypeFrom } from './types.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;

const tensorKind = 'tfjs.Tensor';
const tensorType = instanceKindById(tensorKind)!;

export type TensorLeak =
  | { readonly kind: 'discarded'; readonly producer: TSESTree.CallExpression }
  | {
      readonly kind: 'intermediate';
      readonly producer: TSESTree.CallExpression;
      readonly consumer: TSESTree.Node;
      /** The whole synchronous expression the intermediate belongs to, for a tf.tidy suggestion. */
      readonly chain: TSESTree.Expression;
    }
  | { readonly kind: 'never-released'; readonly producer: TSESTree.CallExpression; readonly name: string }
  | { readonly kind: 'overwritten'; readonly assignment: TSESTree.AssignmentExpression; readonly name: string };

const isFunction = isFunctionNode;

function enclosingFunction(node: TSESTree.Node): FunctionNode | undefined {
  for (let current = node.parent; current; current = current.parent) if (isFunction(current)) return current;
  return undefined;
}

/** Climbs over wrappers that pass a value through unchanged (`x!`, `x as T`, `a?.b`). */
function climb(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.parent &&
    (current.parent.type === 'TSAsExpression' ||
      current.parent.type === 'TSNonNullExpression' ||
      current.parent.type === 'TSSatisfiesExpression' ||
      current.parent.type === 'ChainExpression' ||
      (current.parent.type === 'ConditionalExpression' && current.parent.test !== current) ||
      current.parent.type === 'LogicalExpression')
  ) {
    current = current.parent;
  }
  return current;
}

/** Per-file facts the leak search needs: tf.tidy callbacks and functions that open an engine scope. */
interface FileFacts {
  readonly managedFunctions: ReadonlySet<TSESTree.Node>;
  readonly releasingCalls: ReadonlySet<TSESTree.Node>;
}

function fileFacts(context: Context): FileFacts {
  const managedFunctions = new Set<TSESTree.Node>();
  const releasingCalls = new Set<TSESTree.Node>();
  for (const { node, api } of getLibraryReferences(context.sourceCode)) {
    if (node.type !== 'CallExpression') continue;
    if (api.memory?.releasesArguments) releasingCalls.add(node);
    const callback = node.arguments.at(-1);
    if (api.memory?.tidy && callback && isFunction(callback)) managedFunctions.add(callback);
  }
  return { managedFunctions, releasingCalls };
}

export class TensorLeakFinder {
  private readonly facts: FileFacts;
  private readonly producers: TSESTree.CallExpression[] = [];
  private readonly scopedFunctions = new Set<TSESTree.Node>();

  constructor(private readonly context: Context) {
    this.facts = fileFacts(context);
  }

  /** Feed every CallExpression of the file (from the rule's visitor). */
  visit(call: TSESTree.CallExpression): void {
    const reference = getCallReferenceMap(this.context.sourceCode).get(call);
    if (reference) {
      if (reference.api.memory?.tidy ? this.tidyReturnsTensor(call) : reference.api.returns === tensorKind) this.producers.push(call);
      return;
    }
    // Not a library function (`tf.add`): perhaps a method of an instance (`x.square()`, `model.predict()`).
    const method = methodOfKnownReceiver(this.context, call);
    if (method?.method.memory?.opensScope) {
      const owner = enclosingFunction(call);
      if (owner) this.scopedFunctions.add(owner);
    }
    if (this.isProducer(call, method)) this.producers.push(call);
  }

  /** A call whose value is a tensor the caller now owns: a tensor-returning method of a known instance, or a helper. */
  private isProducer(call: TSESTree.CallExpression, found: ReturnType<typeof methodOfKnownReceiver>): boolean {
    if (found) {
      const { method, kind } = found;
      // A Promise of a tensor is owned once awaited.
      if (method.async && call.parent.type !== 'AwaitExpression') return false;
      return returnedKindId(kind, method) === tensorKind;
    }
    // With types, a function of the user's (`preprocess(img)`, `this.toTensor(x)`) typed as returning a tensor. Other
    // calls are not asked about: typing every call of a file would double a type-aware lint, and `batch.pop()` on an
    // array of tensors hands over a tensor that already had an owner.
    const services = getTypeServices(this.context);
    const callee = call.callee;
    const userFunction = callee.type === 'Identifier' || (callee.type === 'MemberExpression' && callee.object.type === 'ThisExpression');
    if (!services || !userFunction || !mayReturnTypeFrom(services, call, tensorType.typeNames, tensorType.typePackages)) return false;
    const origin = originOfValue(this.context, call, tensorKind);
    return typeof origin === 'object' && origin.kindId === tensorKind;
  }

  /** tf.tidy returns what its callback returns: a tensor only when every returned expression is one. */
  private tidyReturnsTensor(call: TSESTree.CallExpression): boolean {
    const callback = call.arguments.at(-1);
    if (!callback || !isFunction(callback)) return false;
    const returned = this.returnedExpressions(callback);
    return returned.length > 0 && returned.every((node) => this.isTensorValue(node));
  }

  private returnedExpressions(fn: FunctionNode): TSESTree.Node[] {
    if (fn.body.type !== 'BlockStatement') return [fn.body];
    const returned: TSESTree.Node[] = [];
    walk(fn.body, this.context.sourceCode.visitorKeys, (node) => {
      if (node.type === 'ReturnStatement' && node.argument) returned.push(node.argument);
      return isFunction(node) ? 'skip' : 'continue';
    });
    return returned;
  }

  private readonly managedCache = new Map<TSESTree.Node, boolean>();

  /**
   * Whether the tensors a function creates may be cleaned up by a tf.tidy around it: it is a tidy callback (or runs
   * in an engine scope), or — being synchronous — it returns a tensor to a caller that owns it, or this module calls
   * it from inside a tidy. Async functions cannot run inside a tidy, so they are judged on their own.
   */
  private isManaged(owner: FunctionNode): boolean {
    for (let current: TSESTree.Node | undefined = owner; current; current = current.parent) {
      if (!isFunction(current)) continue;
      let managed = this.managedCache.get(current);
      if (managed === undefined) {
        managed =
          this.facts.managedFunctions.has(current) ||
          this.scopedFunctions.has(current) ||
          (!current.async && (this.returnedExpressions(current).some((node) => this.isTensorValue(node)) || this.calledFromManaged(current)));
        this.managedCache.set(current, managed);
      }
      if (managed) return true;
    }
    return false;
  }

  /** A named function of this module that some tf.tidy callback calls. */
  private calledFromManaged(fn: FunctionNode): boolean {
    const declaration = fn.type === 'FunctionDeclaration' ? fn : fn.parent.type === 'VariableDeclarator' ? fn.parent : undefined;
    if (!declaration) return false;
    return this.context.sourceCode.scopeManager!.getDeclaredVariables(declaration).some((variable) =>
      variable.references.some((reference) => {
        for (let node: TSESTree.Node | undefined = reference.identifier; node; node = node.parent) {
          if (this.facts.managedFunctions.has(node)) return true;
        }
        return false;
      }),
    );
  }

  /** Whether handing `value` to this call leaves ownership with the caller (a tfjs op or tensor method reads it). */
  private consumesWithoutOwning(call: TSESTree.CallExpression): boolean {
    if (this.facts.releasingCalls.has(call)) return false;
    if (getCallReferenceMap(this.context.sourceCode).has(call)) return true;
    return methodOfKnownReceiver(this.context, call) !== undefined;
  }

  findLeaks(): TensorLeak[] {
    const leaks: TensorLeak[] = [];
    const tracked = new Map<TSESLint.Scope.Variable, { producer: TSESTree.CallExpression; owner: FunctionNode }>();
    for (const producer of this.producers) {
      const owner = enclosingFunction(producer);
      if (!owner || this.isManaged(owner)) continue;
      const value = climb(producer.parent.type === 'AwaitExpression' ? producer.parent : producer);
      const parent = value.parent!;
      if (parent.type === 'ExpressionStatement') {
        leaks.push({ kind: 'discarded', producer });
      } else if (parent.type === 'MemberExpression' && parent.object === value) {
        const call = parent.parent.type === 'CallExpression' && parent.parent.callee === parent ? parent.parent : undefined;
        const disposes = call && methodOfKnownReceiver(this.context, call)?.method.memory?.disposesReceiver;
        if (!disposes) leaks.push({ kind: 'intermediate', producer, consumer: call ?? parent, chain: this.chainOf(value) });
      } else if (parent.type === 'CallExpression' && parent.callee !== value && this.consumesWithoutOwning(parent)) {
        leaks.push({ kind: 'intermediate', producer, consumer: parent, chain: this.chainOf(value) });
      } else if (parent.type === 'VariableDeclarator' && parent.init === value && parent.id.type === 'Identifier') {
        const [variable] = this.context.sourceCode.scopeManager!.getDeclaredVariables(parent);
        if (variable && !tracked.has(variable)) tracked.set(variable, { producer, owner });
      } else if (parent.type === 'AssignmentExpression' && parent.right === value && parent.left.type === 'Identifier') {
        const variable = this.context.sourceCode.getScope(parent).references.find(
          (reference) => reference.identifier === parent.left,
        )?.resolved;
        if (variable && !tracked.has(variable)) tracked.set(variable, { producer, owner });
      }
    }
    for (const [variable, { producer, owner }] of tracked) leaks.push(...this.variableLeaks(variable, producer, owner));
    return leaks;
  }

  /** The outermost expression of a synchronous chain of tfjs calls that `value` is part of. */
  private chainOf(value: TSESTree.Node): TSESTree.Expression {
    let current = value;
    for (;;) {
      const parent = current.parent!;
      if (parent.type === 'MemberExpression' && parent.object === current && parent.parent.type === 'CallExpression') {
        current = parent.parent;
      } else if (parent.type === 'CallExpression' && parent.callee !== current && this.consumesWithoutOwning(parent)) {
        current = parent;
      } else {
        return climb(current) as TSESTree.Expression;
      }
    }
  }

  private variableLeaks(variable: TSESLint.Scope.Variable, producer: TSESTree.CallExpression, owner: FunctionNode): TensorLeak[] {
    // A variable of an outer scope, or one a closure reads, outlives or escapes this call: not ours to judge.
    if (variable.scope.variableScope.block !== owner) return [];
    if (variable.references.some((reference) => reference.from.variableScope.block !== owner)) return [];
    const releases: TSESTree.Node[] = [];
    for (const reference of variable.references) {
      if (reference.isRead() && this.releases(reference.identifier)) releases.push(reference.identifier);
    }
    const leaks: TensorLeak[] = [];
    if (releases.length === 0) leaks.push({ kind: 'never-released', producer, name: variable.name });
    // `x = x.add(1)`: the old tensor is certainly lost unless it was released since the previous write.
    const writes = variable.references.filter((reference) => reference.isWrite() && reference.writeExpr);
    for (let index = 1; index < writes.length; index++) {
      const assignment = writes[index].identifier.parent;
      if (assignment?.type !== 'AssignmentExpression' || assignment.operator !== '=') continue;
      const previous = writes[index - 1].identifier.range[1];
      const readsItself = variable.references.some(
        (reference) => reference.isRead() && reference.identifier.range[0] >= assignment.right.range[0] && reference.identifier.range[1] <= assignment.right.range[1],
      );
      const releasedBetween = releases.some((node) => node.range[0] > previous && node.range[0] < assignment.range[0]);
      if (readsItself && !releasedBetween && this.isTensorValue(assignment.right)) {
        leaks.push({ kind: 'overwritten', assignment, name: variable.name });
      }
    }
    return leaks;
  }

  private isTensorValue(node: TSESTree.Node): boolean {
    const origin = originOfValue(this.context, node, tensorKind);
    return typeof origin === 'object' && origin.kindId === tensorKind;
  }

  /** Whether this use of a tensor variable disposes, keeps, returns, stores or hands it over. */
  private releases(identifier: TSESTree.Node): boolean {
    let use = climb(identifier);
    // Inside an array or object literal, what happens to the literal decides.
    while (
      use.parent &&
      (use.parent.type === 'ArrayExpression' ||
        use.parent.type === 'ObjectExpression' ||
        (use.parent.type === 'Property' && use.parent.value === use) ||
        use.parent.type === 'SpreadElement')
    ) {
      use = climb(use.parent.type === 'Property' ? use.parent.parent : use.parent);
    }
    const parent = use.parent!;
    switch (parent.type) {
      case 'MemberExpression': {
        // `outputs[i]`: tensors cannot be indexed, so this is a container (predict can return Tensor[]): not ours to judge.
        if (parent.object !== use || parent.computed) return true;
        const call = parent.parent.type === 'CallExpression' && parent.parent.callee === parent ? parent.parent : undefined;
        if (!call) return false;
        const method = methodOfKnownReceiver(this.context, call);
        // A tensor method reads the tensor; an unknown method on it (a wrapper's own) may take it over.
        return method ? method.method.memory?.disposesReceiver === true : true;
      }
      case 'CallExpression':
      case 'NewExpression':
        return parent.type === 'NewExpression' || parent.callee === use || !this.consumesWithoutOwning(parent);
      case 'ReturnStatement':
      case 'YieldExpression':
      case 'ArrowFunctionExpression':
      case 'VariableDeclarator':
      case 'AssignmentExpression':
      case 'AwaitExpression':
      case 'ThrowStatement':
        return true;
      default:
        return false;
    }
  }
}
