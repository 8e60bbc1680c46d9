// The workspace's endpoints served by the emulator over real HTTP on 127.0.0.1 (apis.md "Query
// Name", "Path Parameters", "Authenticated Endpoint"; essentials.md "Error Types").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '@xac/xanoscript-runtime';
import { pushDocuments, startEmulatorHarness, type EmulatorHarness } from '../testing/harness.js';

const group = `api_group "Shop" {\n  canonical = "shop-v1"\n}\n`;
const userTable = `table "user" {\n  auth = true\n  schema {\n    int id\n    text name\n    text role?="member"\n  }\n}\n`;
const noteTable = `table "note" {\n  auth = false\n  schema {\n    int id\n    int user_id\n    text body\n  }\n}\n`;
const q = (name: string, verb: string, body: string, extra = '') =>
  `query "${name}" verb=${verb} {\n  api_group = "Shop"\n${extra}${body.startsWith('  input') ? '' : '  input {\n  }\n'}${body}}\n`;

const docs = [
  group, userTable, noteTable,
  q('echo', 'GET', `  input {\n    int n\n    text? tag?\n  }\n  stack {\n  }\n  response = {n: $input.n, doubled: $input.n * 2, tag: $input.tag}\n`),
  q('items/{item_id}', 'GET', `  input {\n    int item_id\n  }\n  stack {\n    precondition ($input.item_id < 100) {\n      error_type = "notfound"\n      error = "No such item"\n    }\n  }\n  response = {id: $input.item_id}\n`),
  q('items/special', 'GET', `  stack {\n  }\n  response = "literal wins"\n`),
  q('admin', 'GET', `  stack {\n    precondition ($auth.role == "admin") {\n      error_type = "accessdenied"\n      error = "Admin access required"\n    }\n  }\n  response = "ok"\n`, '  auth = "user"\n'),
  q('signup', 'POST', `  input {\n    text name\n  }\n  stack {\n    db.add "user" {\n      data = {name: $input.name}\n    } as $user\n    security.create_auth_token {\n      table = "user"\n      id = $user.id\n      extras = {role: $user.role}\n      expiration = 3600\n    } as $token\n  }\n  response = {authToken: $token, id: $user.id}\n`),
  q('me', 'GET', `  stack {\n    db.get "user" {\n      field_name = "id"\n      field_value = $auth.id\n    } as $user\n  }\n  response = {id: $auth.id, name: $user.name, role: $auth.role}\n`, '  auth = "user"\n'),
  q('notes', 'POST', `  input {\n    text body\n  }\n  stack {\n    db.add "note" {\n      data = {user_id: $auth.id, body: $input.body}\n    } as $note\n    db.query "note" {\n      where = $db.note.user_id == $auth.id\n      return = {type: "count"}\n    } as $count\n  }\n  response = {note: $note.body, count: $count}\n`, '  auth = "user"\n'),
  q('boom', 'GET', `  stack {\n    throw {\n      name = "Broken"\n      value = "it broke"\n    }\n  }\n  response = null\n`),
];

