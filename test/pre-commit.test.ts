// The real pre-commit program using this repository as a hook (.pre-commit-hooks.yaml), on a staged violation and on a
// clean staged file. pre-commit clones the hook repository at a rev, so the test commits a snapshot of this work tree
// (tracked and untracked files, not ignored ones) to a temporary repository and points `repo:` at its path.
//
// Offline as far as pre-commit goes: with node and npm on PATH its node support runs nodeenv with `-n system`, which
// downloads no Node.js; it then runs `npm install` (building dist/ through `prepare`), `npm pack` and
// `npm install -g` of the tarball, which this test serves from the npm cache `npm ci` filled (prefer-offline).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, rule, seeded, unseeded } from './cli-helpers.js';

const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
const title = hasPreCommit
  ? 'the pre-commit hook'
  : 'the pre-commit hook (SKIPPED: the `pre-commit` program is not installed; `apt-get install pre-commit` or `pipx install pre-commit`)';

let tempDir: string;
let projectDir: string;
let preCommitHome: string;

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', ...args], { cwd, encoding: 'utf8' });
}

function preCommit(...args: string[]) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PRE_COMMIT_HOME: preCommitHome,
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  delete env.CI;
  return spawnSync('pre-commit', args, { cwd: projectDir, encoding: 'utf8', env });
}

describe.skipIf(!hasPreCommit)(title, () => {
  beforeAll(() => {
    tempDir = mkdtempSync(path.join(os.tmpdir(), 'ml-debt-pre-commit-'));
    preCommitHome = path.join(tempDir, 'cache');

    const hookRepo = path.join(tempDir, 'hook-repo');
    mkdirSync(hookRepo);
    const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: repoRoot, encoding: 'utf8' })
      .split('\0')
      .filter(Boolean);
    for (const file of files) {
      // A file deleted but not yet staged is listed too; it is not part of the work tree.
      try {
        cpSync(path.join(repoRoot, file), path.join(hookRepo, file), { recursive: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    git(hookRepo, 'init', '-q');
    git(hookRepo, 'add', '-A');
    git(hookRepo, 'commit', '-q', '-m', 'snapshot');
    const rev = git(hookRepo, 'rev-parse', 'HEAD').trim();

    projectDir = path.join(tempDir, 'project');
    mkdirSync(projectDir);
    git(projectDir, 'init', '-q');
    writeFileSync(
      path.join(projectDir, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: ml-debt\n`,
    );
    git(projectDir, 'add', '.pre-commit-config.yaml');
    git(projectDir, 'commit', '-q', '-m', 'config');
    // Installing the hook environment is the slow part (npm install, build, pack); done once here.
    const install = preCommit('install-hooks');
    if (install.status !== 0) throw new Error(`pre-commit install-hooks failed:\n${install.stdout}\n${install.stderr}`);
  }, 600_000);

  afterAll(() => {
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  });

  it('fails on a staged violation and prints the finding', () => {
    writeFileSync(path.join(projectDir, 'train.js'), unseeded);
    git(projectDir, 'add', 'train.js');
    const result = preCommit('run');
    expect(result.status).not.toBe(0);
    expect(result.stdout).toMatch(/ml-debt\.+Failed/);
    expect(result.stdout).toContain('train.js');
    expect(result.stdout).toContain(rule);
  });

  it('passes a clean staged file, and blocks then allows a real git commit', () => {
    writeFileSync(path.join(projectDir, 'train.js'), seeded);
    git(projectDir, 'add', 'train.js');
    const result = preCommit('run');
    expect(result.stdout).toMatch(/ml-debt\.+Passed/);
    expect(result.status).toBe(0);

    // Through git itself: the installed hook stops a commit with a violation and lets a clean one through.
    expect(preCommit('install').status).toBe(0);
    writeFileSync(path.join(projectDir, 'bad.ts'), unseeded);
    git(projectDir, 'add', 'bad.ts');
    const env = { ...process.env, PRE_COMMIT_HOME: preCommitHome };
    const blocked = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'bad'], {
      cwd: projectDir,
      encoding: 'utf8',
      env,
    });
    expect(blocked.status).not.toBe(0);
    expect(`${blocked.stdout}${blocked.stderr}`).toContain(rule);
    git(projectDir, 'rm', '-q', '--cached', 'bad.ts');
    const committed = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'clean'], {
      cwd: projectDir,
      encoding: 'utf8',
      env,
    });
    expect(committed.status).toBe(0);
  });
});
