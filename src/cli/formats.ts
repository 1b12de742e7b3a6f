// How each --format turns lint results into the text the command prints: ESLint's own formatters for stylish and json,
// ours for sarif and github.
import type { ESLint, Rule } from 'eslint';
import { rules } from '../../rules/index.js';
import { repositoryUrl } from '../create-rule.js';
import { name, version } from '../package-info.js';
import type { Format } from './arguments.js';
import { toGithubAnnotations } from './github.js';
import { toSarif } from './sarif.js';

export interface FormatContext {
  eslint: ESLint;
  /** Paths in sarif and github output are relative to it: the repository root, or the working directory. */
  root: string;
  maxWarningsExceeded: { maxWarnings: number; foundWarnings: number } | undefined;
}

type Formatter = (results: ESLint.LintResult[], context: FormatContext) => string | Promise<string>;

const eslintFormatter =
  (format: string): Formatter =>
  async (results, { eslint, maxWarningsExceeded }) =>
    (await eslint.loadFormatter(format)).format(results, { maxWarningsExceeded });

/**
 * Every rule of this plugin, so code scanning knows the full rule set, plus the metadata ESLint holds for the rules
 * that reported (with --use-eslint-config the project's copy of the plugin may be another version).
 */
function rulesMetaOf(results: ESLint.LintResult[], eslint: ESLint): Record<string, Rule.RuleMetaData> {
  const meta: Record<string, Rule.RuleMetaData> = {};
  for (const [id, rule] of Object.entries(rules)) meta[`ml-debt/${id}`] = rule.meta;
  return { ...meta, ...eslint.getRulesMetaForResults(results) };
}

export const formatters: Record<Format, Formatter> = {
  stylish: eslintFormatter('stylish'),
  json: eslintFormatter('json'),
  sarif: (results, { eslint, root }) =>
    `${JSON.stringify(
      toSarif(results, {
        root,
        rulesMeta: rulesMetaOf(results, eslint),
        toolName: 'ml-debt',
        toolFullName: name,
        toolVersion: version,
        informationUri: repositoryUrl,
      }),
      null,
      2,
    )}\n`,
  github: (results, { root }) => toGithubAnnotations(results, root),
};
