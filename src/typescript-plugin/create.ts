// The language service proxy: TypeScript's own answers first, this package's findings and fixes appended, and any
// failure of ours logged and answered with TypeScript's result alone, so the plugin can never break the editor.
import type * as ts from 'typescript';
import { parsePluginOptions } from './config.js';
import { disableLineAction, messageSpan, mlDebtDiagnosticCode, toCodeFixActions, toDiagnostic } from './convert.js';
import { ProgramLinter } from './lint.js';

interface PluginLogger {
  info(message: string): void;
  error(message: string): void;
  verbose(message: string): void;
}

function createLogger(typescript: typeof ts, info: ts.server.PluginCreateInfo): PluginLogger {
  const logger = info.project.projectService.logger;
  return {
    info: (message) => logger.info(`[ml-debt] ${message}`),
    error: (message) => logger.msg(`[ml-debt] ${message}`, typescript.server.Msg.Err),
    verbose: (message) => {
      if (logger.hasLevel(typescript.server.LogLevel.verbose)) logger.info(`[ml-debt] ${message}`);
    },
  };
}

const describeError = (error: unknown): string => (error instanceof Error ? (error.stack ?? error.message) : String(error));

/**
 * Makes editors that ask for the code fixes TypeScript supports without naming a file (VS Code does) ask for ours:
 * since TypeScript 5.0 the list behind that request is only extended through the internal `codefix.registerCodeFix`.
 * The registration returns no actions; the proxy's getCodeFixesAtPosition supplies them.
 */
const registeredModules = new WeakSet<object>();
function registerDiagnosticCode(typescript: typeof ts, log: PluginLogger): void {
  if (registeredModules.has(typescript)) return;
  registeredModules.add(typescript);
  const codefix = (typescript as unknown as { codefix?: { registerCodeFix?: (registration: object) => void } }).codefix;
  try {
    if (typeof codefix?.registerCodeFix !== 'function') throw new Error('typescript.codefix.registerCodeFix is missing');
    codefix.registerCodeFix({ errorCodes: [mlDebtDiagnosticCode], getCodeActions: () => [] });
  } catch (error) {
    log.info(`quick fixes are offered only to editors that ask per file: ${describeError(error)}`);
  }
}

export function createLanguageServiceProxy(typescript: typeof ts, info: ts.server.PluginCreateInfo): ts.LanguageService {
  const log = createLogger(typescript, info);
  const languageService = info.languageService;
  const parsed = parsePluginOptions(info.config);
  if (!parsed.ok) {
    log.error(`invalid options in the tsconfig plugin entry, so the plugin is off for this project: ${parsed.error}`);
    return languageService;
  }
  const projectDirectory = info.project.getCurrentDirectory();
  const linter = new ProgramLinter(
    { typescript, languageService, languageServiceHost: info.languageServiceHost, projectDirectory, log },
    parsed.options,
  );
  const invalidRuleOptions = linter.checkRuleOptions();
  if (invalidRuleOptions !== undefined) {
    log.error(`invalid options in the tsconfig plugin entry, so the plugin is off for this project: ${invalidRuleOptions}`);
    return languageService;
  }
  registerDiagnosticCode(typescript, log);
  log.info(`loaded for ${info.project.getProjectName()} (rule set "${parsed.options.ruleSet}", TypeScript ${typescript.version})`);

  // A fresh object that forwards every method, rather than patching the language service other plugins share.
  const original = languageService as unknown as Record<string, unknown>;
  const proxy = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(original)) {
    const member = original[key];
    proxy[key] = typeof member === 'function' ? (member as (...args: unknown[]) => unknown).bind(languageService) : member;
  }
  const ours = proxy as unknown as ts.LanguageService;

  // An editor that no longer wants the answer (VS Code interrupts diagnostics when the user asks for completions)
  // gets the cancellation TypeScript's own checker would raise, before a lint it would discard.
  const throwIfCancelled = () => {
    if (info.languageServiceHost.getCancellationToken?.().isCancellationRequested()) {
      // tsserver recognises a cancellation by this class, which does not extend Error.
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      throw new typescript.OperationCanceledException();
    }
  };

  ours.getSemanticDiagnostics = (fileName) => {
    const prior = languageService.getSemanticDiagnostics(fileName);
    throwIfCancelled();
    try {
      const linted = linter.lint(fileName);
      if (!linted || linted.messages.length === 0) return prior;
      return [...prior, ...linted.messages.map((message) => toDiagnostic(typescript, linted.sourceFile, message))];
    } catch (error) {
      log.error(`linting ${fileName} failed; TypeScript's diagnostics are returned alone: ${describeError(error)}`);
      return prior;
    }
  };

  ours.getCodeFixesAtPosition = (fileName, start, end, errorCodes, formatOptions, preferences) => {
    const prior = languageService.getCodeFixesAtPosition(fileName, start, end, errorCodes, formatOptions, preferences);
    if (!errorCodes.includes(mlDebtDiagnosticCode)) return prior;
    try {
      const linted = linter.lint(fileName);
      if (!linted) return prior;
      const actions: ts.CodeFixAction[] = [];
      const disabled = new Set<string>();
      for (const message of linted.messages) {
        const span = messageSpan(linted.sourceFile, message);
        if (span.start > end || span.end < start) continue;
        actions.push(...toCodeFixActions(fileName, message));
        const ruleId = message.ruleId!;
        if (!disabled.has(`${ruleId}:${message.line}`)) {
          disabled.add(`${ruleId}:${message.line}`);
          actions.push(disableLineAction(linted.sourceFile, ruleId, message.line));
        }
      }
      return [...prior, ...actions];
    } catch (error) {
      log.error(`code fixes for ${fileName} failed; TypeScript's are returned alone: ${describeError(error)}`);
      return prior;
    }
  };

  ours.getSupportedCodeFixes = (fileName) => {
    const prior = languageService.getSupportedCodeFixes(fileName);
    return prior.includes(String(mlDebtDiagnosticCode)) ? prior : [...prior, String(mlDebtDiagnosticCode)];
  };

  return ours;
}
