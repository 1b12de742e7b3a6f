// Randomness in ML code that no seed controls: unseeded tfjs ops, initializers, layers and datasets, shufflers that
// cannot be seeded, and seeded generators fed entropy.
import type { TSESTree } from '@typescript-eslint/utils';
import type { InstanceFacts, RandomnessFact } from '../src/catalog/index.js';
import { describeCall } from '../src/analysis/call-names.js';
import { seedsMathRandomGlobally } from '../src/analysis/global-seeding.js';
import { classifyMethodCall, methodCallSelector } from '../src/analysis/instances.js';
import { getLibraryReferences } from '../src/analysis/library-references.js';
import { isMlModule, isTestFile } from '../src/analysis/ml-modules.js';
import { judgeSeed } from '../src/analysis/seeding.js';
import { createRule } from '../src/create-rule.js';

export type MessageId =
  | 'missingSeed'
  | 'unseededValue'
  | 'entropySeed'
  | 'defaultSeedSwitchedOff'
  | 'entropyOption'
  | 'unseedable';

type RandomCall = { node: TSESTree.CallExpression | TSESTree.NewExpression; fact: RandomnessFact };

/** `Math.random().toString(36)` makes an id, not data. */
function isIdGeneration(node: TSESTree.Node): boolean {
  const parent = node.parent;
  return (
    parent?.type === 'MemberExpression' &&
    parent.object === node &&
    parent.property.type === 'Identifier' &&
    parent.property.name === 'toString'
  );
}

const isRandomMethod = (method: InstanceFacts): boolean => method.randomness !== undefined;
const randomMethodCalls = methodCallSelector(isRandomMethod);

export default createRule<[], MessageId>({
  name: 'no-unseeded-random',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a seed on every source of randomness in ML code',
      recommended: 'recommended',
    },
    messages: {
      missingSeed:
        '`{{name}}` runs without a seed, so every run draws different values and the experiment cannot be reproduced. Fix: {{fix}}.',
      unseededValue:
        '`{{name}}` treats the seed {{value}} as "no seed", so this call is still not reproducible. Use a different constant seed.',
      entropySeed:
        'The seed of `{{name}}` comes from `{{source}}`, which differs on every run, so the result cannot be reproduced. Use a fixed seed (a constant or a configured value) and record it with the run.',
      defaultSeedSwitchedOff:
        '`{{option}}: undefined` switches off the default seed ({{defaultSeed}}) of `{{name}}`, so every run trains a different model. Remove it or pass a fixed seed.',
      entropyOption:
        '`{{option}}: true` mixes fresh entropy into the seed of `{{name}}`, so every run differs. Remove `{{option}}: true`.',
      unseedable:
        '`{{name}}` cannot be seeded, so data order, samples and splits change on every run. {{instead}}.',
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    const seedableCalls: RandomCall[] = [];
    const unseedableCalls: RandomCall[] = [];
    // Entropy already reported as the seed of another call is not reported again on its own.
    const reportedEntropy = new Set<TSESTree.Node>();

    function check({ node, fact }: RandomCall): void {
      if (fact.mlModulesOnly && !isMlModule(context)) return;
      if (fact.unseedable) {
        if (isIdGeneration(node) || reportedEntropy.has(node)) return;
        if (fact.mathRandomFallback && seedsMathRandomGlobally(context)) return;
        context.report({ node, messageId: 'unseedable', data: { name: describeCall(node), instead: fact.unseedable.instead } });
        return;
      }
      const verdict = judgeSeed(node, fact, sourceCode);
      if (!verdict) return;
      // Named only when reported: most calls are seeded, and the name is built from the source text.
      const name = describeCall(node);
      switch (verdict.problem) {
        case 'missing':
          // Unseeded, these fall back to Math.random, which the module seeds for the whole run.
          if (fact.mathRandomFallback && seedsMathRandomGlobally(context)) return;
          context.report({
            node,
            messageId: 'missingSeed',
            data: { name, fix: fact.seed?.fix ?? fact.generator?.fix ?? '' },
          });
          return;
        case 'unseeded-value':
          context.report({ node, messageId: 'unseededValue', data: { name, value: verdict.value } });
          return;
        case 'entropy':
          reportedEntropy.add(verdict.source);
          context.report({ node, messageId: 'entropySeed', data: { name, source: sourceCode.getText(verdict.source) } });
          return;
        case 'default-switched-off':
          context.report({
            node,
            messageId: 'defaultSeedSwitchedOff',
            data: { name, option: verdict.option, defaultSeed: verdict.defaultSeed },
          });
          return;
        case 'entropy-option':
          context.report({ node, messageId: 'entropyOption', data: { name, option: verdict.option } });
      }
    }

    // Tests draw random inputs and run throwaway training on purpose.
    if (isTestFile(context)) return {};
    return {
      ...(randomMethodCalls && {
        [randomMethodCalls](node: TSESTree.CallExpression) {
          const call = classifyMethodCall(context, node, isRandomMethod);
          if (call?.method.randomness) seedableCalls.push({ node, fact: call.method.randomness });
        },
      }),
      'Program:exit'() {
        for (const { node, api } of getLibraryReferences(sourceCode)) {
          if (!api.randomness || (node.type !== 'CallExpression' && node.type !== 'NewExpression')) continue;
          if (api.randomness.entropy && !api.randomness.unseedable) continue;
          (api.randomness.unseedable ? unseedableCalls : seedableCalls).push({ node, fact: api.randomness });
        }
        seedableCalls.forEach(check);
        unseedableCalls.forEach(check);
      },
    };
  },
});
