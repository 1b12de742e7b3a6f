// The plugin object, the rule index, the configs, the docs and the tests stay in sync with the files in rules/.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import plugin from '../src/index.js';
import { packageRoot } from '../src/package-info.js';

const root = path.join(__dirname, '..');
const basenames = (dir: string, suffix: string): string[] =>
  readdirSync(path.join(root, dir))
    .filter((file) => file.endsWith(suffix) && file !== `index${suffix}`)
    .map((file) => file.slice(0, -suffix.length))
    .sort();

const ruleIds = Object.keys(rules).sort();

describe('rule index', () => {
  it('lists every file in rules/, alphabetically', () => {
    expect(ruleIds).toEqual(basenames('rules', '.ts'));
    expect(Object.keys(rules)).toEqual(ruleIds);
  });

  it('has a doc and a test for every rule, and nothing else', () => {
    expect(basenames('docs/rules', '.md')).toEqual(ruleIds);
    expect(basenames('test/rules', '.test.ts')).toEqual(ruleIds);
  });

  it.each(ruleIds)('%s has complete metadata', (id) => {
    const { meta } = rules[id as keyof typeof rules];
    expect(meta.docs?.description).toMatch(/^[A-Z].*[^.]$/u);
    expect(meta.docs?.url).toBe(`https://github.com/ml-debt/eslint-plugin-ml-debt/blob/main/docs/rules/${id}.md`);
    expect(meta.schema).toBeDefined();
    expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
    expect(['problem', 'suggestion', 'layout']).toContain(meta.type);
  });
});

describe('plugin object', () => {
  it('carries meta.name and meta.version from package.json (oxlint needs meta.name)', () => {
    const manifest = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { name: string; version: string };
    expect(plugin.meta).toMatchObject({ name: manifest.name, version: manifest.version });
  });

  it('exports every rule', () => {
    expect(Object.keys(plugin.rules).sort()).toEqual(ruleIds);
  });

  it('derives every config from rule metadata', () => {
    const entries = (select: (id: string) => boolean, severity: string) =>
      Object.fromEntries(ruleIds.filter(select).map((id) => [`ml-debt/${id}`, severity]));
    const docs = (id: string) => rules[id as keyof typeof rules].meta.docs!;
    const typed = (id: string) => docs(id).requiresTypeChecking === true;
    const recommended = (id: string) => docs(id).recommended === 'recommended';
    const strict = (id: string) => docs(id).recommended !== undefined;
    expect(plugin.configs.recommended.rules).toEqual(entries((id) => recommended(id) && !typed(id), 'error'));
    expect(plugin.configs['recommended-type-checked'].rules).toEqual(entries(recommended, 'error'));
    expect(plugin.configs.strict.rules).toEqual(entries((id) => strict(id) && !typed(id), 'error'));
    expect(plugin.configs['strict-type-checked'].rules).toEqual(entries(strict, 'error'));
    expect(plugin.configs.all.rules).toEqual(entries(() => true, 'error'));
    expect(plugin.configs['disable-type-checked'].rules).toEqual(entries(typed, 'off'));
  });

  it('registers itself in every config under the ml-debt namespace', () => {
    for (const [name, config] of Object.entries(plugin.configs)) {
      expect(config.name).toBe(`ml-debt/${name}`);
      expect(config.plugins?.['ml-debt']).toBe(plugin);
    }
  });
});

describe('generated docs', () => {
  it('README rules table and rule doc headers match rule metadata (eslint-doc-generator --check)', () => {
    // Throws with the generator's diff when anything is out of date; fix with `npm run docs`.
    execFileSync(process.execPath, [path.join(root, 'node_modules/eslint-doc-generator/dist/bin/eslint-doc-generator.js'), '--check'], {
      cwd: root,
      stdio: 'pipe',
    });
  });
});
