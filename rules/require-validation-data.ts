// Training calls that hold no data out: without validationSplit or validationData, nothing in the run shows
// overfitting.
import type { TSESTree } from '@typescript-eslint/utils';
import { describeCall } from '../src/analysis/call-names.js';
import { classifyMethodCall } from '../src/analysis/instances.js';
import { isTestFile } from '../src/analysis/ml-modules.js';
import { findOption, isUndefinedLiteral, resolveStaticValue } from '../src/analysis/static-values.js';
import { createRule } from '../src/create-rule.js';

export type MessageId = 'missingValidationData' | 'emptyValidationData';

export default createRule<[], MessageId>({
  name: 'require-validation-data',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require training calls to hold out validation data',
      recommended: 'strict',
    },
    messages: {
      missingValidationData:
        '`{{name}}` trains without held-out data, so the run reports only training loss and overfitting goes unseen. Fix: {{fix}}.',
      emptyValidationData:
        '`{{name}}` sets `{{option}}` to {{value}}, which holds out no data, so overfitting goes unseen. Fix: {{fix}}.',
    },
    schema: [],
  },
  create(context) {
    if (isTestFile(context)) return {};
    return {
      CallExpression(node: TSESTree.CallExpression) {
        const call = classifyMethodCall(context, node, (method) => method.heldOutData !== undefined);
        const fact = call?.method.heldOutData;
        if (!fact) return;
        if (node.arguments.slice(0, fact.argIndex + 1).some((argument) => argument.type === 'SpreadElement')) return;
        const scope = context.sourceCode.getScope(node);
        const name = describeCall(node);
        let present = false;
        for (const option of fact.options) {
          const lookup = findOption(node.arguments[fact.argIndex], option, scope);
          if (lookup.state === 'unknown') return;
          if (lookup.state === 'absent') continue;
          // `validationSplit: 0` or `validationData: undefined` hold nothing out; anything else gets the benefit of the doubt.
          const value = lookup.value;
          const empty = isUndefinedLiteral(value, scope) || [0, null].includes(resolveStaticValue(value, scope)?.value as never);
          if (!empty) return;
          present = true;
          context.report({
            node: lookup.property,
            messageId: 'emptyValidationData',
            data: { name, option, value: context.sourceCode.getText(value), fix: fact.fix },
          });
        }
        if (!present) context.report({ node, messageId: 'missingValidationData', data: { name, fix: fact.fix } });
      },
    };
  },
});
