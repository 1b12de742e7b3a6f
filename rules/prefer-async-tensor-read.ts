// Blocking tensor reads (dataSync, arraySync, bufferSync) where the thread must not block: request handlers, async
// code, animation frames and event callbacks.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { isFunctionNode } from '../src/analysis/ast-walk.js';
import { describeCall } from '../src/analysis/call-names.js';
import { classifyMethodCall } from '../src/analysis/instances.js';
import { findEnclosingHandler } from '../src/analysis/request-handlers.js';
import { isTestFile } from '../src/analysis/ml-modules.js';
import { createRule } from '../src/create-rule.js';

export type MessageId = 'blockingRead' | 'useAsyncRead';

type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;

/** Why the thread must not block here, or undefined when a blocking read is acceptable. */
function nonBlockingContext(fn: FunctionNode): string | undefined {
  if (fn.async) return 'an async function';
  const call = fn.parent;
  if (call.type !== 'CallExpression' || !call.arguments.some((argument) => argument === fn)) {
    // element.onclick = () => …
    if (
      call.type === 'AssignmentExpression' &&
      call.left.type === 'MemberExpression' &&
      call.left.property.type === 'Identifier' &&
      /^on[a-z]+$/u.test(call.left.property.name)
    ) {
      return 'an event handler';
    }
    return undefined;
  }
  const callee = call.callee;
  const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' && callee.property.type === 'Identifier' ? callee.property.name : undefined;
  if (name === 'requestAnimationFrame' || name === 'requestVideoFrameCallback') return 'an animation-frame callback';
  if (name === 'addEventListener') return 'an event listener';
  return undefined;
}

export default createRule<[], MessageId>({
  name: 'prefer-async-tensor-read',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Prefer awaiting data() and array() over blocking tensor reads in async code and UI callbacks',
      // Async training scripts block harmlessly (nothing else shares their thread), so this stays out of recommended.
      recommended: 'strict',
    },
    hasSuggestions: true,
    messages: {
      blockingRead:
        '`{{call}}` blocks the thread until the GPU finishes, inside {{context}}: it stalls the event loop (every other request or frame waits), and the WebGPU backend cannot serve it. Use `await {{receiver}}.{{alternative}}()` instead.',
      useAsyncRead: 'Replace with `(await {{receiver}}.{{alternative}}())`.',
    },
    schema: [],
  },
  create(context) {
    if (isTestFile(context)) return {};
    const { sourceCode } = context;
    return {
      CallExpression(node) {
        const call = classifyMethodCall(context, node, (method) => method.memory?.read === 'sync');
        const alternative = call?.method.memory?.asyncAlternative;
        if (!call || !alternative || node.callee.type !== 'MemberExpression') return;
        let fn: TSESTree.Node | undefined = node.parent;
        while (fn && !isFunctionNode(fn)) fn = fn.parent;
        if (!fn) return;
        const where = findEnclosingHandler(context, node) ? 'a request handler' : nonBlockingContext(fn);
        if (!where) return;
        const receiver = sourceCode.getText(node.callee.object);
        context.report({
          node,
          messageId: 'blockingRead',
          data: { call: `${describeCall(node)}()`, context: where, receiver, alternative },
          // Awaiting changes when the value is available, so it is offered, never applied.
          suggest: fn.async
            ? [
                {
                  messageId: 'useAsyncRead',
                  data: { receiver, alternative },
                  fix: (fixer: TSESLint.RuleFixer) => fixer.replaceText(node, `(await ${receiver}.${alternative}())`),
                },
              ]
            : [],
        });
      },
    };
  },
});
