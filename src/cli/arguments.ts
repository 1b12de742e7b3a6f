// The command line of ml-debt: its usage text, its options, and their parsing into a Command (no ESLint loaded here).
import { parseArgs } from 'node:util';

/** A mistake in the command line or the repository state it asks for: the message is all the user needs. */
export class UsageError extends Error {}

export const formats = ['stylish', 'json', 'sarif', 'github'] as const;
export type Format = (typeof formats)[number];

export const embeddedConfigs = ['recommended', 'strict', 'all'] as const;
export type EmbeddedConfig = (typeof embeddedConfigs)[number];

const severities = { off: 'off', warn: 'warn', error: 'error', '0': 'off', '1': 'warn', '2': 'error' } as const;
export type Severity = (typeof severities)[keyof typeof severities];

/** `--rule no-unseeded-random:warn`, with the id normalised to `ml-debt/…`; whether the rule exists is checked later. */
export interface RuleOverride {
  id: string;
  severity: Severity;
}

/** Which files to lint: those under the paths, the staged ones, or the ones changed since a git ref. */
export type FileSelection = { kind: 'paths' } | { kind: 'staged' } | { kind: 'changed'; ref: string };

export interface Command {
  paths: string[];
  selection: FileSelection;
  format: Format;
  fix: boolean;
  maxWarnings: number | undefined;
  /** Undefined when not given, so --use-eslint-config can reject it rather than ignore it. */
  config: EmbeddedConfig | undefined;
  typeAware: boolean;
  rules: RuleOverride[];
  ignorePatterns: string[];
  useEslintConfig: boolean;
  help: boolean;
  version: boolean;
}

export const usage = `Usage: ml-debt [options] [paths...]

Lints the JavaScript and TypeScript files (.js .mjs .cjs .jsx .ts .mts .cts .tsx) under the given files or
directories (default: .) with the rules of eslint-plugin-ml-debt. No eslint.config file is needed or read.
Skipped: node_modules, dist, build, coverage, framework caches and Python virtualenvs (.next, .venv, …),
minified and bundled files (*.min.js, *.bundle.js, *.chunk.js) and type declarations (*.d.ts).

Which files:
  --staged              Lint the files staged in git (added, copied, modified or renamed), as they are in the
                        index, not in the working tree: for pre-commit hooks. Paths narrow the selection.
  --changed <ref>       Lint the files changed since <ref>: committed since the merge base of <ref> and HEAD,
                        plus staged, unstaged and untracked (not ignored) changes; deleted files are left out.
                        For pull requests: --changed origin/main. Needs the history back to the merge base.
  --ignore-pattern <p>  Skip files matching the glob <p>, relative to the working directory (repeatable)

Which rules:
  --config <name>       recommended (default), strict or all
  --type-aware          Also run the rules that need type information, and let every rule use types:
                        TypeScript files are parsed with typescript-eslint's project service, each with its
                        nearest tsconfig.json (a .ts file outside every tsconfig is a parsing error);
                        JavaScript files are linted without types
  --rule <id>:<level>   Set a rule's level: off, warn or error (or 0, 1, 2), e.g. --rule
                        no-unseeded-random:warn (repeatable)
  --use-eslint-config   Lint with the project's own eslint.config file (its files, ignores, parsers, settings and
                        rule levels) instead of the embedded config; only ml-debt rules run and report

Output:
  --format <name>       stylish (default), json, sarif (SARIF 2.1.0, for GitHub code scanning) or github
                        (GitHub Actions workflow annotations)
  --max-warnings <n>    Exit with 1 when more than n warnings are reported
  --fix                 Apply automatic fixes to the files (not with --staged)
  -h, --help            Show this help
  -v, --version         Show the version

Progress (files done of total) goes to stderr on a terminal, never when CI is set or stderr is not a TTY.

Exit codes:
  0  no errors, and no more warnings than --max-warnings
  1  errors (including files that do not parse), or more warnings than --max-warnings
  2  a usage error, a bad config, a git failure or an internal error: one "ml-debt: …" line on stderr
`;

const options = {
  format: { type: 'string', default: 'stylish' },
  fix: { type: 'boolean', default: false },
  'max-warnings': { type: 'string' },
  staged: { type: 'boolean', default: false },
  changed: { type: 'string' },
  config: { type: 'string' },
  'type-aware': { type: 'boolean', default: false },
  rule: { type: 'string', multiple: true, default: [] as string[] },
  'ignore-pattern': { type: 'string', multiple: true, default: [] as string[] },
  'use-eslint-config': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

function oneOf<T extends string>(flag: string, allowed: readonly T[], value: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')}; got "${value}".`);
  }
  return value as T;
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings must be a non-negative integer; got "${value}".`);
  return Number(value);
}

function parseRuleOverride(value: string): RuleOverride {
  const separator = value.lastIndexOf(':');
  const id = value.slice(0, separator).trim();
  const level = value.slice(separator + 1).trim();
  if (separator < 0 || id === '' || !Object.hasOwn(severities, level)) {
    throw new UsageError(`--rule takes <rule-id>:<off|warn|error>, e.g. no-unseeded-random:warn; got "${value}".`);
  }
  return { id: id.startsWith('ml-debt/') ? id : `ml-debt/${id}`, severity: severities[level as keyof typeof severities] };
}

function parseSelection(staged: boolean, changed: string | undefined): FileSelection {
  if (staged && changed !== undefined) throw new UsageError('--staged and --changed cannot be combined.');
  if (staged) return { kind: 'staged' };
  if (changed === undefined) return { kind: 'paths' };
  // A ref that starts with a dash would reach git as an option.
  if (changed === '' || changed.startsWith('-')) throw new UsageError(`--changed needs a git ref; got "${changed}".`);
  return { kind: 'changed', ref: changed };
}

export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs only throws for the command line's own mistakes (unknown option, missing value, …).
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const command: Command = {
    paths: positionals.length > 0 ? positionals : ['.'],
    selection: parseSelection(values.staged, values.changed),
    format: oneOf('--format', formats, values.format),
    fix: values.fix,
    maxWarnings: parseMaxWarnings(values['max-warnings']),
    config: values.config === undefined ? undefined : oneOf('--config', embeddedConfigs, values.config),
    typeAware: values['type-aware'],
    rules: values.rule.map(parseRuleOverride),
    ignorePatterns: values['ignore-pattern'],
    useEslintConfig: values['use-eslint-config'],
    help: values.help,
    version: values.version,
  };
  if (command.fix && command.selection.kind === 'staged') {
    throw new UsageError('--fix cannot be combined with --staged: the staged content is not a file it could write.');
  }
  if (command.useEslintConfig && command.config !== undefined) {
    throw new UsageError('--config chooses rules of the embedded config; with --use-eslint-config your eslint.config does.');
  }
  if (command.useEslintConfig && command.typeAware) {
    throw new UsageError('--type-aware sets up the embedded config; with --use-eslint-config your eslint.config sets the parser.');
  }
  const emptyPattern = command.ignorePatterns.find((pattern) => pattern.trim() === '');
  if (emptyPattern !== undefined) throw new UsageError('--ignore-pattern needs a glob; got "".');
  return command;
}
