// The ml-debt command: picks the files, lints them with the embedded (or the project's) config, prints the report in
// the chosen format, and picks the exit code.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ESLint as ESLintType, Linter } from 'eslint';
import { version } from '../package-info.js';
import type { Command } from './arguments.js';
import { parseCommand, usage, UsageError } from './arguments.js';
import { isWithin, keepLintable, listFilesUnder } from './files.js';
import { findRepositoryRoot, listChangedFiles, readStagedFiles } from './git.js';
import type { Progress, ProgressStream } from './progress.js';
import { createProgress } from './progress.js';

/** Where the command runs and writes; bin.ts passes the process's own, tests their own. */
export interface Io {
  cwd: string;
  stdout: { write(text: string): unknown };
  /** Errors, and progress when it is a terminal. */
  stderr: ProgressStream;
  /** Read for CI (no progress); the process's environment when not given. */
  env?: NodeJS.ProcessEnv;
}

const isOwnRule = (ruleId: string): boolean => ruleId.startsWith('ml-debt/');

// ESLint's own default ignores; with the project's config nothing else can be assumed away.
const alwaysSkippedDirectories = ['.git', 'node_modules'];

/** The given paths, absolute, after checking each exists inside the working directory. */
function resolvePaths(command: Command, cwd: string): string[] {
  // ESLint skips both silently (errorOnUnmatchedPattern and warnIgnored are off), so CI would pass on a typo.
  return command.paths.map((file) => {
    const absolute = path.resolve(cwd, file);
    if (!existsSync(absolute)) throw new UsageError(`no such file or directory: ${file}`);
    if (!isWithin(absolute, cwd)) {
      throw new UsageError(`${file} is outside the working directory; run ml-debt from a directory that contains it`);
    }
    return absolute;
  });
}

/** Lints files in steps, so progress can move; a step grows with the run to keep ESLint's per-call cost small. */
async function lintFilesInSteps(eslint: ESLintType, files: readonly string[], progress: Progress) {
  const results: ESLintType.LintResult[] = [];
  const step = Math.max(1, Math.min(50, Math.ceil(files.length / 100)));
  progress.start(files.length);
  for (let start = 0; start < files.length; start += step) {
    const batch = files.slice(start, start + step);
    results.push(...(await eslint.lintFiles(batch)));
    progress.advance(batch.length);
  }
  return results;
}

async function lintStaged(eslint: ESLintType, cwd: string, scopes: readonly string[], progress: Progress) {
  const staged = (await readStagedFiles(cwd)).filter(({ filePath }) => scopes.some((scope) => isWithin(filePath, scope)));
  const lintable = new Set(await keepLintable(eslint, staged.map(({ filePath }) => filePath)));
  const results: ESLintType.LintResult[] = [];
  progress.start(lintable.size);
  for (const { filePath, text } of staged) {
    if (!lintable.has(filePath)) continue;
    // The index content under the file's own path, so the config, ignores and settings globs apply as to the file.
    results.push(...(await eslint.lintText(text, { filePath, warnIgnored: false })));
    progress.advance(1);
  }
  return results;
}

async function createEslint(command: Command, cwd: string): Promise<ESLintType> {
  // Loaded here, not at the top: TypeScript alone takes most of a second, which --help and a typo should not wait for.
  const [{ ESLint }, { checkRuleOverrides, createCliConfig, ruleOverridesConfig }] = await Promise.all([
    import('eslint'),
    import('./config.js'),
  ]);
  checkRuleOverrides(command.rules, command.useEslintConfig ? undefined : command.typeAware);
  const configOptions: ESLintType.Options = command.useEslintConfig
    ? {
        overrideConfig: [
          // The project's other rules do not run here, so its directives for them would all look unused.
          { name: 'ml-debt/cli/linter-options', linterOptions: { reportUnusedDisableDirectives: 'off' } },
          ...ruleOverridesConfig(command.rules),
        ] satisfies Linter.Config[],
      }
    : {
        overrideConfigFile: true,
        overrideConfig: createCliConfig({
          config: command.config ?? 'recommended',
          typeAware: command.typeAware,
          tsconfigRootDir: cwd,
          rules: command.rules,
        }),
      };
  return new ESLint({
    cwd,
    ...configOptions,
    ignorePatterns: command.ignorePatterns,
    fix: command.fix,
    // Only ml-debt rules run, with the project's config too: an `/* eslint semi: "error" */` comment, or the
    // project's other rules, must not make this command report or fix style.
    ruleFilter: ({ ruleId }) => isOwnRule(ruleId),
    // A directory with no JS or TS in it (a pre-commit run on other files) is clean, not a failure.
    errorOnUnmatchedPattern: false,
    // Pre-commit hooks pass every staged file; a bundle or vendored file among them is skipped, not a warning.
    warnIgnored: false,
  });
}

async function lint(command: Command, io: Io): Promise<number> {
  const scopes = resolvePaths(command, io.cwd);
  const eslint = await createEslint(command, io.cwd);
  const progress = createProgress(io.stderr, io.env ?? process.env);

  let results: ESLintType.LintResult[];
  try {
    const { selection } = command;
    if (selection.kind === 'staged') {
      results = await lintStaged(eslint, io.cwd, scopes, progress);
    } else {
      const candidates =
        selection.kind === 'changed'
          ? (await listChangedFiles(io.cwd, selection.ref)).filter(
              (file) => scopes.some((scope) => isWithin(file, scope)) && existsSync(file),
            )
          : await listFilesUnder(scopes, await skippedDirectories(command));
      results = await lintFilesInSteps(eslint, await keepLintable(eslint, candidates), progress);
    }
  } finally {
    progress.finish();
  }
  results = results.map(withoutForeignRules);
  if (command.fix) await (await import('eslint')).ESLint.outputFixes(results);

  const errorCount = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warningCount = results.reduce((sum, result) => sum + result.warningCount, 0);
  const { maxWarnings } = command;
  const maxWarningsExceeded =
    maxWarnings !== undefined && warningCount > maxWarnings ? { maxWarnings, foundWarnings: warningCount } : undefined;

  const { formatters } = await import('./formats.js');
  const needsRoot = command.format === 'sarif' || command.format === 'github';
  const root = needsRoot ? ((await findRepositoryRoot(io.cwd)) ?? io.cwd) : io.cwd;
  const output = await formatters[command.format](results, { eslint, root, maxWarningsExceeded });
  if (output) io.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
  if (maxWarningsExceeded && errorCount === 0) {
    io.stderr.write(`ml-debt: ${warningCount} warnings, more than the maximum of ${maxWarnings}.\n`);
  }
  return errorCount > 0 || maxWarningsExceeded ? 1 : 0;
}

/** Directories never worth walking: ESLint's defaults, plus, with the embedded config, those it ignores whole. */
async function skippedDirectories(command: Command): Promise<Set<string>> {
  if (command.useEslintConfig) return new Set(alwaysSkippedDirectories);
  const { ignoredFiles } = await import('./config.js');
  const wholeDirectories = ignoredFiles.flatMap((pattern) => /^\*\*\/([^*/{}]+)\/\*\*$/u.exec(pattern)?.[1] ?? []);
  return new Set([...alwaysSkippedDirectories, ...wholeDirectories]);
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
  io: Io = { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, env: process.env },
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
