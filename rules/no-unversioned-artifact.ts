// Model artifacts and runtime binaries must be loaded from, and saved to, paths that name one version: a path
// without a version (or with 'latest', 'main', '@latest') changes or is overwritten without a commit.
import type { TSESLint } from '@typescript-eslint/utils';
import type { ArtifactUse } from '../src/analysis/artifact-references.js';
import { locateSlot, resolveArtifactPaths, visitArtifactUses } from '../src/analysis/artifact-references.js';
import { compileVersionPattern, defaultVersionPattern, judgeArtifactPath } from '../src/analysis/artifact-versions.js';
import { patternText } from '../src/analysis/static-strings.js';
import { resolveStaticValue } from '../src/analysis/static-values.js';
import { createRule } from '../src/create-rule.js';

export type MessageId = 'unversionedLoad' | 'unversionedSave' | 'unversionedRuntime' | 'floatingMarker' | 'unversionedHubHandle';

type Options = [{ versionPattern?: string }];
type Scope = TSESLint.Scope.Scope;

const whatItDoes = { load: 'loads', save: 'saves', 'load-or-save': 'reads or writes', runtime: 'fetches' } as const;

export default createRule<Options, MessageId>({
  name: 'no-unversioned-artifact',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require model artifacts and runtime binaries to be loaded from and saved to versioned paths',
      recommended: 'strict',
    },
    messages: {
      unversionedLoad:
        "`{{name}}` {{does}} '{{path}}', a path with no version in it, so whatever is there today is what runs: the model cannot be traced or rolled back. Put the version in the path: 'models/churn/v3/model.json'.",
      unversionedSave:
        "`{{name}}` saves to '{{path}}', a path with no version in it, so every run overwrites the previous model in place and nothing can be rolled back. Save each model under its own version: 'file://models/churn/v3'.",
      unversionedRuntime:
        "`{{name}}` fetches runtime binaries from '{{path}}', which names no version: the binaries can change under the JavaScript that loads them and break or alter inference. Pin the package version: '…/onnxruntime-web@1.22.0/dist/'.",
      floatingMarker:
        "`{{name}}` {{does}} '{{path}}', which names a moving target ('{{marker}}'), so the artifact changes without a commit of yours. Use a fixed version, tag or commit in its place.",
      unversionedHubHandle:
        "`{{name}}` loads the {{hub}} handle '{{path}}' without its version number, so it resolves to the newest version the publisher uploads. Add the version: '…/<model>/<version>'.",
    },
    schema: [
      {
        type: 'object',
        properties: {
          versionPattern: {
            type: 'string',
            format: 'regex',
            description:
              'A regular expression (source, matched case-insensitively against each path segment and query value) that marks a version. It replaces the default.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ versionPattern: defaultVersionPattern }],
  },
  create(context, [options]) {
    const versionPattern = compileVersionPattern(
      options.versionPattern ?? defaultVersionPattern,
      "The option versionPattern of ml-debt/no-unversioned-artifact",
    );

    /** loadGraphModel(url, { fromTFHub: true }): the URL is a TF Hub handle whatever its host. */
    function isTfHubHandle(use: ArtifactUse, scope: Scope): boolean {
      const slot = use.fact.tfHubOption;
      if (!slot || use.node.type === 'AssignmentExpression') return false;
      const option = locateSlot(use.node, slot, scope);
      return typeof option === 'object' && resolveStaticValue(option, scope)?.value === true;
    }

    function check(use: ArtifactUse): void {
      if (use.fact.naming !== 'path') return;
      const scope = context.sourceCode.getScope(use.node);
      const tfHubHandle = isTfHubHandle(use, scope);
      for (const pattern of resolveArtifactPaths(use, scope)) {
        const path = patternText(pattern, '…');
        const verdict = judgeArtifactPath(pattern, { versionPattern, tfHubHandle, remoteOnly: use.fact.remoteOnly });
        const { name } = use;
        const does = whatItDoes[use.fact.action];
        switch (verdict.verdict) {
          case 'floating':
            context.report({ node: use.node, messageId: 'floatingMarker', data: { name, does, path, marker: verdict.marker } });
            return;
          case 'unversioned-hub-handle':
            context.report({ node: use.node, messageId: 'unversionedHubHandle', data: { name, path, hub: verdict.hub } });
            return;
          case 'unversioned':
            if (use.fact.action === 'save') context.report({ node: use.node, messageId: 'unversionedSave', data: { name, path } });
            else if (use.fact.action === 'runtime') context.report({ node: use.node, messageId: 'unversionedRuntime', data: { name, path } });
            else context.report({ node: use.node, messageId: 'unversionedLoad', data: { name, does, path } });
            return;
          default:
        }
      }
    }

    return visitArtifactUses(context, check);
  },
});
