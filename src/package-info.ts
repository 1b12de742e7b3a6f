// The package's name, version and root, read from package.json at run time so a release never disagrees with it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

// The same code runs from src/ (tests) and dist/src/ (the package), so look upwards rather than at a fixed depth.
function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`eslint-plugin-ml-debt: no package.json above ${start}`);
  }
}

export const packageRoot = findPackageRoot(__dirname);

const manifest = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};

export const { name, version } = manifest;
