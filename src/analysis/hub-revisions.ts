// Is a Hugging Face Hub download pinned to a commit? A missing revision is the moving branch 'main'; a branch or tag
// name moves too. Local paths, non-literal values and modules that switch hub downloads off are not judged.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { ArtifactFact } from '../catalog/index.js';
import type { ArtifactUse } from './artifact-references.js';
import { getLibraryArtifactUses, locateSlot } from './artifact-references.js';
import { getLibraryReferences } from './library-references.js';
import { isFullyKnown, isHole, patternText, resolveStringPattern } from './static-strings.js';
import { findOption, followConsts, isUndefinedLiteral, resolveStaticValue } from './static-values.js';

type Scope = TSESLint.Scope.Scope;
type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** A commit id, full or abbreviated: at least 7 hex characters (Bandit B615's test). */
export function isCommitHash(revision: string): boolean {
  return /^[0-9a-f]{7,40}$/iu.test(revision);
}

/** './x', '../x', '/x', '~/x', 'file:…', 'C:\\x': a model on disk, which no revision applies to. */
export function isLocalModelPath(id: string): boolean {
  return /^(?:\.{1,2}[/\\]|[/\\~]|file:|[a-z]:[/\\])/iu.test(id);
}

export type HubDownloadProblem =
  | { readonly problem: 'missing-revision'; readonly repo: string }
  | { readonly problem: 'moving-revision'; readonly repo: string; readonly revision: string }
  | { readonly problem: 'default-model' };

/** The repository a download names, as far as it is known ('owner/…' when the rest is computed). */
function repositoryOf(value: TSESTree.Node, fact: ArtifactFact, scope: Scope): string | undefined {
  let node = value;
  const objectName = fact.hub?.repoObjectName;
  if (objectName && followConsts(value, scope).type === 'ObjectExpression') {
    const name = findOption(value, objectName, scope);
    if (name.state !== 'present') return undefined;
    node = name.value;
  }
  const pattern = resolveStringPattern(node, scope);
  // A repository whose start is computed may be a local directory.
  if (!pattern || pattern.parts.length === 0 || isHole(pattern.parts[0])) return undefined;
  const id = patternText(pattern, '…');
  if (isLocalModelPath(id) || id.includes('://')) return undefined;
  return isFullyKnown(pattern) || id.includes('/') ? id : undefined;
}

function isLiteralTrue(node: TSESTree.Node | 'missing' | 'unknown', scope: Scope): boolean {
  return typeof node === 'object' && resolveStaticValue(node, scope)?.value === true;
}

/** Why a hub download is not pinned, or undefined when it is pinned, local, or cannot be judged. */
export function judgeHubDownload(use: ArtifactUse, sourceCode: Readonly<TSESLint.SourceCode>): HubDownloadProblem | undefined {
  const { fact, node } = use;
  const hub = fact.hub;
  if (!hub || (node.type !== 'CallExpression' && node.type !== 'NewExpression')) return undefined;
  const scope = sourceCode.getScope(node);
  if (use.value === 'unknown') return undefined;
  if (use.value === 'missing' || isUndefinedLiteral(use.value, scope) || (use.value.type === 'Literal' && use.value.value === null)) {
    return hub.defaultModelWhenMissing ? { problem: 'default-model' } : undefined;
  }
  const repo = repositoryOf(use.value, fact, scope);
  if (repo === undefined) return undefined;
  if (hub.localFilesOnly && isLiteralTrue(locateSlot(node, hub.localFilesOnly, scope), scope)) return undefined;
  const revision = locateSlot(node, hub.revision, scope);
  if (revision === 'unknown') return undefined;
  if (revision === 'missing' || isUndefinedLiteral(revision, scope)) return { problem: 'missing-revision', repo };
  const value = resolveStaticValue(revision, scope);
  // A revision computed at run time gets the benefit of the doubt.
  if (typeof value?.value !== 'string') return undefined;
  return isCommitHash(value.value) ? undefined : { problem: 'moving-revision', repo, revision: value.value };
}

const switchedOffCache = new WeakMap<TSESTree.Program, boolean>();

/** Whether the module sets a hub-download switch to false (`env.allowRemoteModels = false`). */
export function switchesOffHubDownloads(context: Context): boolean {
  const { sourceCode } = context;
  let switchedOff = switchedOffCache.get(sourceCode.ast);
  if (switchedOff === undefined) {
    switchedOff = getLibraryReferences(sourceCode).some(({ node, api }) => {
      const parent = node.parent;
      return (
        api.hubDownloadSwitch === true &&
        parent?.type === 'AssignmentExpression' &&
        parent.left === node &&
        resolveStaticValue(parent.right, sourceCode.getScope(parent))?.value === false
      );
    });
    switchedOffCache.set(sourceCode.ast, switchedOff);
  }
  return switchedOff;
}

/** The file's hub downloads (pipeline, from_pretrained, @huggingface/hub helpers). */
export function getHubDownloads(context: Context): readonly ArtifactUse[] {
  return getLibraryArtifactUses(context).filter((use) => use.fact.naming === 'hub-repo');
}
