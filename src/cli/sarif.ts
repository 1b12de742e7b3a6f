// The SARIF 2.1.0 report for GitHub code scanning and other SARIF consumers.
//
// Written here rather than taken from @microsoft/eslint-formatter-sarif, whose mapping it follows (a result per rule
// message with its region and rule metadata, rule-less messages as notifications, directive suppressions as
// `inSource`): that package depends on ESLint 8 at run time (microsoft/sarif-js-sdk#91), which would install a second,
// end-of-life ESLint with every copy of this plugin, and it writes absolute file URIs, names the tool "ESLint" and
// gives no fingerprints, so code scanning would tie alerts to the runner's checkout path and to line numbers.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ESLint, Linter, Rule } from 'eslint';

export interface SarifContext {
  /** The repository root (or the working directory outside git): artifact URIs are relative to it. */
  root: string;
  /** Metadata of every rule the run could report, by rule id. */
  rulesMeta: Record<string, Rule.RuleMetaData>;
  toolName: string;
  toolFullName: string;
  toolVersion: string;
  informationUri: string;
}

/** The key of the fingerprint in `partialFingerprints`; bump the version if the computation ever changes. */
export const fingerprintKey = 'mlDebtFindingHash/v1';

const srcRoot = '%SRCROOT%';
const lineBreak = /\r\n|[\r\n\u2028\u2029]/u;

/** The path relative to the root with forward slashes, each segment percent-encoded, as a relative URI. */
export function relativeUri(root: string, filePath: string): string {
  return path.relative(root, filePath).split(path.sep).map(encodeURIComponent).join('/');
}

function sourceOf(result: ESLint.LintResult): string {
  if (result.output !== undefined) return result.output;
  if (result.source !== undefined) return result.source;
  try {
    return readFileSync(result.filePath, 'utf8');
  } catch {
    return '';
  }
}

const normalise = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** The text between a message's start and end, in ESLint's 1-based lines and columns (end column exclusive). */
function flaggedText(lines: readonly string[], message: Linter.LintMessage): string {
  if (message.endLine === undefined || message.endColumn === undefined) return '';
  const first = message.line - 1;
  const last = message.endLine - 1;
  if (first === last) return (lines[first] ?? '').slice(message.column - 1, message.endColumn - 1);
  return [
    (lines[first] ?? '').slice(message.column - 1),
    ...lines.slice(first + 1, last),
    (lines[last] ?? '').slice(0, message.endColumn - 1),
  ].join('\n');
}

/**
 * Fingerprints that survive code moving: the rule, the file's repository-relative path, the flagged line and flagged
 * code with whitespace collapsed — never a line number — and, for identical findings in one file, their order.
 */
function fingerprintsFor(uri: string, source: string, messages: readonly Linter.LintMessage[]): string[] {
  const lines = source.split(lineBreak);
  const seen = new Map<string, number>();
  return messages.map((message) => {
    const key = [message.ruleId, uri, normalise(lines[message.line - 1] ?? ''), normalise(flaggedText(lines, message))].join(
      '\0',
    );
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return `${createHash('sha256').update(key).digest('hex')}:${occurrence}`;
  });
}

const levelOf = (message: Linter.LintMessage): 'error' | 'warning' =>
  message.fatal === true || message.severity === 2 ? 'error' : 'warning';

function locationOf(uri: string, message: Linter.LintMessage) {
  const region: Record<string, number> = { startLine: message.line, startColumn: message.column };
  if (message.endLine !== undefined) region.endLine = message.endLine;
  if (message.endColumn !== undefined) region.endColumn = message.endColumn;
  return { physicalLocation: { artifactLocation: { uri, uriBaseId: srcRoot }, region } };
}

function ruleDescriptor(id: string, meta: Rule.RuleMetaData) {
  const description = meta.docs?.description ?? id;
  const url = meta.docs?.url;
  return {
    id,
    shortDescription: { text: description },
    fullDescription: { text: description },
    ...(url !== undefined && {
      helpUri: url,
      help: { text: `${description}. See ${url}`, markdown: `${description}. [Read more](${url}).` },
    }),
    properties: { tags: ['ml-debt', ...(meta.type ? [meta.type] : [])] },
  };
}

/** The SARIF log object for the results; serialise with JSON.stringify. */
export function toSarif(results: readonly ESLint.LintResult[], context: SarifContext) {
  const ruleIds = Object.keys(context.rulesMeta).sort();
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
  const sarifResults: object[] = [];
  const notifications: object[] = [];

  for (const result of results) {
    const uri = relativeUri(context.root, result.filePath);
    const ruled = [...result.messages, ...result.suppressedMessages].filter(({ ruleId }) => ruleId !== null);
    const fingerprints = fingerprintsFor(uri, ruled.length > 0 ? sourceOf(result) : '', ruled);
    ruled.forEach((message, index) => {
      const ruleId = message.ruleId!;
      const suppressions = 'suppressions' in message ? (message as Linter.SuppressedLintMessage).suppressions : undefined;
      sarifResults.push({
        ruleId,
        ...(ruleIndex.has(ruleId) && { ruleIndex: ruleIndex.get(ruleId) }),
        level: levelOf(message),
        message: { text: message.message },
        locations: [locationOf(uri, message)],
        partialFingerprints: { [fingerprintKey]: fingerprints[index] },
        ...(suppressions && {
          suppressions: suppressions.map(({ kind, justification }) => ({
            kind: kind === 'directive' ? 'inSource' : 'external',
            ...(justification && { justification }),
          })),
        }),
      });
    });
    // Messages without a rule are ESLint's own (a file that does not parse): notifications, as in the Microsoft
    // formatter, so they show as tool diagnostics rather than alerts; execution ones, since the file failed, not a setting.
    for (const message of result.messages.filter(({ ruleId }) => ruleId === null)) {
      notifications.push({ level: levelOf(message), message: { text: message.message }, locations: [locationOf(uri, message)] });
    }
  }

  return {
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: context.toolName,
            fullName: context.toolFullName,
            version: context.toolVersion,
            semanticVersion: context.toolVersion,
            informationUri: context.informationUri,
            rules: ruleIds.map((id) => ruleDescriptor(id, context.rulesMeta[id])),
          },
        },
        // A base URI ends with a slash, so relative artifact URIs resolve under it, not beside it.
        originalUriBaseIds: { [srcRoot]: { uri: `${pathToFileURL(context.root).href.replace(/\/?$/u, '/')}` } },
        // ESLint counts columns in UTF-16 code units, as JavaScript strings do.
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
        invocations: [
          {
            // The run finished; files that did not parse are reported as notifications and make the exit code 1.
            executionSuccessful: true,
            ...(notifications.length > 0 && { toolExecutionNotifications: notifications }),
          },
        ],
      },
    ],
  };
}
