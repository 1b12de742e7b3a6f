// Runs this package's rules through ESLint's Linter and typescript-eslint's parser on the language service's own
// Program (no second Program, so type-aware rules work), once per file version.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as parser from '@typescript-eslint/parser';
import type { ESLint } from 'eslint';
import { Linter } from 'eslint';
import type * as ts from 'typescript';
import plugin from '../index.js';
import type { PluginOptions } from './config.js';
import { resolveRules } from './config.js';
import { isTestThrowEnabled, testThrowVariable } from './environment.js';

const lintedFiles = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts', '**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'];

const throwingPlugin: ESLint.Plugin = {
  rules: {
    throws: {
      create() {
        throw new Error(`${testThrowVariable} is set: this rule throws on purpose`);
      },
    },
  },
};

/**
 * The version of the `typescript` that typescript-eslint's parser loads. It must be the version tsserver runs:
 * the parser reads the Program's syntax trees with its own SyntaxKind numbers.
 */
function parserTypeScriptVersion(): string | undefined {
  try {
    const fromParser = createRequire(require.resolve('@typescript-eslint/parser'));
    const fromEstree = createRequire(fromParser.resolve('@typescript-eslint/typescript-estree'));
    const manifest = JSON.parse(readFileSync(fromEstree.resolve('typescript/package.json'), 'utf8')) as { version: string };
    return manifest.version;
  } catch {
    return undefined;
  }
}

interface CachedLint {
  version: string;
  /** Only when type-aware: another file's edit changes this file's types, and so its findings. */
  program: ts.Program | undefined;
  messages: readonly Linter.LintMessage[];
}

export interface LintedFile {
  sourceFile: ts.SourceFile;
  messages: readonly Linter.LintMessage[];
}

export interface ProgramLinterHost {
  typescript: typeof ts;
  languageService: ts.LanguageService;
  languageServiceHost: ts.LanguageServiceHost;
  /** The project's directory: ESLint's working directory, so settings globs match as in eslint.config. */
  projectDirectory: string;
  log: { info(message: string): void; verbose(message: string): void };
}

export class ProgramLinter {
  /** False when tsserver's TypeScript differs from the parser's: then only rules that need no types run. */
  readonly typed: boolean;
  private readonly config: Linter.Config;
  private readonly linters = new Map<string, Linter>();
  private readonly cache = new Map<string, CachedLint>();

  constructor(
    private readonly host: ProgramLinterHost,
    options: PluginOptions,
  ) {
    const parserVersion = parserTypeScriptVersion();
    this.typed = parserVersion === host.typescript.version;
    if (!this.typed) {
      host.log.info(
        `tsserver runs TypeScript ${host.typescript.version} but @typescript-eslint/parser loads ${parserVersion ?? 'no TypeScript'}; ` +
          'running only the rules that need no type information. Select the workspace TypeScript version in your editor.',
      );
    }
    const testThrow = isTestThrowEnabled();
    this.config = {
      files: lintedFiles,
      plugins: { 'ml-debt': plugin as unknown as ESLint.Plugin, ...(testThrow && { 'ml-debt-test': throwingPlugin }) },
      linterOptions: { reportUnusedDisableDirectives: 'off' },
      settings: { 'ml-debt': options.settings },
      rules: { ...(resolveRules(options, { typed: this.typed }) as Linter.RulesRecord), ...(testThrow && { 'ml-debt-test/throws': 'error' }) },
    };
  }

  /**
   * ESLint's verdict on the rules' options (`["warn", { … }]` in the tsconfig entry), or undefined when they are valid.
   * ESLint validates them before it parses, and reports a parser's failure as a message, so a parser that always fails
   * proves them valid without running a rule.
   */
  checkRuleOptions(): string | undefined {
    const failingParser: Linter.Parser = {
      parseForESLint() {
        throw new Error('not parsed: only the options are checked');
      },
    };
    const filename = path.join(this.host.projectDirectory, 'ml-debt-options-check.ts');
    try {
      this.linterFor(filename).verify('', [{ ...this.config, languageOptions: { parser: failingParser } }], { filename });
      return undefined;
    } catch (error) {
      return (error as Error).message.replace(/\s+/gu, ' ').trim();
    }
  }

  /** This package's findings in the file, or undefined for files it does not lint (declarations, libraries). */
  lint(fileName: string): LintedFile | undefined {
    const program = this.host.languageService.getProgram();
    const sourceFile = program?.getSourceFile(fileName);
    if (!program || !sourceFile || sourceFile.isDeclarationFile || program.isSourceFileFromExternalLibrary(sourceFile)) {
      return undefined;
    }
    const version = this.host.languageServiceHost.getScriptVersion(fileName);
    const cached = this.cache.get(fileName);
    const programKey = this.typed ? program : undefined;
    if (cached?.version === version && cached.program === programKey) return { sourceFile, messages: cached.messages };

    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const messages = this.verify(sourceFile, program);
    // CPU time beside wall time: on a busy machine the two differ, and only the first is this plugin's work.
    const cpu = process.cpuUsage(cpuStarted);
    this.host.log.verbose(
      `linted ${fileName} (version ${version}) in ${(performance.now() - started).toFixed(1)} ms (CPU ${((cpu.user + cpu.system) / 1000).toFixed(1)} ms)`,
    );
    this.cache.set(fileName, { version, program: programKey, messages });
    return { sourceFile, messages };
  }

  private verify(sourceFile: ts.SourceFile, program: ts.Program): Linter.LintMessage[] {
    const fileName = sourceFile.fileName;
    const parserOptions = this.typed
      ? { programs: [program], tsconfigRootDir: this.host.projectDirectory }
      : { tsconfigRootDir: this.host.projectDirectory };
    const config: Linter.Config = { ...this.config, languageOptions: { parser, parserOptions } };
    const messages = this.linterFor(fileName).verify(sourceFile.text, [config], { filename: fileName });
    // Parse errors are TypeScript's to report; other rules enabled by inline comments are ESLint's.
    return messages.filter((message) => message.ruleId?.startsWith('ml-debt/') === true && !message.fatal);
  }

  /**
   * ESLint lints only files under its working directory. A file outside the project gets its own folder, so settings
   * globs (testFiles, featureSchemaFiles) see its name rather than every folder above it.
   */
  private linterFor(fileName: string): Linter {
    const relative = path.relative(this.host.projectDirectory, fileName);
    const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
    const cwd = inside ? this.host.projectDirectory : path.dirname(fileName);
    let linter = this.linters.get(cwd);
    if (!linter) {
      linter = new Linter({ cwd });
      this.linters.set(cwd, linter);
    }
    return linter;
  }
}
