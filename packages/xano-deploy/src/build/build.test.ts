import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// End to end: the real `xac build` on throw-away projects inside this package (so their DSL imports
// resolve through its node_modules).

const pkg = join(import.meta.dirname, '..', '..');
const cli = join(pkg, 'dist', 'cli', 'main.js');
// Each test file has its own folder (gitignored `.test-tmp-*`): another file's cleanup of .test-tmp
// never deletes a project under a running xac (whose loader would then hang).
const tmp = join(pkg, `.test-tmp-build-${process.pid}`);
let n = 0;

function project(files: Record<string, string>): string {
  const root = join(tmp, `build-${process.pid}-${n++}`);
  rmSync(root, { recursive: true, force: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages: []\n');
  return root;
}

function xac(root: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const DSL = `import { fn, t, table, query, apiGroup } from '@xac/xanoscript-dsl/dsl';`;
const good = `${DSL}
export const users = table('user', { schema: [t.int('id'), t.text('email')] });
export const find = fn('Users/Find', { input: [t.text('user_id')] }, (s) => {
  const u = s.db.get(users, { field_name: 'id', field_value: s.input.user_id.toInt().firstNotEmpty(0), as: 'user' });
  return u.get('email', '');
});
`;

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('xac build', () => {
  it('writes canonical files and a source map, then reports up to date', () => {
    const root = project({ 'apps/a/users.ts': good });
    const first = xac(root, 'build');
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    const fnText = readFileSync(join(root, 'apps/a/xs/function/users/find.xs'), 'utf8');
    expect(fnText).toContain('field_value = $input.user_id|to_int|first_notempty:0');
    expect(existsSync(join(root, 'apps/a/xs/table/user.xs'))).toBe(true);
    const map = JSON.parse(readFileSync(join(root, 'apps/a/xs/sourcemap.json'), 'utf8'));
    const entry = map.files['function/users/find.xs'];
    const lineOfGet = fnText.split('\n').findIndex((l) => l.includes('db.get'));
    expect(entry.sources[entry.lines[lineOfGet][0]]).toBe('apps/a/users.ts');
    expect(entry.lines[lineOfGet][1]).toBe(4);
    expect(xac(root, 'build', '--check').code).toBe(0);
  });

  it('--check fails on stale and orphaned files; build removes orphans', () => {
    const root = project({ 'apps/a/users.ts': good });
    xac(root, 'build');
    writeFileSync(join(root, 'apps/a/users.ts'), good.replace("'Users/Find'", "'Users/Lookup'"));
    writeFileSync(join(root, 'apps/a/xs/table/stray.xs'), 'table "stray" {\n}\n');
    const check = xac(root, 'build', '--check');
    expect(check.code).toBe(1);
    expect(check.out).toContain('apps/a/xs/function/users/find.xs: orphaned');
    expect(check.out).toContain('apps/a/xs/function/users/lookup.xs: missing');
    expect(check.out).toContain('apps/a/xs/table/stray.xs: orphaned');
    expect(check.out).toContain('apps/a/xs/sourcemap.json: stale');
    expect(xac(root, 'build').code).toBe(0);
    expect(existsSync(join(root, 'apps/a/xs/table/stray.xs'))).toBe(false);
    expect(existsSync(join(root, 'apps/a/xs/function/users/find.xs'))).toBe(false);
    expect(xac(root, 'build', '--check').code).toBe(0);
  });

  const bad: Array<[string, string, RegExp]> = [
    ['an empty function name', `${DSL}\nexport const f = fn('', {}, () => null);\n`, /apps\/a\/bad\.ts:2:18: function name must not be empty/],
    ['a duplicate input', `${DSL}\nexport const f = fn('F', { input: [\n  t.int('id'),\n  t.text('id'),\n] }, () => null);\n`,
      /apps\/a\/bad\.ts:4:5: duplicate input "id"/],
    ['an invalid identifier', `${DSL}\nexport const f = fn('F', { input: [t.text('user id')] }, () => null);\n`,
      /apps\/a\/bad\.ts:2:38: invalid field name "user id": expected an identifier like user_id/],
    ['a reserved variable', `${DSL}\nexport const f = fn('F', {}, (s) => {\n  s.var('response', 1);\n});\n`,
      /apps\/a\/bad\.ts:3:5: \$response is reserved in XanoScript/],
    ['a table without id', `${DSL}\nexport const x = table('x', { schema: [t.text('name')] });\n`,
      /apps\/a\/bad\.ts:2:18: table "x" needs an "id" column/],
    ['an endpoint with an unknown verb', `${DSL}\nconst g = apiGroup('G', { canonical: 'g' });\nexport const q = query('x', { verb: 'FETCH' as never, api_group: g }, () => null);\n`,
      /apps\/a\/bad\.ts:3:18: verb must be one of GET, POST, PUT, PATCH, DELETE/],
    ['a .data.x read through a cast on a function.run result (the seed bug, past the types)',
      `${DSL}\nconst inner = fn('Inner', {}, () => ({ ok: true }));\nexport const f = fn('F', {}, (s) => {\n  const r = s.run(inner, {}, 'r');\n  return (r as any).data.transactions_updated;\n});\nexport { inner };\n`,
      /apps\/a\/bad\.ts:5:\d+: `\.data` cannot be read here: this value has no typed keys .*read it with \.get\('data', default\)/],
    ['a read of a column its table no longer declares (through a cast)',
      `${DSL}\nconst users = table('user', { schema: [t.int('id'), t.text('email')] });\nexport const f = fn('F', { input: [t.int('id')] }, (s) => {\n  const u = s.requireFound(s.db.get(users, { field_name: 'id', field_value: s.input.id, as: 'u' }));\n  return { name: (u as any).name };\n});\nexport { users };\n`,
      /apps\/a\/bad\.ts:5:\d+: `\.name` is not a column or key of this value \(it has: id, email\); a column removed from its table can no longer be read/],
    ['an undefined value in a response', `${DSL}\nexport const f = fn('F', {}, () => ({ x: undefined as never }));\n`,
      /apps\/a\/bad\.ts:2:18: a value is undefined/],
    ['a TypeError thrown by the DSL body', `${DSL}\nexport const f = fn('F', {}, () => {\n  const x: any = undefined;\n  return x.y;\n});\n`,
      /apps\/a\/bad\.ts:4:\d+: building function "F" failed: Cannot read properties of undefined \(reading 'y'\); a value was read past the DSL's types/],
  ];
  for (const [what, source, message] of bad) {
    it(`fails on ${what} with file:line:col and no stack trace`, () => {
      const root = project({ 'apps/a/bad.ts': source });
      const r = xac(root, 'build');
      expect(r.code).toBe(1);
      expect(r.err).toMatch(message);
      expect(r.err).not.toMatch(/\n\s+at |^internal error|This is a bug/m);
      expect(existsSync(join(root, 'apps/a/xs'))).toBe(false);
    });
  }

  it('fails when escape-hatch text is not valid XanoScript, at the DSL line that wrote it', () => {
    const root = project({ 'apps/a/raw.ts': `${DSL}\nimport { raw } from '@xac/xanoscript-dsl/dsl';\nexport const f = fn('F', {}, (s) => {\n  s.add(raw.stmt('db.get "user" {\\n  field_name = "id"\\n}'));\n  return null;\n});\n` });
    const r = xac(root, 'build');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/apps\/a\/raw\.ts:4:5: the compiled apps\/a\/xs\/function\/f\.xs:\d+:\d+ is not valid XanoScript: .*field_value/);
    expect(existsSync(join(root, 'apps/a/xs'))).toBe(false);
  });

  it('type-checks before writing: a type error prints file:line:col TS<code> once, exits 1 and leaves apps/*/xs untouched', () => {
    const root = project({ 'apps/a/users.ts': good });
    expect(xac(root, 'build').code).toBe(0);
    const before = readFileSync(join(root, 'apps/a/xs/function/users/find.xs'), 'utf8');
    writeFileSync(join(root, 'apps/a/users.ts'), good.replace("return u.get('email', '');", "return s.input.user_id.toInt().trim();").replace("'Users/Find'", "'Users/Renamed'"));
    const r = xac(root, 'build');
    expect(r.code).toBe(1);
    const diagnostics = r.err.split('\n').filter((l) => / TS\d+ /.test(l));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatch(/^error: apps\/a\/users\.ts:5:\d+ TS2339 Property 'trim' does not exist on type/);
    expect(r.err).toMatch(/1 type error in the apps; nothing was written/);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(root, 'apps/a/xs/function/users/find.xs'), 'utf8')).toBe(before);
    expect(existsSync(join(root, 'apps/a/xs/function/users/renamed.xs'))).toBe(false);
    expect(existsSync(join(root, '.xac/cache/typecheck/a.tsbuildinfo'))).toBe(true);
  });

  it('xac deploy with a type error deploys nothing: exit 1 with the TS diagnostic (the issue: owner.id.trim() deployed with exit 0)', () => {
    const root = project({ 'apps/a/users.ts': good.replace("return u.get('email', '');", 'return s.input.user_id.toInt().trim();') });
    const r = xac(root, 'deploy');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^error: apps\/a\/users\.ts:5:\d+ TS2339 Property 'trim' does not exist/m);
    const state = join(root, '.xac/emulator/state.json');
    expect(existsSync(state) ? readFileSync(state, 'utf8') : '').not.toContain('Users/Find');
    expect(existsSync(join(root, 'apps/a/xs'))).toBe(false);
  });

  it('fails when two objects share an identity, naming both places', () => {
    const root = project({
      'apps/a/one.ts': `${DSL}\nexport const f = fn('Same', {}, () => 1);\n`,
      'apps/b/two.ts': `${DSL}\n\nexport const g = fn('Same', {}, () => 2);\n`,
    });
    const r = xac(root, 'build');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/apps\/b\/two\.ts:3:18: function "Same" has the same identity as the one at apps\/a\/one\.ts:2:18/);
  });
});
