import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// `xac import` takes a tree in any layout in use (docs/layout.md): our small fixture trees of the
// layout readers, one per layout, each imported into its own app.

const pkg = join(import.meta.dirname, '..', '..', '..');
const cli = join(pkg, 'dist', 'cli', 'main.js');
const trees = join(pkg, '..', 'xanoscript-dsl', 'src', 'layout', '__fixtures__');
const tmp = join(pkg, '.test-tmp', `import-layouts-${process.pid}`);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('XANO_')));
const xac = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd, env, encoding: 'utf8' });

function files(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) visit(join(d, e.name));
      else if (e.name.endsWith('.ts')) out.push(relative(dir, join(d, e.name)).split(sep).join('/'));
    }
  };
  visit(dir);
  return out.sort();
}

describe('xac import of each layout', () => {
  const root = join(tmp, 'project');
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages: []\n');

  const layouts: Array<[string, number]> = [['cli', 6], ['git-sync', 5], ['vscode', 5], ['apis-id', 5], ['multidoc', 5]];
  for (const [layout, count] of layouts) {
    it(`imports the ${layout} tree, one module per object at the official CLI's path`, () => {
      cpSync(join(trees, layout), join(root, 'in', layout), { recursive: true });
      const r = xac(root, 'import', join('in', layout), '--app', layout);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^imported ${count} objects`));
      expect(files(join(root, 'apps', layout)).filter((f) => f !== 'index.ts')).toHaveLength(count);
    });
  }

  it('gives a query of the older layout the api group of its folder', () => {
    const module = readFileSync(join(root, 'apps', 'apis-id', 'api', 'research', 'research_POST.ts'), 'utf8');
    expect(module).toMatch(/api_group: research\b/);
    expect(files(join(root, 'apps', 'cli'))).toContain('workers/send_email.ts');
    expect(files(join(root, 'apps', 'cli'))).toContain('table/trigger/user_after_insert.ts');
  });

  it('says which objects of a kind it does not know yet it left out, with file:line:col, and imports the rest', () => {
    mkdirSync(join(root, 'in', 'unknown'), { recursive: true });
    writeFileSync(join(root, 'in', 'unknown', 'hook.xs'), 'error_trigger "on error" {\n  stack {\n  }\n}\n');
    cpSync(join(trees, 'cli', 'table'), join(root, 'in', 'unknown', 'table'), { recursive: true });
    const r = xac(root, 'import', join('in', 'unknown'), '--app', 'unknown');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('warning: in/unknown/hook.xs:1:1: an object kind xac does not know yet; left out\n');
    expect(r.stdout).toMatch(/^imported 2 objects/);
  });
});
