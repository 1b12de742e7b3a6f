// The ml-debt command: parses the arguments, lints with the embedded config, prints the report, picks the exit code.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ESLint as ESLintType } from 'eslint';
import { version } from '../package-info.js';

/** Where the command runs and writes; bin.ts passes the process's own, tests their own. */
export interface Io {
  cwd: string;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

const usage = `Usage: ml-debt [options] [paths...]

Lints JavaScript and TypeScript files under the given files or directories (default: .) with the
recommended rules of eslint-plugin-ml-debt. No eslint.config file is needed or read.

Options:
  --format <name>       Report format: stylish (default) or json
  --fix                 Apply automatic fixes to the files
  --max-warnings <n>    Exit with 1 when more than n warnings are reported
  -h, --help            Show this help
  -v, --version         Show the version

Exit codes: 0 no problems, 1 errors (or too many warnings), 2 usage error or failure.
`;

const formats = ['stylish', 'json'] as const;
type Format = (typeof formats)[number];

const options = {
  format: { type: 'string', default: 'stylish' },
  fix: { type: 'boolean', default: false },
  'max-warnings': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

const isOwnRule = (ruleId: string): boolean => ruleId.startsWith('ml-debt/');

/** A mistake in the command line: the message is all the user needs, plus a pointer to --help. */
class UsageError extends Error {}

interface Command {
  paths: string[];
  format: Format;
  fix: boolean;
  maxWarnings: number | undefined;
  help: boolean;
  version: boolean;
}

function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs only throws for the command line's own mistakes (unknown option, missing value, …).
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (!(formats as readonly string[]).includes(values.format)) {
    throw new UsageError(`--format must be one of ${formats.join(', ')}; got "${values.format}".`);
  }
  return {
    paths: positionals.length > 0 ? positionals : ['.'],
    format: values.format as Format,
    fix: values.fix,
    maxWarnings: parseMaxWarnings(values['max-warnings']),
    help: values.help,
    version: values.version,
  };
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings must be a non-negative integer; got "${value}".`);
  return Number(value);
}

async function lint(command: Command, io: Io): Promise<number> {
  // ESLint skips both silently here (errorOnUnmatchedPattern and warnIgnored are off), so CI would pass on a typo.
  for (const file of command.paths) {
    const absolute = path.resolve(io.cwd, file);
    if (!existsSync(absolute)) throw new UsageError(`no such file or directory: ${file}`);
    const relative = path.relative(io.cwd, absolute);
    if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
      throw new UsageError(`${file} is outside the working directory; run ml-debt from a directory that contains it`);
    }
  }

  // Loaded here, not at the top: TypeScript alone takes most of a second, which --help and a typo should not wait for.
  const [{ ESLint }, { createCliConfig }] = await Promise.all([import('eslint'), import('./config.js')]);
  const eslint = new ESLint({
    cwd: io.cwd,
    overrideConfigFile: true,
    overrideConfig: createCliConfig(),
    fix: command.fix,
    // An `/* eslint semi: "error" */` comment must not make this command report or fix style.
    ruleFilter: ({ ruleId }) => isOwnRule(ruleId),
    // A directory with no JS or TS in it (a pre-commit run on other files) is clean, not a failure.
    errorOnUnmatchedPattern: false,
    // Pre-commit hooks pass every staged file; a bundle or vendored file among them is skipped, not a warning.
    warnIgnored: false,
  });
  const results = (await eslint.lintFiles(command.paths)).map(withoutForeignRules);
  if (command.fix) await ESLint.outputFixes(results);

  const errorCount = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warningCount = results.reduce((sum, result) => sum + result.warningCount, 0);
  const { maxWarnings } = command;
  const maxWarningsExceeded =
    maxWarnings !== undefined && warningCount > maxWarnings ? { maxWarnings, foundWarnings: warningCount } : undefined;

  const formatter = await eslint.loadFormatter(command.format);
  const output = await formatter.format(results, { maxWarningsExceeded });
  if (output) io.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
  if (maxWarningsExceeded && errorCount === 0) {
    io.stderr.write(`ml-debt: ${warningCount} warnings, more than the maximum of ${maxWarnings}.\n`);
  }
  return errorCount > 0 || maxWarningsExceeded ? 1 : 0;
}

/**
 * Drops ESLint's "Definition for rule '…' was not found" for directives aimed at other plugins' rules, which a
 * project's own eslint.config loads but this command does not; problems without a rule (parse errors) stay.
 */
function withoutForeignRules(result: ESLintType.LintResult): ESLintType.LintResult {
  const messages = result.messages.filter(({ ruleId }) => ruleId === null || isOwnRule(ruleId));
  if (messages.length === result.messages.length) return result;
  const count = (severity: number, fixable = false): number =>
    messages.filter((message) => message.severity === severity && (!fixable || message.fix !== undefined)).length;
  return {
    ...result,
    messages,
    errorCount: count(2),
    fatalErrorCount: messages.filter((message) => message.fatal === true).length,
    warningCount: count(1),
    fixableErrorCount: count(2, true),
    fixableWarningCount: count(1, true),
  };
}

/** ESLint appends the file and rule to a rule's error on new lines; CI logs and pre-commit want one line. */
function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('; ');
}

/** Runs the command and returns its exit code; it never throws, so bin.ts only has to set process.exitCode. */
export async function run(
  argv: readonly string[],
  io: Io = { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  try {
    const command = parseCommand(argv);
    if (command.help) {
      io.stdout.write(usage);
      return 0;
    }
    if (command.version) {
      io.stdout.write(`${version}\n`);
      return 0;
    }
    return await lint(command, io);
  } catch (error) {
    const hint = error instanceof UsageError ? ' (see ml-debt --help)' : '';
    io.stderr.write(`ml-debt: ${oneLine(error)}${hint}\n`);
    return 2;
  }
}
