// The published layout: `npm pack`'s tarball, installed by npm into a fresh project with the tsconfig entry users
// write, gives a real tsserver this plugin's diagnostics and quick fixes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TsServerClient } from '../../bench/tsserver-client.js';
import type { TempProject } from '../../bench/temp-project.js';
import { createTempProject, packRepository, pluginName } from '../../bench/temp-project.js';
import { assertBuilt, codeFixes, locate, mlDebtCode, openFile, ours, semanticDiagnostics, trainSource, tsconfigWithPlugin, typescripts } from './session.js';

let packDirectory: string;
let tarball: string;
let project: TempProject;
let client: TsServerClient;
let file: string;

beforeAll(async () => {
  assertBuilt();
  packDirectory = mkdtempSync(path.join(tmpdir(), 'ml-debt-pack-'));
  tarball = packRepository(packDirectory);
  project = createTempProject({
    install: { tarball },
    linkModules: ['@tensorflow'],
    files: { 'tsconfig.json': tsconfigWithPlugin(), 'src/train.ts': trainSource },
  });
  client = TsServerClient.start({
    tsserverPath: project.tsserverPath,
    cwd: project.directory,
    logFile: project.path('tsserver.log'),
  });
  file = project.path('src/train.ts');
  openFile(client, file, project.directory);
  await semanticDiagnostics(client, file);
});

afterAll(async () => {
  await client?.close();
  project?.remove();
  if (packDirectory) rmSync(packDirectory, { recursive: true, force: true });
});

describe('the npm pack tarball installed into a fresh project', () => {
  it('ships the physical typescript-plugin entry that tsserver resolves (it ignores package.json exports)', () => {
    const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n');
    expect(listing).toEqual(expect.arrayContaining(['package/typescript-plugin/package.json', 'package/dist/src/typescript-plugin/index.js']));
    const installed = project.path('node_modules/eslint-plugin-ml-debt');
    const entry = JSON.parse(readFileSync(path.join(installed, 'typescript-plugin/package.json'), 'utf8')) as { main: string };
    expect(path.resolve(installed, 'typescript-plugin', entry.main)).toBe(path.join(installed, 'dist/src/typescript-plugin/index.js'));
  });

  it('is loaded by tsserver from the documented name', () => {
    const log = readFileSync(project.path('tsserver.log'), 'utf8');
    expect(log).toContain(`Enabling plugin ${pluginName} from candidate paths`);
    expect(log).toContain('Plugin validation succeeded');
    expect(log).toContain('[ml-debt] loaded for');
  });

  it("gives ml-debt diagnostics beside TypeScript's own, and their quick fixes", async () => {
    const diagnostics = await semanticDiagnostics(client, file);
    expect(typescripts(diagnostics).map((diagnostic) => diagnostic.code)).toEqual([2552]);
    expect(ours(diagnostics).map((diagnostic) => diagnostic.text.replace(/\].*/su, ']'))).toEqual([
      '[ml-debt/no-unseeded-random]',
      '[ml-debt/no-unseeded-random]',
      '[ml-debt/no-unseeded-random]',
    ]);
    const fixes = await codeFixes(client, file, locate(trainSource, 'tf.randomNormal([2])'), [mlDebtCode]);
    expect(fixes.map((fix) => fix.description)).toEqual(['Disable ml-debt/no-unseeded-random for this line']);
  });
});