let h: EmulatorHarness;
const clock = manualClock(Date.UTC(2026, 0, 1));
const call = async (verb: string, path: string, o: { body?: unknown; token?: string } = {}) => {
  const headers: Record<string, string> = { ...(o.token ? { authorization: `Bearer ${o.token}` } : {}), ...(o.body === undefined ? {} : { 'content-type': 'application/json' }) };
  const res = await fetch(`${h.emu.url}${path}`, { method: verb, headers, ...(o.body === undefined ? {} : { body: JSON.stringify(o.body) }) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown>, at: res.headers.get('x-xac-error-at') };
};

beforeAll(async () => {
  h = await startEmulatorHarness({ clock, schedulerIntervalMs: 0 });
  await pushDocuments(h.emu, docs);
});
afterAll(async () => h.close());

describe('serving /api:<canonical>/<path> (apis.md "Query Name")', () => {
  it('runs the endpoint with its query-string input validated and coerced, answering JSON', async () => {
    expect(await call('GET', '/api:shop-v1/echo?n=21')).toMatchObject({ status: 200, json: { n: 21, doubled: 42, tag: null } });
  });

  it('a missing required input is 400 ERROR_CODE_INPUT_ERROR with Xano\'s message', async () => {
    const r = await call('GET', '/api:shop-v1/echo');
    expect(r).toMatchObject({ status: 400, json: { code: 'ERROR_CODE_INPUT_ERROR', message: 'Missing param: n' } });
  });

  it('path parameters fill the input (apis.md "Path Parameters"); a literal segment wins over {param}', async () => {
    expect(await call('GET', '/api:shop-v1/items/7')).toMatchObject({ status: 200, json: { id: 7 } });
    expect((await call('GET', '/api:shop-v1/items/special')).json).toBe('literal wins');
  });

  it('precondition error_type gives the status (essentials.md "Error Types": notfound 404)', async () => {
    const r = await call('GET', '/api:shop-v1/items/500');
    expect(r).toMatchObject({ status: 404, json: { code: 'ERROR_CODE_NOT_FOUND', message: 'No such item' } });
    expect(r.at).toMatch(/^api\/Shop\/items\/\{item_id\}_GET\.xs:\d+:\d+$/);
  });

  it('an unknown path is 404, a known path with another verb 405, a throw 500 ERROR_FATAL', async () => {
    expect((await call('GET', '/api:shop-v1/nope')).status).toBe(404);
    expect((await call('GET', '/api:other/echo?n=1')).status).toBe(404);
    expect((await call('DELETE', '/api:shop-v1/echo')).status).toBe(405);
    expect(await call('GET', '/api:shop-v1/boom')).toMatchObject({ status: 500, json: { code: 'ERROR_FATAL', message: 'Broken: it broke' } });
  });

  it('serves the deployed version: a push changes what the next request runs', async () => {
    await pushDocuments(h.emu, [q('echo', 'GET', `  input {\n    int n\n  }\n  stack {\n  }\n  response = {n: $input.n, version: 2}\n`)]);
    expect((await call('GET', '/api:shop-v1/echo?n=1')).json).toEqual({ n: 1, version: 2 });
  });
});

describe('$auth from the emulator auth table (apis.md "Authenticated Endpoint"; security.md)', () => {
  it('a token from security.create_auth_token in a signup endpoint authenticates later requests', async () => {
    const signup = await call('POST', '/api:shop-v1/signup', { body: { name: 'Ann' } });
    expect(signup.status).toBe(200);
    const token = String(signup.json.authToken);
    expect(await call('GET', '/api:shop-v1/me', { token })).toMatchObject({ status: 200, json: { id: signup.json.id, name: 'Ann', role: 'member' } });
    expect(await call('POST', '/api:shop-v1/notes', { token, body: { body: 'hi' } })).toMatchObject({ status: 200, json: { note: 'hi', count: 1 } });
  });

  it('no token or an unknown one is 401; $auth extras reach preconditions (accessdenied 403)', async () => {
    expect(await call('GET', '/api:shop-v1/me')).toMatchObject({ status: 401, json: { code: 'ERROR_CODE_UNAUTHORIZED' } });
    expect((await call('GET', '/api:shop-v1/me', { token: 'not-a-token' })).status).toBe(401);
    const member = h.emu.issueAuthToken({ table: 'user', id: 1, extras: { role: 'member' } });
    expect(await call('GET', '/api:shop-v1/admin', { token: member })).toMatchObject({ status: 403, json: { code: 'ERROR_CODE_ACCESS_DENIED', message: 'Admin access required' } });
    const admin = h.emu.issueAuthToken({ table: 'user', id: 1, extras: { role: 'admin' } });
    expect((await call('GET', '/api:shop-v1/admin', { token: admin })).json).toBe('ok');
  });

  it('a token expires on the emulator clock, and one of another table is refused', async () => {
    const token = h.emu.issueAuthToken({ table: 'user', id: 1, extras: { role: 'admin' }, expiration: 60 });
    expect((await call('GET', '/api:shop-v1/admin', { token })).status).toBe(200);
    await clock.sleep(61_000);
    expect((await call('GET', '/api:shop-v1/admin', { token })).status).toBe(401);
    const other = h.emu.issueAuthToken({ table: 'admin_user', id: 1, extras: { role: 'admin' } });
    expect((await call('GET', '/api:shop-v1/admin', { token: other })).status).toBe(401);
  });
});
