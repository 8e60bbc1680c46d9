// `xac run endpoint <VERB> <path>`, `xac run task <name>`, `xac run --file`, `xac seed`, and `$env`
// from xac.config.ts (docs/runtime.md "Running"; docs/emulator.md for how a path finds its endpoint).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const pkg = join(import.meta.dirname, '..', '..', '..');
const cli = join(pkg, 'dist', 'cli', 'main.js');
const tmp = join(pkg, '.test-tmp', `run-endpoint-${process.pid}`);
const env = { ...process.env, DATABASE_URL: '' };
const xac = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: tmp, encoding: 'utf8', env });

const files: Record<string, string> = {
  'apps/a/xs/api/shop/shop.xs': 'api_group "Shop" {\n  canonical = "shop-v1"\n}\n',
  'apps/a/xs/table/item.xs': 'table "item" {\n  auth = false\n  schema {\n    int id\n    text name\n    int qty?=0\n  }\n}\n',
  'apps/a/xs/api/shop/items_id_GET.xs': 'query "items/{item_id}" verb=GET {\n  api_group = "Shop"\n  input {\n    int item_id\n  }\n  stack {\n    db.get "item" {\n      field_name = "id"\n      field_value = $input.item_id\n    } as $item\n    precondition ($item != null) {\n      error_type = "notfound"\n      error = "No such item"\n    }\n  }\n  response = $item\n}\n',
  'apps/a/xs/api/shop/me_GET.xs': 'query "me" verb=GET {\n  api_group = "Shop"\n  auth = "user"\n  input {\n  }\n  stack {\n  }\n  response = {id: $auth.id, base: $env.API_BASE}\n}\n',
  'apps/a/xs/task/count_items.xs': 'task "count_items" {\n  stack {\n    db.query "item" {\n      return = {type: "count"}\n    } as $n\n  }\n  response = $n\n  schedule = [{starts_on: 2026-01-01 00:00:00+0000, freq: 3600}]\n}\n',
  'needs_env.xs': 'function "needs_env" {\n  input {\n  }\n  stack {\n    var $k {\n      value = $env.NOT_SET_ANYWHERE\n    }\n  }\n  response = $k\n}\n',
  'xac.config.ts': "export default { env: { API_BASE: 'http://local.test' }, targets: { staging: { instanceUrl: 'https://staging.example.com', workspaceId: 2, env: { API_BASE: 'https://staging.test' } } } };\n",
  'seed/item.json': JSON.stringify([{ id: 3, name: 'lamp', qty: '4' }, { id: 9, name: 'desk' }]),
};

beforeAll(() => {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(tmp, path, '..'), { recursive: true });
    writeFileSync(join(tmp, path), text);
  }
  writeFileSync(join(tmp, 'pnpm-workspace.yaml'), 'packages: []\n');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('xac seed and xac run endpoint | task', () => {
  it('seeds rows (converted as db.add converts them) and an endpoint reads them by path parameter', () => {
    const seeded = xac('seed', 'seed', '--data-dir', '.xac/db');
    expect(seeded.stdout).toBe('seed/item.json: 2 rows into item\n');
    const r = xac('run', 'endpoint', 'GET', '/api:shop-v1/items/3', '--data-dir', '.xac/db');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ id: 3, name: 'lamp', qty: 4 });
    const bare = xac('run', 'endpoint', 'get', 'items/9', '--data-dir', '.xac/db');
    expect(JSON.parse(bare.stdout)).toMatchObject({ name: 'desk', qty: 0 });
  });

  it('a precondition is exit 1 with its status; an unknown endpoint or verb is a usage error naming the endpoints', () => {
    const missing = xac('run', 'endpoint', 'GET', 'items/5');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^error: No such item at apps\/a\/xs\/api\/shop\/items_id_GET\.xs:\d+:\d+ \(HTTP 404\)\n$/);
    const unknown = xac('run', 'endpoint', 'GET', 'nope');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('GET /api:shop-v1/items/{item_id}');
    expect(xac('run', 'endpoint', 'FETCH', 'items/5').status).toBe(2);
  });

  it('auth endpoints need --auth; $env comes from the config env block, a named target\'s replacing it', () => {
    const refused = xac('run', 'endpoint', 'GET', 'me');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('needs auth = "user"');
    expect(JSON.parse(xac('run', 'endpoint', 'GET', 'me', '--auth', '{"id": 7}').stdout)).toEqual({ id: 7, base: 'http://local.test' });
    expect(JSON.parse(xac('run', 'endpoint', 'GET', 'me', '--auth', '{"id": 7}', '--target', 'staging').stdout)).toEqual({ id: 7, base: 'https://staging.test' });
  });

  it('a missing $env variable is a one-line error naming it', () => {
    const r = xac('run', '--file', 'needs_env.xs');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^error: environment variable NOT_SET_ANYWHERE is not set \(set it in the process environment, or in an env block of xac\.config\.ts\) at needs_env\.xs:6:\d+ \(HTTP 500\)\n$/);
  });

  it('runs a task by name on demand', () => {
    const r = xac('run', 'task', 'count_items', '--data-dir', '.xac/db');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toBe(2);
    expect(xac('run', 'task', 'nope').stderr).toContain('tasks: "count_items"');
  });
});
