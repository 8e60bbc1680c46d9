import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { identityOf, withoutGuid } from '@xac/xanoscript-dsl/ast';
import { readWorkspaceTree } from '@xac/xanoscript-dsl/layout';
import { parse } from '@xac/xanoscript-dsl/parser';
import { print } from '@xac/xanoscript-dsl/printer';
import { afterAll, describe, expect, it } from 'vitest';

// Issue 8's round trip on a whole workspace: one project holding a tree of every layout in use (our
// own fixture trees of the layout readers), `xac import` of each, then `xac build`. Every object must
// compile back to the canonical print of what the reader read (its guid dropped: built files never
// carry one), and nothing may be missing or extra.

const pkg = join(import.meta.dirname, '..', '..', '..');
const cli = join(pkg, 'dist', 'cli', 'main.js');
const trees = join(pkg, '..', 'xanoscript-dsl', 'src', 'layout', '__fixtures__');
const tmp = join(pkg, '.test-tmp', `import-build-back-${process.pid}`);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('XANO_')));
const xac = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd, env, encoding: 'utf8' });

function xsFiles(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) visit(join(d, e.name));
      else if (e.name.endsWith('.xs')) out.push(join(d, e.name));
    }
  };
  visit(dir);
  return out.sort();
}

describe('xac import then xac build, over a workspace of every layout', () => {
  it('compiles every imported object back to the canonical print of the original', { timeout: 240_000 }, () => {
    const root = join(tmp, 'project');
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages: []\n');
    const layouts = readdirSync(trees).sort();
    expect(layouts).toEqual(['apis-id', 'cli', 'git-sync', 'multidoc', 'vscode']);
    for (const layout of layouts) {
      cpSync(join(trees, layout), join(root, 'in', layout), { recursive: true });
      const r = xac(root, 'import', join('in', layout), '--app', layout);
      expect(r.status, r.stderr).toBe(0);
    }
    const built = xac(root, 'build');
    expect(built.status, built.stderr + built.stdout).toBe(0);
    for (const layout of layouts) {
      const read = readWorkspaceTree(join(root, 'in', layout));
      const want = new Map(read.objects.map((o) => [identityOf(o.doc), print(withoutGuid(o.doc))]));
      const got = new Map(xsFiles(join(root, 'apps', layout, 'xs')).map((f) => {
        const doc = parse(readFileSync(f, 'utf8'), { path: f }).ast!;
        return [identityOf(doc), { text: readFileSync(f, 'utf8'), file: relative(root, f).split(sep).join('/') }];
      }));
      expect([...got.keys()].sort(), layout).toEqual([...want.keys()].sort());
      for (const [id, text] of want) expect(got.get(id)?.text, `${layout}: ${id} (${got.get(id)?.file})`).toBe(text);
    }
  });
});
