// Catch blocks around model loading or inference that drop the error and fall back silently: the model fails and
// monitoring never hears.
import type { TSESTree } from '@typescript-eslint/utils';
import { isFunctionNode, walk } from '../src/analysis/ast-walk.js';
import { getLibraryArtifactUses } from '../src/analysis/artifact-references.js';
import { describeCall } from '../src/analysis/call-names.js';
import { classifyInstanceCall, classifyMethodCall } from '../src/analysis/instances.js';
import { isTestFile } from '../src/analysis/ml-modules.js';
import { getMlDebtSettings } from '../src/analysis/settings.js';
import { createRule } from '../src/create-rule.js';

export type MessageId = 'swallowed';

// console.* and the usual logger objects; a user's own reporters come from settings['ml-debt'].errorReporters.
const loggerObject = /(^|\.)(console|log|logger|_?logger|winston|pino|bunyan|Sentry|sentry|rollbar|bugsnag|newrelic|datadog)$/u;

export default createRule<[], MessageId>({
  name: 'no-swallowed-inference-error',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow catch blocks that silently drop errors from model loading or inference',
      recommended: 'recommended',
    },
    messages: {
      swallowed:
        'This catch drops the error from `{{call}}` without rethrowing, logging or reporting it: a model that fails to load or predict then returns defaults silently, and monitoring never sees the outage. Rethrow it, log it (console.error or your logger), or report it (settings[\'ml-debt\'].errorReporters).',
    },
    schema: [],
  },
  create(context) {
    if (isTestFile(context)) return {};
    const { sourceCode } = context;
    const { errorReporters } = getMlDebtSettings(context);
    const modelCalls: TSESTree.Node[] = [];

    const isModelCall = (call: TSESTree.CallExpression): boolean =>
      classifyMethodCall(context, call, (facts) => facts.modelInput?.kind === 'inference') !== undefined ||
      classifyInstanceCall(context, call)?.call.modelInput?.kind === 'inference';

    /** A value a fallback returns or stores: a literal, a name, or a literal object or array of them. */
    const isPlainValue = (node: TSESTree.Node | null | undefined): boolean =>
      !node ||
      node.type === 'Literal' ||
      node.type === 'Identifier' ||
      (node.type === 'TemplateLiteral' && node.expressions.length === 0) ||
      (node.type === 'UnaryExpression' && isPlainValue(node.argument)) ||
      (node.type === 'ArrayExpression' && node.elements.every((element) => element?.type !== 'SpreadElement' && isPlainValue(element))) ||
      (node.type === 'ObjectExpression' &&
        node.properties.every((property) => property.type === 'Property' && !property.computed && isPlainValue(property.value)));

    /**
     * Whether a catch body does nothing but fall back silently: empty, or only returning or storing plain values
     * (`return 0`, `return { label: 'unknown' }`, `model = null`). Anything else (a status message, a retry) is
     * someone's deliberate handling.
     */
    function isSilentFallback(body: TSESTree.Node): boolean {
      if (body.type !== 'BlockStatement') return isPlainValue(body);
      return body.body.every(
        (statement) =>
          statement.type === 'BreakStatement' ||
          statement.type === 'ContinueStatement' ||
          (statement.type === 'ReturnStatement' && isPlainValue(statement.argument)) ||
          (statement.type === 'ExpressionStatement' &&
            statement.expression.type === 'AssignmentExpression' &&
            statement.expression.left.type === 'Identifier' &&
            isPlainValue(statement.expression.right)),
      );
    }

    /** Whether the handler passes the error on, logs, reports or rethrows it. */
    function handles(handler: TSESTree.Node, parameter: TSESTree.Node | null | undefined): boolean {
      const names = parameter?.type === 'Identifier' ? sourceCode.scopeManager!.getDeclaredVariables(parameter.parent) : [];
      const errorVariable = names.find((variable) => variable.name === (parameter as TSESTree.Identifier).name);
      // Any use of the error (next(err), res.status(500).json({ error: err.message }), reject(err)) hands it on.
      if (errorVariable && errorVariable.references.length > 0) return true;
      return walk(handler, sourceCode.visitorKeys, (node) => {
        if (node.type === 'ThrowStatement') return 'stop';
        if (node.type === 'CallExpression') {
          const callee = sourceCode.getText(node.callee);
          const object = node.callee.type === 'MemberExpression' ? sourceCode.getText(node.callee.object) : '';
          if (loggerObject.test(object) || errorReporters.includes(callee) || /^(captureException|reportError)$/u.test(callee)) {
            return 'stop';
          }
        }
        return 'continue';
      });
    }

    function firstModelCall(block: TSESTree.Node): TSESTree.Node | undefined {
      return modelCalls.find((call) => call.range[0] >= block.range[0] && call.range[1] <= block.range[1] && !crossesFunction(call, block));
    }

    /** A call inside a function nested in the try block runs later, outside this try. */
    function crossesFunction(node: TSESTree.Node, block: TSESTree.Node): boolean {
      for (let current = node.parent; current && current !== block; current = current.parent) if (isFunctionNode(current)) return true;
      return false;
    }

    const tries: TSESTree.TryStatement[] = [];
    const promiseCatches: TSESTree.CallExpression[] = [];

    const calls: TSESTree.CallExpression[] = [];

    return {
      CallExpression(node) {
        calls.push(node);
        const callee = node.callee;
        if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && callee.property.name === 'catch') {
          promiseCatches.push(node);
        }
      },
      TryStatement(node) {
        if (node.handler) tries.push(node);
      },
      'Program:exit'() {
        // Most files catch nothing: classify calls only when some catch could swallow them.
        if (tries.length === 0 && promiseCatches.length === 0) return;
        for (const call of calls) if (isModelCall(call)) modelCalls.push(call);
        for (const use of getLibraryArtifactUses(context)) {
          if (use.fact.action === 'load' && use.node.type !== 'AssignmentExpression') modelCalls.push(use.node);
        }
        if (modelCalls.length === 0) return;
        const name = (call: TSESTree.Node) =>
          call.type === 'CallExpression' || call.type === 'NewExpression' ? describeCall(call) : sourceCode.getText(call);
        for (const statement of tries) {
          const handler = statement.handler!;
          const call = firstModelCall(statement.block);
          if (call && isSilentFallback(handler.body) && !handles(handler.body, handler.param)) {
            context.report({ node: handler, messageId: 'swallowed', data: { call: name(call) } });
          }
        }
        // `session.run(feeds).catch(() => null)`
        for (const catchCall of promiseCatches) {
          const receiver = (catchCall.callee as TSESTree.MemberExpression).object;
          const callback = catchCall.arguments[0];
          const call = firstModelCall(receiver);
          if (!call || !callback || !isFunctionNode(callback)) continue;
          if (isSilentFallback(callback.body) && !handles(callback.body, callback.params[0])) {
            context.report({ node: catchCall, messageId: 'swallowed', data: { call: name(call) } });
          }
        }
      },
    };
  },
});
