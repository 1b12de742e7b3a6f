// Models loaded where code repeats — in a request handler, a loop body, a per-frame callback — instead of once.
import { findVariable } from '@eslint-community/eslint-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { isFunctionNode } from '../src/analysis/ast-walk.js';
import { getLibraryArtifactUses, mayUseArtifacts } from '../src/analysis/artifact-references.js';
import { describeCall } from '../src/analysis/call-names.js';
import { isTestFile } from '../src/analysis/ml-modules.js';
import { getCallReferenceMap } from '../src/analysis/library-references.js';
import { findRepeatedContext, isMemoised, looksMemoising, variesPerRepeat } from '../src/analysis/repeated-execution.js';
import { calleeDeclarationText, getTypeServices, isTypeFrom } from '../src/analysis/types.js';
import { loadedModelTypes } from '../src/catalog/index.js';
import { createRule } from '../src/create-rule.js';

export type MessageId = 'loadPerRequest';

export default createRule<[], MessageId>({
  name: 'no-model-load-per-request',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow loading a model inside a request handler, loop body or per-frame callback',
      recommended: 'recommended',
    },
    messages: {
      loadPerRequest:
        '`{{call}}` loads a model in every {{where}}: each load reads and parses the weights (seconds) and allocates memory that piles up, so latency and memory grow with traffic. Load it once — at startup, or lazily with `model ??= await {{call}}(…)` — and reuse it.',
    },
    schema: [],
  },
  create(context) {
    // Without types only a library's loader (or one from the settings) can load a model here.
    if (isTestFile(context) || !mayUseArtifacts(context)) return {};
    const { sourceCode } = context;
    const reported = new Set<TSESTree.Node>();
    const calls: TSESTree.CallExpression[] = [];

    function check(call: TSESTree.CallExpression | TSESTree.NewExpression, artifact: TSESTree.Node | undefined): void {
      if (reported.has(call)) return;
      const repeated = findRepeatedContext(context, call);
      if (!repeated || isMemoised(call, repeated.boundary, sourceCode)) return;
      // A different model on each iteration (or per request: a model id from the request, a dtype per test) is not
      // one model reloaded.
      if ([artifact, ...call.arguments].some((node) => node && variesPerRepeat(node, repeated, sourceCode))) return;
      reported.add(call);
      context.report({
        node: call,
        messageId: 'loadPerRequest',
        data: { call: describeCall(call), where: repeated.kind === 'loop' ? 'iteration of this loop' : `call of this ${repeated.kind}` },
      });
    }

    /** The same-module function a call invokes, when it is a plain function binding. */
    function calledFunction(call: TSESTree.CallExpression): TSESTree.Node | undefined {
      if (call.callee.type !== 'Identifier') return undefined;
      const variable = findVariable(sourceCode.getScope(call) as never, call.callee) as TSESLint.Scope.Variable | null;
      const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
      if (definition?.type === 'FunctionName') return definition.node;
      if (definition?.type === 'Variable' && definition.node.init && isFunctionNode(definition.node.init)) return definition.node.init;
      return undefined;
    }

    const services = getTypeServices(context);

    /**
     * With types, a call that resolves to a loaded model (an imported loader, a method of the user's) loads one,
     * unless its declaration memoises — the transformers.js singleton's getInstance is called per message on purpose.
     */
    function loadsModelByType(call: TSESTree.CallExpression): boolean {
      if (!services || getCallReferenceMap(sourceCode).has(call)) return false;
      if (!loadedModelTypes.some((model) => isTypeFrom(services, call, model.typeNames, model.typePackages, { awaited: true }))) {
        return false;
      }
      const declaration = calleeDeclarationText(services, call);
      return declaration !== undefined && !looksMemoising(declaration);
    }

    return {
      CallExpression(node) {
        calls.push(node);
        if (services && node.parent.type === 'AwaitExpression' && findRepeatedContext(context, node) && loadsModelByType(node)) check(node, undefined);
      },
      'Program:exit'() {
        // Functions of this module that load a model each time they run (not memoised inside).
        const loaders = new Set<TSESTree.Node>();
        for (const use of getLibraryArtifactUses(context)) {
          if (use.fact.action !== 'load' || use.fact.naming === 'host' || use.node.type === 'AssignmentExpression') continue;
          check(use.node, typeof use.value === 'object' ? use.value : undefined);
          let fn: TSESTree.Node | undefined = use.node.parent;
          while (fn && !isFunctionNode(fn)) fn = fn.parent;
          if (fn && !isMemoised(use.node, fn, sourceCode)) loaders.add(fn);
        }
        // A call of such a wrapper where code repeats loads a model each time too (a singleton's getInstance does not:
        // it memoises inside).
        for (const call of calls) {
          const target = calledFunction(call);
          if (target && loaders.has(target)) check(call, undefined);
        }
      },
    };
  },
});
