// --staged and --changed on real git repositories: which files are linted, and with what content.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectOneLineFailure, findingsByFile, mlDebt, project, removeProjects, rule, seeded, unseeded, writeFiles } from './cli-helpers.js';

afterAll(removeProjects);

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', ...args], {
    cwd: dir,
    encoding: 'utf8',
  });
}

/** A repository with one commit on main holding `files`. */
function repository(files: Record<string, string>): string {
  const dir = project(files);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'initial');
  return dir;
}

const lintJson = async (dir: string, ...args: string[]) => {
  const result = await mlDebt(dir, '--format', 'json', ...args);
  expect(result.stderr).toBe('');
  return { status: result.status, findings: findingsByFile(result.stdout, dir) };
};

describe.concurrent('--staged', () => {
  it('lints the staged content, not the working tree', async () => {
    const dir = repository({ 'train.js': seeded, 'other.js': seeded });
    writeFileSync(path.join(dir, 'train.js'), unseeded);
    git(dir, 'add', 'train.js');
    // Fixed in the working tree after staging: the commit would still record the violation.
    writeFileSync(path.join(dir, 'train.js'), seeded);
    expect(await lintJson(dir, '--staged')).toEqual({ status: 1, findings: { 'train.js': [rule] } });
    // And the other way round: a clean staged file with a violation only in the working tree passes.
    git(dir, 'add', 'train.js');
    writeFileSync(path.join(dir, 'train.js'), unseeded);
    expect(await lintJson(dir, '--staged')).toEqual({ status: 0, findings: {} });
  });

  it('lints only staged files: added, modified and renamed, not deleted or untracked', async () => {
    const dir = repository({ 'old.js': unseeded, 'gone.js': unseeded, 'kept.js': unseeded });
    git(dir, 'mv', 'old.js', 'renamed.js');
    git(dir, 'rm', '-q', 'gone.js');
    writeFiles(dir, { 'added.ts': unseeded, 'untracked.js': unseeded });
    git(dir, 'add', 'added.ts');
    expect(await lintJson(dir, '--staged')).toEqual({ status: 1, findings: { 'added.ts': [rule], 'renamed.js': [rule] } });
  });

  it('lints staged files in a repository without commits yet', async () => {
    const dir = project({ 'train.js': unseeded });
    git(dir, 'init', '-q');
    git(dir, 'add', 'train.js');
    expect(await lintJson(dir, '--staged')).toEqual({ status: 1, findings: { 'train.js': [rule] } });
  });

  it('applies the default ignores and --ignore-pattern, and skips files that are not JS or TS', async () => {
    const dir = repository({});
    writeFiles(dir, { 'dist/bundle.js': unseeded, 'vendor/tf.min.js': unseeded, 'notes.md': unseeded, 'scratch/a.js': unseeded });
    git(dir, 'add', '-A');
    expect(await lintJson(dir, '--staged', '--ignore-pattern', 'scratch/')).toEqual({ status: 0, findings: {} });
  });

  it('narrows to the given paths, and to the working directory', async () => {
    const dir = repository({});
    writeFiles(dir, { 'app/train.js': unseeded, 'lib/util.js': unseeded });
    git(dir, 'add', '-A');
    expect((await lintJson(dir, '--staged', 'lib')).findings).toEqual({ 'lib/util.js': [rule] });
    const inApp = await mlDebt(path.join(dir, 'app'), '--staged', '--format', 'json');
    expect(findingsByFile(inApp.stdout, path.join(dir, 'app'))).toEqual({ 'train.js': [rule] });
  });

  it('exits 0 with nothing staged', async () => {
    expect(await mlDebt(repository({ 'train.js': unseeded }), '--staged')).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('is a usage error outside a git repository, and with --fix', async () => {
    const outside = await mlDebt(project({ 'train.js': unseeded }), '--staged');
    expectOneLineFailure(outside);
    expect(outside.stderr).toContain('--staged needs a git repository');
    expectOneLineFailure(await mlDebt(repository({}), '--staged', '--fix'));
    expectOneLineFailure(await mlDebt(repository({}), '--staged', '--changed', 'main'));
  });
});

describe.concurrent('--changed', () => {
  /** main holds clean.js and old.js; the feature branch changes and adds files. */
  function featureBranch(): string {
    const dir = repository({ 'clean.js': seeded, 'old.js': unseeded, 'doomed.js': seeded });
    git(dir, 'checkout', '-q', '-b', 'feature');
    writeFiles(dir, { 'committed.js': unseeded });
    rmSync(path.join(dir, 'doomed.js'));
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'feature work');
    return dir;
  }

  it('lints files committed since the merge base, plus staged, unstaged and untracked changes', async () => {
    const dir = featureBranch();
    writeFiles(dir, { 'staged.ts': unseeded, 'untracked.js': unseeded, 'clean.js': `${seeded}// touched\n` });
    git(dir, 'add', 'staged.ts');
    expect(await lintJson(dir, '--changed', 'main')).toEqual({
      status: 1,
      // old.js has a violation but did not change; doomed.js was deleted.
      findings: { 'committed.js': [rule], 'staged.ts': [rule], 'untracked.js': [rule] },
    });
  });

  it('ignores commits on the base branch after the fork point', async () => {
    const dir = featureBranch();
    git(dir, 'checkout', '-q', 'main');
    writeFiles(dir, { 'mainline.js': unseeded });
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'mainline');
    git(dir, 'checkout', '-q', 'feature');
    expect((await lintJson(dir, '--changed', 'main')).findings).toEqual({ 'committed.js': [rule] });
  });

  it('exits 0 when nothing changed', async () => {
    const dir = repository({ 'old.js': unseeded });
    expect(await mlDebt(dir, '--changed', 'HEAD')).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('is a usage error for an unknown ref, outside a repository, and for a ref that looks like an option', async () => {
    const unknown = await mlDebt(repository({}), '--changed', 'origin/nope');
    expectOneLineFailure(unknown);
    expect(unknown.stderr).toContain('origin/nope');
    expectOneLineFailure(await mlDebt(project({}), '--changed', 'main'));
    expectOneLineFailure(await mlDebt(repository({}), '--changed=--output=x'));
  });

  it('is a usage error without a merge base, as in a shallow clone', async () => {
    const dir = repository({ 'a.js': seeded });
    git(dir, 'checkout', '-q', '--orphan', 'unrelated');
    git(dir, 'commit', '-q', '-m', 'unrelated history');
    const result = await mlDebt(dir, '--changed', 'main');
    expectOneLineFailure(result);
    expect(result.stderr).toContain('no merge base');
  });
});
