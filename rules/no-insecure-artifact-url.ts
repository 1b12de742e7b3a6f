// Models, tokenizers and WASM binaries fetched over plain http from another host can be swapped by anyone on the
// network path (CWE-494): require https unless the host is this machine.
import type { ArtifactUse } from '../src/analysis/artifact-references.js';
import { resolveArtifactPaths, visitArtifactUses } from '../src/analysis/artifact-references.js';
import { findInsecureUrl } from '../src/analysis/insecure-urls.js';
import { createRule } from '../src/create-rule.js';

export type MessageId = 'insecureArtifactUrl' | 'useHttps';

export default createRule<[], MessageId>({
  name: 'no-insecure-artifact-url',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow fetching models, tokenizers and WASM binaries over plain http from another host',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      insecureArtifactUrl:
        "`{{name}}` moves a model artifact over plain http ('{{url}}', host {{host}}): anyone on the network path can swap the model or binary and silently change predictions (CWE-494). Use https.",
      useHttps: 'Use https:// for this URL.',
    },
    schema: [],
  },
  create(context) {

    function check(use: ArtifactUse): void {
      if (use.fact.naming === 'hub-repo') return;
      for (const pattern of resolveArtifactPaths(use, context.sourceCode.getScope(use.node))) {
        const insecure = findInsecureUrl(pattern);
        if (!insecure) continue;
        const { source } = insecure;
        const text = source ? context.sourceCode.getText(source) : '';
        const at = text.search(/http:\/\//iu);
        context.report({
          node: use.node,
          messageId: 'insecureArtifactUrl',
          data: { name: use.name, url: insecure.url, host: insecure.host },
          // Only where the URL is spelled out as written: the fix changes that literal and nothing else.
          suggest:
            source && at !== -1
              ? [
                  {
                    messageId: 'useHttps',
                    fix: (fixer) => fixer.replaceTextRange([source.range[0] + at, source.range[0] + at + 'http://'.length], 'https://'),
                  },
                ]
              : [],
        });
        return;
      }
    }

    return visitArtifactUses(context, check);
  },
});
