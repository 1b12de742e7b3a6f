// The files a run lints, listed before linting so the command knows the total (for progress) and can lint in steps.
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ESLint } from 'eslint';

/** Whether `file` is `scope` or lies under it (both absolute). */
export function isWithin(file: string, scope: string): boolean {
  const relative = path.relative(scope, file);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

/**
 * Keeps the files ESLint would lint: configured (a `files` pattern matches) and not ignored, which is exactly what
 * ESLint's isPathIgnored answers for flat configs. Checked one file at a time because the config is cached per file.
 */
export async function keepLintable(eslint: ESLint, files: readonly string[]): Promise<string[]> {
  const lintable: string[] = [];
  for (const file of files) if (!(await eslint.isPathIgnored(file))) lintable.push(file);
  return lintable;
}

/**
 * Every file under the given paths (absolute), depth first in name order, without descending into directories in
 * `skippedDirectories` or into symlinked directories (which can loop); files named directly are kept as they are.
 * Whether a file is linted is decided afterwards by keepLintable, so this list may hold more than ESLint lints.
 */
export async function listFilesUnder(paths: readonly string[], skippedDirectories: ReadonlySet<string>): Promise<string[]> {
  const files = new Set<string>();
  async function walk(directory: string): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await readdir(directory, { withFileTypes: true });
    } catch (error) {
      // A directory that vanished or cannot be read mid-walk has nothing to lint; ESLint skips it too.
      if (['ENOENT', 'EACCES', 'EPERM'].includes((error as NodeJS.ErrnoException).code ?? '')) return;
      throw error;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const entryPath = path.join(directory, entry.name);
      if (entry.isDirectory()) {
        if (!skippedDirectories.has(entry.name)) await walk(entryPath);
      } else if (entry.isFile()) {
        files.add(entryPath);
      } else if (entry.isSymbolicLink()) {
        const target = await stat(entryPath).catch(() => undefined);
        if (target?.isFile()) files.add(entryPath);
      }
    }
  }
  for (const given of paths) {
    if ((await stat(given)).isDirectory()) await walk(given);
    else files.add(given);
  }
  return [...files];
}
