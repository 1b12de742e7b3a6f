// Hugging Face Hub downloads must be pinned to a commit: transformers.js pipelines and from_pretrained, and the
// @huggingface/hub download helpers, all default to the moving branch 'main'.
import { getHubDownloads, judgeHubDownload, switchesOffHubDownloads } from '../src/analysis/hub-revisions.js';
import { createRule } from '../src/create-rule.js';

export type MessageId = 'missingRevision' | 'movingRevision' | 'defaultModel';

export default createRule<[], MessageId>({
  name: 'require-hub-revision',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require Hugging Face Hub downloads to be pinned to a commit with `revision`',
      recommended: 'recommended',
    },
    messages: {
      missingRevision:
        "`{{name}}` downloads '{{repo}}' without a `revision`, so it follows the moving 'main' branch: a push to the model repository changes your predictions without a commit of yours. Pass the commit you tested: `{ revision: '<commit sha>' }`.",
      movingRevision:
        "`{{name}}` pins '{{repo}}' to '{{revision}}', a branch or tag that can move, so the model can change under the code. Use the commit hash it points to: `{ revision: '<commit sha>' }`.",
      defaultModel:
        '`{{name}}` names no model, so it loads the per-task default, which changes between library versions and follows its moving branch. Name the model and pin it: `{{name}}(task, owner/model, { revision: <commit sha> })`.',
    },
    schema: [],
  },
  create(context) {
    return {
      'Program:exit'() {
        const downloads = getHubDownloads(context);
        if (downloads.length === 0 || switchesOffHubDownloads(context)) return;
        for (const use of downloads) {
          const problem = judgeHubDownload(use, context.sourceCode);
          if (!problem) continue;
          const name = use.name;
          switch (problem.problem) {
            case 'missing-revision':
              context.report({ node: use.node, messageId: 'missingRevision', data: { name, repo: problem.repo } });
              break;
            case 'moving-revision':
              context.report({
                node: use.node,
                messageId: 'movingRevision',
                data: { name, repo: problem.repo, revision: problem.revision },
              });
              break;
            case 'default-model':
              context.report({ node: use.node, messageId: 'defaultModel', data: { name } });
          }
        }
      },
    };
  },
});
