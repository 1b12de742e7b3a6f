// What git knows that the command asks for: the repository root, the staged files with their index content, and the
// files changed since a ref.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { UsageError } from './arguments.js';

interface GitOutput {
  stdout: Buffer;
  stderr: string;
}

class GitError extends Error {
  constructor(
    message: string,
    readonly stderr: string,
  ) {
    super(message);
  }
}

function git(cwd: string, args: readonly string[], input?: Buffer): Promise<GitOutput> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      args,
      // Index content can be large; the limit only guards against a runaway process.
      { cwd, encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const errorText = stderr.toString('utf8').trim();
        if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
          reject(new UsageError('git is not installed or not on PATH; --staged and --changed need it.'));
        } else if (error) {
          reject(new GitError(`git ${args[0]} failed: ${errorText.split('\n')[0] || error.message}`, errorText));
        } else {
          resolve({ stdout, stderr: errorText });
        }
      },
    );
    if (input) child.stdin?.end(input);
  });
}

const nulSeparated = (output: Buffer): string[] => output.toString('utf8').split('\0').filter(Boolean);

/** The root of the work tree that contains `cwd`, or undefined outside a git repository (or without git). */
export async function findRepositoryRoot(cwd: string): Promise<string | undefined> {
  try {
    return await repositoryRoot(cwd);
  } catch {
    return undefined;
  }
}

// From `cwd` upwards rather than --show-toplevel, which resolves symlinks (/tmp on macOS) and so would not compare
// with the paths the user gave.
async function repositoryRoot(cwd: string): Promise<string> {
  const up = (await git(cwd, ['rev-parse', '--show-cdup'])).stdout.toString('utf8').trim();
  return path.resolve(cwd, up || '.');
}

async function requireRepositoryRoot(cwd: string, flag: string): Promise<string> {
  try {
    return await repositoryRoot(cwd);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${flag} needs a git repository, and ${cwd} is not inside one.`);
  }
}

export interface StagedFile {
  /** Absolute path in the work tree. */
  filePath: string;
  /** The content in the index, which a commit would record. */
  text: string;
}

// Regular files only: a symlink's blob is its target path, a gitlink (submodule) has no blob here.
const regularFileModes = new Set(['100644', '100755']);

/**
 * The files added, copied or modified in the index relative to HEAD (renames count as additions), with their staged
 * content, read in one `git cat-file --batch` rather than one `git show :path` per file.
 */
export async function readStagedFiles(cwd: string): Promise<StagedFile[]> {
  const root = await requireRepositoryRoot(cwd, '--staged');
  // `--raw` gives each staged blob's id; on an unborn branch git diffs against the empty tree.
  const raw = nulSeparated(
    (await git(root, ['diff', '--cached', '--raw', '-z', '--no-abbrev', '--no-renames', '--diff-filter=ACMR'])).stdout,
  );
  const entries: { filePath: string; blob: string }[] = [];
  for (let index = 0; index + 1 < raw.length; index += 2) {
    const [, newMode, , blob] = raw[index].slice(1).split(' ');
    if (newMode && blob && regularFileModes.has(newMode)) entries.push({ filePath: path.join(root, raw[index + 1]), blob });
  }
  if (entries.length === 0) return [];

  const { stdout } = await git(root, ['cat-file', '--batch'], Buffer.from(entries.map(({ blob }) => `${blob}\n`).join('')));
  const files: StagedFile[] = [];
  let offset = 0;
  for (const { filePath, blob } of entries) {
    // Each object is "<id> blob <size>\n<content>\n".
    const headerEnd = stdout.indexOf(0x0a, offset);
    const header = stdout.subarray(offset, headerEnd).toString('utf8');
    const size = Number(header.split(' ')[2]);
    if (!header.startsWith(`${blob} blob `) || !Number.isInteger(size)) {
      throw new Error(`git cat-file returned "${header}" for ${filePath}`);
    }
    files.push({ filePath, text: stdout.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8') });
    offset = headerEnd + 1 + size + 1;
  }
  return files;
}

/**
 * The files that differ from the merge base of `ref` and HEAD in the work tree — committed, staged or not — plus the
 * untracked files git does not ignore; deleted files are left out. Absolute paths.
 */
export async function listChangedFiles(cwd: string, ref: string): Promise<string[]> {
  const root = await requireRepositoryRoot(cwd, '--changed');
  try {
    await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`--changed ${ref}: git knows no commit by that name (fetch it first?).`);
  }
  let base: string;
  try {
    base = (await git(root, ['merge-base', ref, 'HEAD'])).stdout.toString('utf8').trim();
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(
      `--changed ${ref}: no merge base of ${ref} and HEAD; in a shallow clone fetch the history (fetch-depth: 0).`,
    );
  }
  const [changed, untracked] = await Promise.all([
    git(root, ['diff', '--name-only', '-z', '--no-renames', '--diff-filter=ACMR', base, '--']),
    git(root, ['ls-files', '--others', '--exclude-standard', '--full-name', '-z']),
  ]);
  const files = new Set([...nulSeparated(changed.stdout), ...nulSeparated(untracked.stdout)]);
  return [...files].map((file) => path.join(root, file));
}
