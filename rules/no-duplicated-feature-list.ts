// The same feature list written in two modules of one program: the copies drift, and training and serving stop
// agreeing on the model's inputs.
import path from 'node:path';
import type { TSESTree } from '@typescript-eslint/utils';
import { defaultFeatureListOptions, describeFeatureList, featureListOf, featureListOptionsSchema } from '../src/analysis/feature-lists.js';
import type { FeatureList, FeatureListOptions } from '../src/analysis/feature-lists.js';
import { isFeatureSchemaFile, isMlModule, isTestFile, matchesAny, modelRoles } from '../src/analysis/ml-modules.js';
import { findProgramListSites } from '../src/analysis/program-feature-lists.js';
import { getMlDebtSettings } from '../src/analysis/settings.js';
import { getTypeServices } from '../src/analysis/types.js';
import { createRule } from '../src/create-rule.js';

export type MessageId = 'duplicatedFeatureList';

type Options = [Partial<FeatureListOptions>];

export default createRule<Options, MessageId>({
  name: 'no-duplicated-feature-list',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow the same feature list in more than one module of the program',
      recommended: 'recommended',
      requiresTypeChecking: true,
    },
    messages: {
      duplicatedFeatureList:
        'Feature list {{list}} repeats the list in {{module}} (line {{line}}){{more}}: the copies drift apart, and the model is served inputs it was not trained on. Keep the list in one feature schema module and import it everywhere.',
    },
    schema: [featureListOptionsSchema],
    defaultOptions: [defaultFeatureListOptions],
  },
  create(context, [options]) {
    const services = getTypeServices(context);
    if (!services || isTestFile(context) || isFeatureSchemaFile(context)) return {};
    const resolved = { ...defaultFeatureListOptions, ...options };
    const testFiles = getMlDebtSettings(context).testFiles;
    const ownFile = services.esTreeNodeToTSNodeMap.get(context.sourceCode.ast).getSourceFile().fileName.replaceAll('\\', '/');
    const relative = (file: string) => path.relative(context.cwd, file).split(path.sep).join('/');
    const lists: FeatureList[] = [];
    function check(node: TSESTree.ArrayExpression | TSESTree.ObjectExpression): void {
      const list = node.type === 'ArrayExpression' ? featureListOf(context, node, resolved) : undefined;
      if (list) lists.push(list);
    }
    return {
      ArrayExpression: check,
      'Program:exit'() {
        if (lists.length === 0 || !isMlModule(context, modelRoles)) return;
        for (const list of lists) {
          // Copies in tests are fixtures, not a second source of truth.
          const others = findProgramListSites(services.program, list.names, resolved.minItems).filter(
            (site) => site.fileName !== ownFile && !matchesAny(testFiles, relative(site.fileName)),
          );
          if (others.length === 0) continue;
          const [first] = others;
          context.report({
            node: list.node,
            messageId: 'duplicatedFeatureList',
            data: {
              list: describeFeatureList(list),
              module: relative(first.fileName),
              line: first.line,
              more: others.length > 1 ? ` and ${others.length - 1} more` : '',
            },
          });
        }
      },
    };
  },
});
