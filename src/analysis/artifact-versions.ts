// Does a model path or URL name one version of the artifact, or whatever is there today? Judged on its known text;
// a part the file cannot determine may carry the version, so it is never held against the path.
import { browserStoreSchemes, modelHubHosts } from '../catalog/index.js';
import { MlDebtSettingsError } from './settings.js';
import { isFullyKnown, patternText } from './static-strings.js';
import type { StringPattern } from './static-strings.js';

/**
 * A path segment that carries a version: vN (v3, v1.2), semver-like (1.2, 1.2.3-rc.1), a date (2024-05-01), a commit
 * or content hash (7+ hex characters with a digit), or a segment that is only a number (models/churn/3/).
 * `pkg@1.2.3` matches through its semver.
 */
export const defaultVersionPattern =
  '(?:^|[^a-z0-9])(?:v\\d+(?:[._]\\d+)*|\\d+(?:\\.\\d+){1,3}(?:-[0-9a-z.]+)?|\\d{4}-\\d{2}-\\d{2}|(?=[a-f]*\\d)[0-9a-f]{7,})(?=$|[^a-z0-9])|^\\d+$';

/** Whole segments that name a moving target: a branch, or the newest release. */
const floatingSegments: ReadonlySet<string> = new Set(['latest', 'main', 'master', 'stable']);

/** What follows `pkg@` when it is not one pinned version: a dist-tag, a branch, or a range (1, 1.2, ^1.2.3, 1.x). */
const floatingPackageVersion = /^(?:latest|next|main|master|stable|[~^].*|\d+(?:\.\d+)?|[x*]|\d+(?:\.(?:\d+|[x*]))*\.[x*](?:\.(?:\d+|[x*]))*)$/iu;

export type PathVerdict =
  | { readonly verdict: 'versioned' }
  /** A part the file cannot determine could carry the version, or the path is not one the judgement covers. */
  | { readonly verdict: 'unknown' }
  /** A key in the browser's own storage or a download to the user's disk, not a deployed artifact. */
  | { readonly verdict: 'browser-store' }
  | { readonly verdict: 'floating'; readonly marker: string }
  | { readonly verdict: 'unversioned' }
  /** A TF Hub or Kaggle handle without its version number. */
  | { readonly verdict: 'unversioned-hub-handle'; readonly hub: string };

interface ParsedLocation {
  readonly host: string | undefined;
  readonly segments: readonly string[];
}

const hole = '\u0000';

function parseLocation(text: string): ParsedLocation {
  // A protocol-relative URL (//cdn.example.com/…) is fetched like the page: over http(s).
  const scheme = /^(?:[a-z][a-z0-9+.-]*:)?\/\//iu.exec(text);
  let rest = scheme ? text.slice(scheme[0].length) : text;
  let host: string | undefined;
  if (scheme && /^(?:https?:)?\/\/$/iu.test(scheme[0])) {
    const end = rest.search(/[/?#]/u);
    host = (end === -1 ? rest : rest.slice(0, end)).toLowerCase();
    rest = end === -1 ? '' : rest.slice(end);
  }
  const [pathPart = '', query = ''] = rest.split('#')[0].split('?');
  const segments = pathPart.split('/').filter((segment) => segment !== '' && segment !== '.' && segment !== '..');
  // A query value can carry the version too (model.json?v=3).
  for (const pair of query.split('&')) {
    const value = pair.split('=')[1];
    if (value) segments.push(value);
  }
  return { host, segments };
}

function floatingMarker(segments: readonly string[]): string | undefined {
  for (const segment of segments) {
    const lower = segment.toLowerCase();
    if (floatingSegments.has(lower)) return segment;
    const at = segment.lastIndexOf('@');
    if (at > 0 && floatingPackageVersion.test(segment.slice(at + 1))) {
      return segment.slice(at);
    }
    if (lower.split(/[-_.]/u).includes('latest')) return segment;
  }
  return undefined;
}

function hubOf(location: ParsedLocation): string | undefined {
  if (!location.host) return undefined;
  const host = location.host.replace(/:\d+$/u, '');
  const path = `/${location.segments.join('/')}/`;
  return modelHubHosts.find((hub) => hub.hosts.includes(host) && (!hub.pathPrefix || path.startsWith(hub.pathPrefix)))?.name;
}

export interface PathJudgement {
  /** Compiled from the rule's versionPattern option (default: defaultVersionPattern). */
  readonly versionPattern: RegExp;
  /** The call says the path is a TF Hub handle (loadGraphModel's fromTFHub: true). */
  readonly tfHubHandle?: boolean;
  /** Only remote URLs are judged (ArtifactFact.remoteOnly). */
  readonly remoteOnly?: boolean;
}

/** Whether the path or URL names a version of the artifact, a moving target, or nothing that pins it. */
export function judgeArtifactPath(pattern: StringPattern, judgement: PathJudgement): PathVerdict {
  const text = patternText(pattern, hole);
  if (browserStoreSchemes.some((scheme) => text.toLowerCase().startsWith(scheme))) return { verdict: 'browser-store' };
  if (/^(?:data|blob):/iu.test(text)) return { verdict: 'unknown' };
  const location = parseLocation(text);
  if (judgement.remoteOnly && location.host === undefined) return { verdict: 'unknown' };
  // A segment with a hole is judged on its known text only for floating markers: the hole may complete a version.
  const marker = floatingMarker(location.segments.map((segment) => segment.replaceAll(hole, '-')));
  if (marker) return { verdict: 'floating', marker: marker.replaceAll(hole, '…') };
  const hub = hubOf(location) ?? (judgement.tfHubHandle ? 'TF Hub' : undefined);
  if (hub) {
    if (location.segments.some((segment) => /^\d+$/u.test(segment))) return { verdict: 'versioned' };
    return isFullyKnown(pattern) ? { verdict: 'unversioned-hub-handle', hub } : { verdict: 'unknown' };
  }
  if (location.segments.some((segment) => judgement.versionPattern.test(segment))) return { verdict: 'versioned' };
  return isFullyKnown(pattern) ? { verdict: 'unversioned' } : { verdict: 'unknown' };
}

/**
 * Compiles a version pattern the way the rule applies it: per path segment, case-insensitively. A pattern that does
 * not compile is the user's configuration mistake: one line naming the option, not a trace.
 */
export function compileVersionPattern(source: string, optionName: string): RegExp {
  try {
    return new RegExp(source, 'iu');
  } catch (error) {
    throw new MlDebtSettingsError(`${optionName} is not a valid regular expression: ${(error as Error).message}.`);
  }
}
