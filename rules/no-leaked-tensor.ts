// TensorFlow.js tensors a function creates and never disposes: GPU and native memory that garbage collection does
// not free, until the server or the tab falls over.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { walk } from '../src/analysis/ast-walk.js';
import { findApiAccess } from '../src/analysis/api-access.js';
import { describeCall } from '../src/analysis/call-names.js';
import { methodOfKnownReceiver } from '../src/analysis/instances.js';
import { librariesInFile } from '../src/analysis/file-libraries.js';
import { isTestFile } from '../src/analysis/ml-modules.js';
import { TensorLeakFinder } from '../src/analysis/tensor-ownership.js';
import { createRule } from '../src/create-rule.js';

export type MessageId = 'discarded' | 'intermediate' | 'neverReleased' | 'overwritten' | 'wrapInTidy';


/** A chain link by its own name: `.div()` for a method on a chained value, the call's name otherwise. */
function linkName(call: TSESTree.CallExpression): string {
  const callee = call.callee;
  return callee.type === 'MemberExpression' && !callee.computed && callee.object.type === 'CallExpression'
    ? `.${(callee.property as TSESTree.Identifier).name}()`
    : describeCall(call);
}

export default createRule<[], MessageId>({
  name: 'no-leaked-tensor',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow TensorFlow.js tensors that are created and never disposed',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      discarded:
        'The tensor returned by `{{call}}` is never used or disposed, so its GPU/native memory leaks every time this runs (garbage collection does not free tensors). Dispose it, or do the work inside tf.tidy().',
      intermediate:
        '`{{expression}}` leaves {{tensors}} undisposed ({{calls}}), leaking GPU/native memory on every call because garbage collection does not free tensors. Wrap the expression in tf.tidy(() => …), or keep each tensor in a variable and dispose it.',
      neverReleased:
        'Tensor `{{name}}` is never disposed, returned, kept or stored, so its GPU/native memory leaks each time this function runs — the classic cause of a server at 100% memory after days. Call `{{name}}.dispose()` (or tf.dispose) when done, or build it inside tf.tidy().',
      overwritten:
        'Reassigning `{{name}}` drops the tensor it held without disposing it, leaking memory on every pass. Dispose the old tensor first, or run the update inside tf.tidy().',
      wrapInTidy: 'Wrap the expression in `{{tidy}}(() => …)` so its intermediate tensors are disposed.',
    },
    schema: [],
  },
  create(context) {
    // Tests create throwaway tensors on purpose; the process ends with them.
    if (isTestFile(context)) return {};
    const { sourceCode } = context;
    // Only files that use TensorFlow.js (an import, even of types only, or the global) are searched, with types too:
    // asking the checker the type of every call of every file would double a type-aware lint.
    if (![...librariesInFile(sourceCode)].some((library) => library.id === 'tfjs')) return {};
    const finder = new TensorLeakFinder(context);
    // `x.data()` inside a tidy would leave a pending read on a tensor the tidy frees.
    const returnsPromise = (node: TSESTree.Node) =>
      node.type === 'CallExpression' && methodOfKnownReceiver(context, node)?.method.async === true;
    // A tidy cannot wrap code that waits: its tensors would be freed before they are used.
    const awaits = (node: TSESTree.Node) =>
      walk(node, sourceCode.visitorKeys, (child) =>
        child.type === 'AwaitExpression' || child.type === 'YieldExpression' ? 'stop' : 'continue',
      );
    return {
      CallExpression(node) {
        finder.visit(node);
      },
      'Program:exit'() {
        const leaks = finder.findLeaks();
        const tidy = leaks.some((leak) => leak.kind === 'intermediate') ? findApiAccess(sourceCode, 'tfjs', 'core', ['tidy']) : undefined;
        // Every intermediate of one expression is reported once, on the expression.
        const intermediates = new Map<TSESTree.Expression, TSESTree.CallExpression[]>();
        for (const leak of leaks) {
          if (leak.kind === 'intermediate') intermediates.set(leak.chain, [...(intermediates.get(leak.chain) ?? []), leak.producer]);
        }
        for (const [chain, producers] of intermediates) {
          const many = producers.length > 1;
          const chainText = sourceCode.getText(chain);
          context.report({
            node: chain,
            messageId: 'intermediate',
            data: {
              tensors: many ? `${producers.length} intermediate tensors` : 'an intermediate tensor',
              calls: producers
                .sort((a, b) => a.range[1] - b.range[1])
                .map((producer) => `\`${linkName(producer)}\``)
                .join(', '),
              expression: chain.type === 'CallExpression' ? describeCall(chain) : chainText.slice(0, 60),
            },
            // Offered only for synchronous expressions: a tidy cannot wrap code that waits.
            suggest:
              tidy && !awaits(chain) && !returnsPromise(chain)
                ? [
                    {
                      messageId: 'wrapInTidy',
                      data: { tidy },
                      fix: (fixer: TSESLint.RuleFixer) => fixer.replaceText(chain, `${tidy}(() => ${chainText})`),
                    },
                  ]
                : [],
          });
        }
        for (const leak of leaks) {
          switch (leak.kind) {
            case 'discarded':
              context.report({ node: leak.producer, messageId: 'discarded', data: { call: describeCall(leak.producer) } });
              break;
            case 'never-released':
              context.report({ node: leak.producer, messageId: 'neverReleased', data: { name: leak.name } });
              break;
            case 'overwritten':
              context.report({ node: leak.assignment, messageId: 'overwritten', data: { name: leak.name } });
          }
        }
      },
    };
  },
});
