// LLM model ids that float ('-latest', undated aliases) let the provider swap the model behind the code: require the
// pinned snapshot, by each provider's own naming convention.
import type { TSESTree } from '@typescript-eslint/utils';
import type { LlmModelFact } from '../src/catalog/index.js';
import { classifyMethodCall } from '../src/analysis/instances.js';
import { mayUseFacts } from '../src/analysis/file-libraries.js';
import type { FactFilter } from '../src/analysis/file-libraries.js';
import { getLibraryReferences } from '../src/analysis/library-references.js';
import { findModelId, judgeModelId, providerOf } from '../src/analysis/llm-model-ids.js';
import { getMlDebtSettings } from '../src/analysis/settings.js';
import { createRule } from '../src/create-rule.js';

export type MessageId = 'floatingAlias' | 'floatingAliasWithSnapshot' | 'pinSnapshot';

const takesModelId: FactFilter = (facts) => facts.llmModel !== undefined;

type ModelCall = { node: TSESTree.CallExpression | TSESTree.NewExpression; fact: LlmModelFact };

export default createRule<[], MessageId>({
  name: 'no-floating-model-alias',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow LLM model ids that float, such as `-latest` and undated aliases; pin a snapshot',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      floatingAlias:
        "'{{id}}' is a floating {{provider}} model id: the provider can move it to a new model without a code change, so outputs shift and cannot be traced to the model that produced them. Pin {{pinnedForm}}.",
      floatingAliasWithSnapshot:
        "'{{id}}' is a floating {{provider}} model id that points to '{{snapshot}}' today: the provider can move it to a new model without a code change, so outputs shift and cannot be traced to the model that produced them. Pin '{{snapshot}}'.",
      pinSnapshot: "Pin '{{snapshot}}' (check that it is the snapshot you evaluated).",
    },
    schema: [],
  },
  create(context) {
    if (!mayUseFacts(context, takesModelId)) return {};
    const calls: ModelCall[] = [];
    // An options object held in a const and passed to two calls is one place to fix.
    const reported = new Set<TSESTree.Node>();

    function check({ node, fact }: ModelCall): void {
      const provider = providerOf(fact);
      if (!provider) return;
      const found = findModelId(node, fact, context.sourceCode.getScope(node));
      if (!found || reported.has(found.node)) return;
      reported.add(found.node);
      const verdict = judgeModelId(found.id, provider, getMlDebtSettings(context));
      if (!verdict.floats) return;
      const { snapshot } = verdict;
      const literal = found.written;
      if (snapshot === undefined) {
        context.report({
          node: found.node,
          messageId: 'floatingAlias',
          data: { id: found.id, provider: provider.name, pinnedForm: provider.pinnedForm },
        });
        return;
      }
      context.report({
        node: found.node,
        messageId: 'floatingAliasWithSnapshot',
        data: { id: found.id, provider: provider.name, snapshot },
        // A suggestion, never a fix: the snapshot the alias points to today may not be the one the prompts were tuned on.
        suggest:
          literal.type === 'Literal' && typeof literal.value === 'string'
            ? [
                {
                  messageId: 'pinSnapshot',
                  data: { snapshot },
                  fix: (fixer) => fixer.replaceText(literal, `${literal.raw[0]}${snapshot}${literal.raw[0]}`),
                },
              ]
            : [],
      });
    }

    return {
      CallExpression(node) {
        const call = classifyMethodCall(context, node, takesModelId);
        if (call?.method.llmModel) calls.push({ node, fact: call.method.llmModel });
      },
      'Program:exit'() {
        for (const { node, api } of getLibraryReferences(context.sourceCode)) {
          if (api.llmModel && (node.type === 'CallExpression' || node.type === 'NewExpression')) calls.push({ node, fact: api.llmModel });
        }
        calls.forEach(check);
      },
    };
  },
});
