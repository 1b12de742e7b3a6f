// tf.tidy callbacks that wait: tidy is synchronous, so the tensors it cleans up are freed before async work uses them.
import type { TSESTree } from '@typescript-eslint/utils';
import { isFunctionNode, walk } from '../src/analysis/ast-walk.js';
import { describeCall } from '../src/analysis/call-names.js';
import { methodOfKnownReceiver } from '../src/analysis/instances.js';
import { getLibraryReferences } from '../src/analysis/library-references.js';
import { resolveConstInit } from '../src/analysis/static-values.js';
import { createRule } from '../src/create-rule.js';

export type MessageId = 'asyncCallback' | 'awaitInside' | 'thenInside' | 'asyncRead';

const why =
  'tf.tidy is synchronous: it disposes the tensors created in the callback as soon as the callback returns, before the Promise settles';

export default createRule<[], MessageId>({
  name: 'no-async-tidy',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow async work inside tf.tidy, which frees tensors before the work finishes',
      recommended: 'recommended',
    },
    messages: {
      asyncCallback: `The callback of \`{{tidy}}\` is async. ${why}, so later code reads freed tensors (or tidy leaks what it should free). Do the async part outside: compute tensors in tidy, then \`await\` their reads after it.`,
      awaitInside: `\`await\` inside \`{{tidy}}\`: ${why}. Move the await out of the tidy callback.`,
      thenInside: `\`.then()\` inside \`{{tidy}}\`: ${why}, so the callback runs on freed tensors. Return the tensor from tidy and chain on it outside.`,
      asyncRead: `\`{{call}}\` inside \`{{tidy}}\` starts an async read; ${why}. Use the synchronous form inside tidy, or return the tensor from tidy and read it (then dispose it) outside.`,
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      'Program:exit'() {
        for (const { node, api } of getLibraryReferences(sourceCode)) {
          if (!api.memory?.tidy || node.type !== 'CallExpression') continue;
          const tidy = describeCall(node);
          let callback: TSESTree.Node | undefined = node.arguments.at(-1);
          if (callback?.type === 'Identifier') callback = resolveConstInit(callback, sourceCode.getScope(node));
          if (!callback || !isFunctionNode(callback)) continue;
          if (callback.async) {
            context.report({ node: callback, messageId: 'asyncCallback', data: { tidy } });
            continue;
          }
          // `t.data().then(…)` is one mistake: report the `.then`, not also the read it chains on.
          const chained = new Set<TSESTree.Node>();
          walk(callback.body, sourceCode.visitorKeys, (child) => {
            // Nested functions run later, outside this tidy's scope.
            if (isFunctionNode(child)) return 'skip';
            if (child.type === 'AwaitExpression') {
              context.report({ node: child, messageId: 'awaitInside', data: { tidy } });
            } else if (child.type === 'CallExpression' && child.callee.type === 'MemberExpression') {
              const property = child.callee.property;
              if (!child.callee.computed && property.type === 'Identifier' && property.name === 'then') {
                context.report({ node: child, messageId: 'thenInside', data: { tidy } });
                chained.add(child.callee.object);
              } else if (!chained.has(child) && methodOfKnownReceiver(context, child)?.method.async) {
                context.report({ node: child, messageId: 'asyncRead', data: { tidy, call: `${describeCall(child)}()` } });
              }
            }
            return 'continue';
          });
        }
      },
    };
  },
});
