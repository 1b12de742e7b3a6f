// Shared by the command's tests: fresh project directories, and the built bin run as users run it.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';

export const repoRoot = path.join(__dirname, '..');
export const bin = path.join(repoRoot, 'dist/src/cli/bin.js');

export const unseeded = "import * as tf from '@tensorflow/tfjs';\nconst x = tf.randomNormal([2, 2]);\n";
export const seeded = "import * as tf from '@tensorflow/tfjs';\nconst x = tf.randomNormal([2, 2], 0, 1, 'float32', 42);\n";
export const rule = 'ml-debt/no-unseeded-random';

const tempDirs: string[] = [];

/** A fresh directory outside the repository, so no eslint.config or node_modules of ours is above it. */
export function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ml-debt-cli-'));
  tempDirs.push(dir);
  writeFiles(dir, files);
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
}

export function removeProjects(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface Outcome {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node <bin>` (or another command) asynchronously, so the spawning tests can run concurrently: each run pays for
 * loading ESLint and the TS parser. CI is unset unless `env` sets it, so tests see what a person would.
 */
export function runProcess(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const inherited = { ...process.env };
    delete inherited.CI;
    delete inherited.GITHUB_ACTIONS;
    const child = spawn(command, args, { cwd, env: { ...inherited, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

export const mlDebt = (cwd: string, ...args: string[]): Promise<Outcome> => runProcess(process.execPath, [bin, ...args], cwd);

/** A usage error or failure: exit 2 and exactly one `ml-debt: …` line, no stack trace. */
export function expectOneLineFailure(result: Outcome): void {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^ml-debt: [^\n]+\n$/);
  expect(result.stderr).not.toContain('    at ');
}

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; severity: number; line: number; column: number }[];
}

/** `--format json` output as { relative path: rule ids }, for files with messages. */
export function findingsByFile(stdout: string, dir: string): Record<string, (string | null)[]> {
  const results = JSON.parse(stdout) as JsonResult[];
  return Object.fromEntries(
    results
      .filter(({ messages }) => messages.length > 0)
      .map(({ filePath, messages }) => [
        path.relative(dir, filePath).split(path.sep).join('/'),
        messages.map(({ ruleId }) => ruleId),
      ]),
  );
}
