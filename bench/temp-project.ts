// Throwaway TypeScript projects with this package in node_modules, as a user would have them, for the tsserver plugin's
// tests and the latency benchmark.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { packageRoot } from '../src/package-info.js';

export const repositoryRoot = packageRoot;
const repositoryModules = path.join(repositoryRoot, 'node_modules');

/** The name users write in tsconfig.json's compilerOptions.plugins. */
export const pluginName = 'eslint-plugin-ml-debt/typescript-plugin';

export interface TempProjectOptions {
  /** Files by path relative to the project, tsconfig.json included. */
  files: Record<string, string>;
  /**
   * How this package gets into node_modules: a symlink to the repository (its dist/ must be built), or the tarball
   * of `npm pack` installed by npm together with the TypeScript and ESLint versions the repository uses.
   */
  install: { link: true } | { tarball: string };
  /** Packages (or scopes) of the repository's node_modules to link in, e.g. '@tensorflow' for the real tfjs types. */
  linkModules?: readonly string[];
}

export interface TempProject {
  directory: string;
  /** The project's own node_modules/typescript/lib/tsserver.js, as an editor using the workspace version runs it. */
  tsserverPath: string;
  path(relative: string): string;
  remove(): void;
}

const installedVersion = (name: string): string =>
  (JSON.parse(readFileSync(path.join(repositoryModules, name, 'package.json'), 'utf8')) as { version: string }).version;

export function createTempProject(options: TempProjectOptions): TempProject {
  const directory = mkdtempSync(path.join(tmpdir(), 'ml-debt-tsserver-'));
  const modules = path.join(directory, 'node_modules');
  mkdirSync(modules);
  writeFileSync(path.join(directory, 'package.json'), JSON.stringify({ private: true }));
  if ('tarball' in options.install) {
    execFileSync(
      'npm',
      ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', options.install.tarball,
        `typescript@${installedVersion('typescript')}`, `eslint@${installedVersion('eslint')}`],
      { cwd: directory, stdio: 'pipe' },
    );
  } else {
    symlinkSync(repositoryRoot, path.join(modules, 'eslint-plugin-ml-debt'), 'dir');
    // A copy, not a link: tsserver looks for plugins beside the real path of the typescript it runs.
    cpSync(path.join(repositoryModules, 'typescript'), path.join(modules, 'typescript'), { recursive: true });
  }
  for (const name of options.linkModules ?? []) {
    symlinkSync(path.join(repositoryModules, name), path.join(modules, name), 'dir');
  }
  for (const [relative, content] of Object.entries(options.files)) {
    mkdirSync(path.dirname(path.join(directory, relative)), { recursive: true });
    writeFileSync(path.join(directory, relative), content);
  }
  return {
    directory,
    tsserverPath: path.join(modules, 'typescript', 'lib', 'tsserver.js'),
    path: (relative) => path.join(directory, relative),
    remove: () => rmSync(directory, { recursive: true, force: true }),
  };
}

/** Packs this repository (its dist/ must be built) into `destination`; returns the tarball's path. */
export function packRepository(destination: string): string {
  const output = execFileSync('npm', ['pack', '--json', '--pack-destination', destination], { cwd: repositoryRoot, encoding: 'utf8' });
  const [{ filename }] = JSON.parse(output) as [{ filename: string }];
  return path.join(destination, filename);
}

/** A tsconfig.json for a temporary project of TypeScript sources under src/, with the given tsserver plugins. */
export function projectTsconfig(plugins: readonly object[]): string {
  return JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: 'nodenext',
      moduleResolution: 'nodenext',
      strict: true,
      skipLibCheck: true,
      noEmit: true,
      types: [],
      plugins,
    },
    include: ['src'],
  });
}
