// Training calls that leave hyperparameters to library defaults, which change between versions and silently change
// what a model learns.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { HyperparameterFact } from '../src/catalog/index.js';
import { findApiAccess } from '../src/analysis/api-access.js';
import { describeCall } from '../src/analysis/call-names.js';
import { classifyMethodCall } from '../src/analysis/instances.js';
import { getLibraryReferences } from '../src/analysis/library-references.js';
import { isTestFile } from '../src/analysis/ml-modules.js';
import { findOption, resolveStaticValue } from '../src/analysis/static-values.js';
import { mayUseFacts } from '../src/analysis/file-libraries.js';
import type { FactFilter } from '../src/analysis/file-libraries.js';
import { createRule } from '../src/create-rule.js';

export type MessageId = 'missingOptions' | 'missingPositional' | 'stringOption' | 'useExplicit';

const quote = (names: readonly string[]) => names.map((name) => `\`${name}\``).join(' and ');

const hasHyperparameters: FactFilter = (facts) => facts.hyperparameters !== undefined;

export default createRule<[], MessageId>({
  name: 'require-explicit-hyperparameters',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require training hyperparameters to be set explicitly rather than left to library defaults',
      recommended: 'strict',
    },
    hasSuggestions: true,
    messages: {
      missingOptions:
        '`{{call}}` leaves {{names}} to the library default ({{defaults}}). Defaults change between library versions and silently change training, and nobody reading the code can tell what ran. Set {{names}} explicitly.',
      missingPositional:
        '`{{call}}` leaves `{{name}}` to the library default ({{defaults}}), so the run depends on the installed version. Pass `{{name}}` explicitly.',
      stringOption:
        "`{{name}}: '{{value}}'` builds the optimizer with its default learning rate, invisible in the code and free to change with the library. Build it explicitly: `{{explicit}}`.",
      useExplicit: 'Replace with `{{explicit}}`.',
    },
    schema: [],
  },
  create(context) {
    if (isTestFile(context) || !mayUseFacts(context, hasHyperparameters)) return {};
    const { sourceCode } = context;

    function check(node: TSESTree.CallExpression | TSESTree.NewExpression, fact: HyperparameterFact): void {
      const scope = sourceCode.getScope(node);
      const args = node.arguments;
      const call = describeCall(node);
      const spreadBefore = (index: number) => args.slice(0, index + 1).some((arg) => arg.type === 'SpreadElement');
      if (fact.positional && args.length <= fact.positional.argIndex && !spreadBefore(fact.positional.argIndex)) {
        context.report({ node, messageId: 'missingPositional', data: { call, name: fact.positional.name, defaults: fact.defaults } });
      }
      if (fact.options && !spreadBefore(fact.options.argIndex)) {
        const options = args[fact.options.argIndex];
        const missing = fact.options.required.filter((name) => findOption(options, name, scope).state === 'absent');
        // An options object we cannot see into may set them.
        const judged = fact.options.required.every((name) => findOption(options, name, scope).state !== 'unknown');
        if (judged && missing.length > 0) {
          context.report({ node, messageId: 'missingOptions', data: { call, names: quote(missing), defaults: fact.defaults } });
        }
      }
      if (fact.stringOption && !spreadBefore(fact.stringOption.argIndex)) {
        const option = findOption(args[fact.stringOption.argIndex], fact.stringOption.name, scope);
        if (option.state !== 'present') return;
        const value = resolveStaticValue(option.value, scope)?.value;
        const explicit = typeof value === 'string' ? fact.stringOption.explicit[value] : undefined;
        if (!explicit) return;
        const access = findApiAccess(sourceCode, 'tfjs', 'core', explicit.path);
        const replacement = `${access ?? `tf.${explicit.path.join('.')}`}(${explicit.args})`;
        context.report({
          node: option.value,
          messageId: 'stringOption',
          data: { name: fact.stringOption.name, value, explicit: replacement },
          // Offered, not applied: epsilon and other defaults may differ slightly from the string's optimizer.
          suggest: access
            ? [
                {
                  messageId: 'useExplicit',
                  data: { explicit: replacement },
                  // `{ optimizer }` shorthand: the property must become `optimizer: …`.
                  fix: (fixer: TSESLint.RuleFixer) =>
                    option.property.shorthand
                      ? fixer.replaceText(option.property, `${fact.stringOption!.name}: ${replacement}`)
                      : fixer.replaceText(option.value, replacement),
                },
              ]
            : [],
        });
      }
    }

    return {
      CallExpression(node) {
        const method = classifyMethodCall(context, node, hasHyperparameters);
        if (method?.method.hyperparameters) check(node, method.method.hyperparameters);
      },
      'Program:exit'() {
        for (const { node, api } of getLibraryReferences(sourceCode)) {
          if (api.hyperparameters && (node.type === 'CallExpression' || node.type === 'NewExpression')) {
            check(node, api.hyperparameters);
          }
        }
      },
    };
  },
});
