// Validation sets carved from a shuffled tf.data Dataset with take/skip: the dataset reshuffles on every iteration,
// so rows move between the two parts and validation leaks into training.
import type { TSESTree } from '@typescript-eslint/utils';
import { describeCall } from '../src/analysis/call-names.js';
import { classifyMethodCall, findUpstreamMethodCall } from '../src/analysis/instances.js';
import type { InstanceMethodCall } from '../src/analysis/instances.js';
import { createRule } from '../src/create-rule.js';

export type MessageId = 'leakySplit';

interface Split {
  readonly call: InstanceMethodCall;
  readonly shuffle: InstanceMethodCall;
}

export default createRule<[], MessageId>({
  name: 'no-leaky-split',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow splitting a shuffled tf.data Dataset into training and validation parts with take and skip',
      recommended: 'recommended',
    },
    messages: {
      leakySplit:
        '`{{split}}` and `{{other}}` (line {{otherLine}}) split the output of `{{shuffle}}`, which reshuffles on every iteration, so rows move between the two parts and validation leaks into training (even with a seed). Split first, then shuffle only the training part: `ds.take(k)` for validation and `ds.skip(k).shuffle(n)` for training.',
    },
    schema: [],
  },
  create(context) {
    const splitsByShuffle = new Map<TSESTree.CallExpression, Split[]>();
    return {
      CallExpression(node: TSESTree.CallExpression) {
        const call = classifyMethodCall(context, node, (method) => method.positionalSplit !== undefined);
        if (!call || node.callee.type !== 'MemberExpression') return;
        // `s.take(100).skip(10)` narrows one part; only a take or skip straight on the shuffled rows splits them.
        const shuffle = findUpstreamMethodCall(
          context,
          node.callee.object,
          (method) => method.reshufflesEachIteration === true,
          (method) => method.positionalSplit === undefined,
        );
        if (!shuffle) return;
        const splits = splitsByShuffle.get(shuffle.node) ?? [];
        splits.push({ call, shuffle });
        splitsByShuffle.set(shuffle.node, splits);
      },
      'Program:exit'() {
        for (const splits of splitsByShuffle.values()) {
          // One report per split: at the first take or skip, naming its counterpart.
          const [first, ...rest] = splits;
          const other = rest.find((split) => split.call.method.positionalSplit !== first.call.method.positionalSplit);
          if (!other) continue;
          context.report({
            node: first.call.node,
            messageId: 'leakySplit',
            data: {
              split: describeCall(first.call.node),
              other: describeCall(other.call.node),
              otherLine: other.call.node.loc.start.line,
              shuffle: describeCall(first.shuffle.node),
            },
          });
        }
      },
    };
  },
});
