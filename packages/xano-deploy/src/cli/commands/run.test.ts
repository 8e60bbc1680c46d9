import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `xac run` over the local runtime (docs/runtime.md): a function by name from apps/*/xs, or a .xs
// file as written; errors are one line with file:line:col and the exit codes of DESIGN Conventions.

const pkg = join(import.meta.dirname, '..', '..', '..');
const cli = join(pkg, 'dist', 'cli', 'main.js');
const fixtures = join(pkg, '..', 'xanoscript-dsl', 'src', 'parser', '__fixtures__');
const tmp = join(pkg, '.test-tmp', `run-${process.pid}`);

const CALLEE = `function "lookup" {
  input {
    int field_value
    text label?="row"
  }
  stack {
    debug.log { value = $input.field_value }
  }
  response = {success: true, data: {id: $input.field_value, label: $input.label}}
}
`;
const CALLER = `function "caller" {
  input {
    text user_id
  }
  stack {
    function.run "lookup" { input = {id: $input.user_id} } as $r
  }
  response = $r
}
`;

const xac = (...args: string[]) => spawnSync(process.execPath, [cli, 'run', ...args], { cwd: tmp, encoding: 'utf8' });
// --data-dir is PGlite's folder; with DATABASE_URL set (CI's shared server) the run would use that server instead.
const { DATABASE_URL: _server, ...pgliteEnv } = process.env;
const xacPglite = (...args: string[]) => spawnSync(process.execPath, [cli, 'run', ...args], { cwd: tmp, encoding: 'utf8', env: pgliteEnv });

beforeAll(() => {
  mkdirSync(join(tmp, 'apps', 'functions', 'xs', 'function'), { recursive: true });
  mkdirSync(join(tmp, 'apps', 'functions', 'xs', 'table'), { recursive: true });
  writeFileSync(join(tmp, 'pnpm-workspace.yaml'), 'packages: []\n');
  writeFileSync(join(tmp, 'apps', 'functions', 'xs', 'function', 'lookup.xs'), CALLEE);
  writeFileSync(join(tmp, 'caller.xs'), CALLER);
  writeFileSync(join(tmp, 'apps', 'functions', 'xs', 'table', 'user.xs'), 'table "user" {\n  schema {\n    int id\n    text name\n  }\n}\n');
  cpSync(join(fixtures, 'seed-8140-before-fix', 'input.xs'), join(tmp, 'seed.xs'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('xac run', () => {
  it('runs a workspace function by name: the response on stdout, debug.log on stderr, exit 0', () => {
    const r = xac('lookup', '--input', '{"field_value": "60"}');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ success: true, data: { id: 60, label: 'row' } });
    expect(r.stderr).toBe('debug.log apps/functions/xs/function/lookup.xs:7:5: 60\n');
  });

  it('runs a .xs file as written; function.run finds the workspace function; a missing param is exit 1 at the call site', () => {
    const r = xac('caller.xs', '--input', '{"user_id": "60"}');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('error: Missing param: field_value at caller.xs:6:5 (HTTP 400)\n');
  });

  it('db.* runs on the workspace\'s tables: the seed 8140 with user_id "60" as text fails as Xano did, at its db.get', () => {
    const r = xac('seed.xs', '--input', '{"user_id": "60"}');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('error: Missing param: field_value at seed.xs:9:5 (HTTP 400)\n');
  }, 120_000);

  it('--data-dir keeps rows between runs', () => {
    const add = 'function "add" {\n  input {\n  }\n  stack {\n    db.add "user" { data = {name: "a"} } as $r\n  }\n  response = $r.id\n}\n';
    writeFileSync(join(tmp, 'add.xs'), add);
    expect(xacPglite('add.xs', '--data-dir', 'db').stdout).toBe('1\n');
    expect(xacPglite('add.xs', '--data-dir', 'db').stdout).toBe('2\n');
  }, 180_000);

  it('a statement the runtime lacks is exit 1 naming it and its place', () => {
    writeFileSync(join(tmp, 'header.xs'), 'function "h" {\n  input {\n  }\n  stack {\n    util.set_header { value = "X-A: b" duplicates = "replace" }\n  }\n  response = 1\n}\n');
    const r = xac('header.xs');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('error: not supported by the local runtime: util.set_header at header.xs:5:5 (HTTP 500)\n');
  });

  it('usage errors are exit 2: input that is not JSON, an unknown function, a missing file', () => {
    const notJson = xac('lookup', '--input', '{user_id: 60}');
    expect(notJson.status).toBe(2);
    expect(notJson.stderr).toMatch(/^error: --input is not JSON: .*example: --input/);
    const unknown = xac('look');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('error: no function named "look" in apps/*/xs (did you mean "lookup"?)\n');
    expect(xac('nope.xs').stderr).toBe('error: nope.xs: no such file\n');
  });
});
