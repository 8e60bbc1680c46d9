import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withoutGuid } from '@xac/xanoscript-dsl/ast';
import { parse } from '@xac/xanoscript-dsl/parser';
import { print } from '@xac/xanoscript-dsl/printer';
import { afterAll, describe, expect, it } from 'vitest';

// `xac import` on every canonical parser fixture, then `xac build`: each compiled object must equal
// the canonical print of its original. Fixtures that share an identity (before/after versions of one
// function) go to separate projects.

const pkg = join(import.meta.dirname, '..', '..', '..');
const cli = join(pkg, 'dist', 'cli', 'main.js');
const fixtures = join(pkg, '..', 'xanoscript-dsl', 'src', 'parser', '__fixtures__');
const tmp = join(pkg, '.test-tmp', `import-${process.pid}`);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const xac = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });

function identity(text: string): string {
  const o = parse(text).ast?.object;
  if (!o || o.kind === 'RawDecl') return text;
  const group = o.attrs.find((a) => a.name === 'api_group')?.value;
  return `${o.kind}:${o.name}:${o.kind === 'QueryDecl' ? o.verb : ''}:${group?.kind === 'StringLit' ? group.value : ''}`;
}

function batches(): string[][] {
  const out: Array<{ ids: Set<string>; cases: string[] }> = [];
  for (const c of readdirSync(fixtures).sort()) {
    const file = join(fixtures, c, 'input.xs');
    if (!existsSync(file)) continue;
    const id = identity(readFileSync(file, 'utf8'));
    let batch = out.find((b) => !b.ids.has(id));
    if (!batch) out.push((batch = { ids: new Set(), cases: [] }));
    batch.ids.add(id);
    batch.cases.push(c);
  }
  return out.map((b) => b.cases);
}

describe('xac import', () => {
  it('turns every canonical fixture into DSL that compiles back to the canonical original', { timeout: 480_000 }, () => {
    let compared = 0;
    batches().forEach((cases, i) => {
      const root = join(tmp, `batch-${i}`);
      mkdirSync(join(root, 'xs-in'), { recursive: true });
      writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages: []\n');
      for (const c of cases) cpSync(join(fixtures, c, 'input.xs'), join(root, 'xs-in', `${c}.xs`));
      const imported = xac(root, 'import', 'xs-in', '--app', 'imported');
      expect(imported.stderr).toBe('');
      expect(imported.stdout).toMatch(/^imported \d+ objects into apps\/imported\//);
      const built = xac(root, 'build');
      expect(built.stderr).toBe('');
      const map = JSON.parse(readFileSync(join(root, 'apps/imported/xs/sourcemap.json'), 'utf8')) as { files: Record<string, { sources: string[] }> };
      for (const [xs, entry] of Object.entries(map.files)) {
        const module = readFileSync(join(root, entry.sources[0]!), 'utf8');
        const source = /Imported from (\S+)/.exec(module)?.[1] ?? '';
        const original = readFileSync(join(root, source), 'utf8');
        // A multidoc file holds several objects; import leaves remote guids out (DESIGN: generated files).
        const canonical = parse(original, { path: source }).documents.map((d) => print(withoutGuid(d)));
        expect(canonical, `${source} → ${xs}`).toContain(readFileSync(join(root, 'apps/imported/xs', xs), 'utf8'));
        compared++;
      }
    });
    expect(compared).toBeGreaterThanOrEqual(150);
  });

  it('lists what it carried through escape hatches and types the rest', () => {
    const root = join(tmp, 'seed');
    mkdirSync(join(root, 'in'), { recursive: true });
    writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages: []\n');
    for (const c of ['seed-table-user', 'seed-table-metrics-snapshots', 'seed-8140-before-fix']) {
      if (existsSync(join(fixtures, c, 'input.xs'))) cpSync(join(fixtures, c, 'input.xs'), join(root, 'in', `${c}.xs`));
    }
    const r = xac(root, 'import', 'in');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^imported 3 objects into apps\/imported\/: 3 fully typed \(1 with unsafe\(\) markers\), 0 with escape hatches, 0 as raw\.object/);
    // The seed's unsafe read survives as an explicit, reported escape hatch.
    expect(r.stdout).toMatch(/workers\/metrics_create_snapshot\.ts \(in\/seed-8140-before-fix\.xs\): .*unsafe\(transactions_updated\)/);
    const module = readFileSync(join(root, 'apps/imported/workers/metrics_create_snapshot.ts'), 'utf8');
    expect(module).toContain('unsafe(lifecycle_open_result, "transactions_updated", ".transactions_updated on a function.run result');
    expect(module).toContain('field_value: unsafe(s.input.user_id, [], "a text input as an int lookup value');
    const again = xac(root, 'import', 'in');
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/would overwrite \d+ files? \(use --force\)/);
  });

  it('leaves out a file that does not parse, with one line saying where, and imports the rest', () => {
    const root = join(tmp, 'bad');
    mkdirSync(join(root, 'in'), { recursive: true });
    writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages: []\n');
    writeFileSync(join(root, 'in', 'ok.xs'), 'function "ok" {\n  input {\n  }\n  stack {\n  }\n  response = 1\n}\n');
    writeFileSync(join(root, 'in', 'bad.xs'), 'function "bad" {\n  input {\n  }\n  stack {\n    var $x {\n  }\n  response = 1\n}\n');
    const r = xac(root, 'import', 'in');
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^warning: in\/bad\.xs:\d+:\d+: .*; file left out\n$/);
    expect(r.stdout).toMatch(/^imported 1 object into apps\/imported\/: 1 fully typed/);
    expect(existsSync(join(root, 'apps', 'imported', 'ok.ts'))).toBe(true);
  });

  it('--dry-run prints the coverage summary and writes nothing', () => {
    const root = join(tmp, 'dry');
    mkdirSync(join(root, 'in'), { recursive: true });
    writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages: []\n');
    cpSync(join(fixtures, 'seed-8140-before-fix', 'input.xs'), join(root, 'in', 'x.xs'));
    const r = xac(root, 'import', 'in', '--dry-run');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^would import 1 object into apps\/imported\/: 1 fully typed \(1 with unsafe\(\) markers\), 0 with escape hatches, 0 as raw\.object\n/);
    expect(r.stdout).toContain('dry run: nothing written.');
    expect(existsSync(join(root, 'apps'))).toBe(false);
  });
});
