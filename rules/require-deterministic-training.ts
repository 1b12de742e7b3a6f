// Training calls whose run cannot be reproduced: the library draws initial weights (and fit's shuffling) from
// Math.random, and nothing in the module seeds it.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { describeCall } from '../src/analysis/call-names.js';
import { seedsMathRandomGlobally } from '../src/analysis/global-seeding.js';
import { classifyMethodCall, methodCallSelector } from '../src/analysis/instances.js';
import type { InstanceMethodCall } from '../src/analysis/instances.js';
import type { InstanceFacts } from '../src/catalog/index.js';
import { findOption, resolveStaticValue } from '../src/analysis/static-values.js';
import { isTestFile } from '../src/analysis/ml-modules.js';
import { createRule } from '../src/create-rule.js';

export type MessageId = 'unseededTraining' | 'unseededTrainingWithShuffle' | 'shuffledFineTuning';

type Shuffle = 'on' | 'off' | 'unknown';

function shuffleState(call: InstanceMethodCall, scope: TSESLint.Scope.Scope): Shuffle {
  const option = call.method.training?.shuffleOption;
  if (!option) return 'off';
  const lookup = findOption(call.node.arguments[option.argIndex], option.name, scope);
  if (lookup.state === 'absent') return 'on'; // fit shuffles by default
  if (lookup.state === 'unknown') return 'unknown';
  const value = resolveStaticValue(lookup.value, scope);
  if (!value) return 'unknown';
  return value.value === false ? 'off' : 'on';
}

const isTrainingMethod = (method: InstanceFacts): boolean => method.training !== undefined;
const trainingMethodCalls = methodCallSelector(isTrainingMethod);

export default createRule<[], MessageId>({
  name: 'require-deterministic-training',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require training runs to be reproducible by seeding Math.random for the run',
      recommended: 'recommended',
    },
    messages: {
      unseededTraining:
        "`{{name}}` cannot be reproduced: {{why}}. Seed Math.random once before the model is built, e.g. `seedrandom('42', { global: true })`, or import your seeding module and list it in settings['ml-debt'].seedModules.",
      unseededTrainingWithShuffle:
        "`{{name}}` cannot be reproduced: {{why}}, and fit shuffles the training data every epoch with Math.random (`shuffle` defaults to true). Seed Math.random once before the model is built, e.g. `seedrandom('42', { global: true })`, or import your seeding module and list it in settings['ml-debt'].seedModules.",
      shuffledFineTuning:
        "`{{name}}` cannot be reproduced: fit shuffles the training data every epoch with Math.random (`shuffle` defaults to true). Pass `shuffle: false` after shuffling with a seeded generator, or seed Math.random with `seedrandom('42', { global: true })`.",
    },
    schema: [],
  },
  create(context) {
    // Tests draw random inputs and run throwaway training on purpose.
    if (isTestFile(context)) return {};
    const trainingCalls: InstanceMethodCall[] = [];
    return {
      ...(trainingMethodCalls && {
        [trainingMethodCalls](node: TSESTree.CallExpression) {
          const call = classifyMethodCall(context, node, isTrainingMethod);
          if (call) trainingCalls.push(call);
        },
      }),
      'Program:exit'() {
        if (trainingCalls.length === 0 || seedsMathRandomGlobally(context)) return;
        for (const call of trainingCalls) {
          const name = describeCall(call.node);
          const shuffle = shuffleState(call, context.sourceCode.getScope(call.node));
          // A loaded model starts from trained weights: only fit's own shuffling is left to make runs differ.
          if (call.creator?.api.pretrained) {
            if (shuffle === 'on') context.report({ node: call.node, messageId: 'shuffledFineTuning', data: { name } });
            continue;
          }
          context.report({
            node: call.node,
            messageId: shuffle === 'on' ? 'unseededTrainingWithShuffle' : 'unseededTraining',
            data: { name, why: call.method.training!.nondeterminism },
          });
        }
      },
    };
  },
});
