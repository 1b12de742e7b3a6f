// Inline feature lists in ML code: each copy (training script, server) drifts from the others, and the model is served
// inputs in a different order or with different columns than it was trained on.
import type { TSESTree } from '@typescript-eslint/utils';
import { defaultFeatureListOptions, describeFeatureList, featureListOf, featureListOptionsSchema } from '../src/analysis/feature-lists.js';
import type { FeatureList, FeatureListOptions } from '../src/analysis/feature-lists.js';
import { isFeatureSchemaFile, isMlModule, isTestFile, modelRoles } from '../src/analysis/ml-modules.js';
import { createRule } from '../src/create-rule.js';

export type MessageId = 'hardcodedFeatureList';

type Options = [Partial<FeatureListOptions>];

export default createRule<Options, MessageId>({
  name: 'no-hardcoded-feature-list',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow inline feature lists outside the feature schema module',
      recommended: 'recommended',
    },
    messages: {
      hardcodedFeatureList:
        'Inline feature list {{list}} ({{count}} names): a second copy in training or serving code drifts from this one, and the model gets columns it was not trained on. Define the list once in the feature schema module (features.ts, or settings[\'ml-debt\'].featureSchemaFiles) and import it.',
    },
    schema: [featureListOptionsSchema],
    defaultOptions: [defaultFeatureListOptions],
  },
  create(context, [options]) {
    if (!isMlModule(context, modelRoles) || isTestFile(context) || isFeatureSchemaFile(context)) return {};
    const resolved = { ...defaultFeatureListOptions, ...options };
    const lists: FeatureList[] = [];
    function check(node: TSESTree.ArrayExpression | TSESTree.ObjectExpression): void {
      const list = featureListOf(context, node, resolved);
      if (list) lists.push(list);
    }
    return {
      ArrayExpression: check,
      ObjectExpression: check,
      'Program:exit'() {
        for (const list of lists) {
          context.report({
            node: list.node,
            messageId: 'hardcodedFeatureList',
            data: { list: describeFeatureList(list), count: list.names.length },
          });
        }
      },
    };
  },
});
