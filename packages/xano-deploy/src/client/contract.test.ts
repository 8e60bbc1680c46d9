// CONTRACT tests: the client against the emulator over HTTP on 127.0.0.1, route by route.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fx, startHarness, type Harness } from './__fixtures__/harness.js';
import { InputError, NotFoundError, UnauthorizedError, XanoSyntaxError } from './errors.js';
import type { XanoClient } from './xano-client.js';
import { readGuid, splitMultidoc, stripGuid } from '@xac/xanoscript-dsl/layout';

let h: Harness;
let client: XanoClient;
beforeEach(async () => {
  h = await startHarness();
  client = h.client();
});
afterEach(async () => h.close());

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection');
}

describe('auth, workspaces, branches', () => {
  it('validates the token with /auth/me and answers 401 to a wrong one', async () => {
    expect((await client.auth.me()).id).toBe(1);
    const bad = h.client({ token: 'wrong-token' });
    const err = await rejection(bad.auth.me());
    expect(err).toBeInstanceOf(UnauthorizedError);
    expect((err as UnauthorizedError).code).toBe('ERROR_CODE_UNAUTHORIZED');
  });

  it('lists, gets, creates and updates workspaces', async () => {
    const [ws] = await client.workspaces.list();
    expect(ws).toMatchObject({ id: 1, name: 'local' });
    expect((await client.workspaces.get(1)).preferences?.allow_push).toBe(true);
    const created = await client.workspaces.create({ name: 'second' });
    expect((await client.workspaces.update(created.id, { description: 'd' })).description).toBe('d');
    expect((await client.workspaces.list()).map((w) => w.name)).toEqual(['local', 'second']);
    expect(await rejection(client.workspaces.get(999))).toBeInstanceOf(NotFoundError);
  });

  it('has v1 live by default; branches copy their source, go live and are deleted', async () => {
    expect(await client.branches.list()).toEqual([expect.objectContaining({ label: 'v1', live: true, backup: false })]);
    await client.functions.create(fx.fn('a'));
    await client.branches.create('dev');
    const dev = h.client({ branch: 'dev' });
    expect((await dev.functions.list()).map((f) => f.name)).toEqual(['a']);
    await dev.functions.create(fx.fn('only_dev'));
    expect(await client.functions.list()).toHaveLength(1);
    await client.branches.setLive('dev');
    expect((await client.functions.list()).map((f) => f.name).sort()).toEqual(['a', 'only_dev']);
    await client.branches.setLive('v1');
    await client.branches.delete('dev');
    expect(await rejection(client.branches.get('dev'))).toBeInstanceOf(NotFoundError);
    expect(await rejection(client.branches.delete('v1'))).toBeInstanceOf(InputError);
    expect(await rejection(h.client({ branch: 'nope' }).functions.list())).toBeInstanceOf(NotFoundError);
  });
});

describe('functions', () => {
  it('creates with a guid and echoes the canonical text with the guid before the final brace', async () => {
    const f = await client.functions.create({ text: fx.fn('math/add'), path: 'function/math/add.xs' });
    expect(f.name).toBe('math/add');
    expect(f.guid).toMatch(/\S{8,}/);
    const value = f.xanoscript?.value ?? '';
    expect(value.endsWith(`  guid = "${f.guid ?? ''}"\n}\n`)).toBe(true);
    expect(stripGuid(value)).toBe(fx.fn('math/add'));
    const got = await client.functions.get(f.id, { includeXanoscript: true });
    expect(got.xanoscript).toEqual({ status: 'ok', value });
    expect((await client.functions.get(f.id)).xanoscript).toBeUndefined();
  });

  it('updates, keeps drafts apart, deletes, and answers 404 for unknown ids', async () => {
    const f = await client.functions.create(fx.fn('f'));
    const updated = await client.functions.update(f.id, fx.fn('f', '2'));
    expect(updated.guid).toBe(f.guid);
    expect(stripGuid(updated.xanoscript?.value ?? '')).toBe(fx.fn('f', '2'));
    await client.functions.update(f.id, fx.fn('f', '3'), { publish: false });
    expect(stripGuid((await client.functions.get(f.id, { includeXanoscript: true })).xanoscript?.value ?? '')).toBe(fx.fn('f', '2'));
    const draft = await client.functions.get(f.id, { includeXanoscript: true, includeDraft: true });
    expect(stripGuid(draft.xanoscript?.value ?? '')).toBe(fx.fn('f', '3'));
    await client.functions.delete(f.id);
    const err = await rejection(client.functions.get(f.id));
    expect(err).toBeInstanceOf(NotFoundError);
    expect((err as NotFoundError).serverMessage).toBe('Unable to locate request.');
  });

  it('refuses a duplicate name (400 input error, param name) and a wrong kind for the route', async () => {
    await client.functions.create(fx.fn('dup'));
    const dup = await rejection(client.functions.create(fx.fn('dup')));
    expect(dup).toBeInstanceOf(InputError);
    expect((dup as InputError).param).toBe('name');
    expect((dup as InputError).code).toBe('ERROR_CODE_INPUT_ERROR');
    const wrong = await rejection(client.functions.create(fx.task('t')));
    expect(wrong).toBeInstanceOf(InputError);
    expect((wrong as InputError).code).toBe('ERROR_CODE_BAD_REQUEST');
  });

  it('reports a syntax error at the local file:line:col', async () => {
    const err = await rejection(client.functions.create({ text: fx.broken('bad'), path: 'apps/x/xs/function/bad.xs' }));
    expect(err).toBeInstanceOf(XanoSyntaxError);
    const e = err as XanoSyntaxError;
    expect(e.payload).toEqual({ line: 4, col: 11 });
    expect(e.locations[0]).toMatchObject({ path: 'apps/x/xs/function/bad.xs', line: 5, column: 12 });
    expect(e.message.startsWith('apps/x/xs/function/bad.xs:5:12: ')).toBe(true);
    expect(h.emu.snapshot().workspaces[0]?.branches[0]?.objects).toHaveLength(0);
  });

  it('follows paging envelopes past the first page', async () => {
    for (let i = 0; i < 7; i++) await client.functions.create(fx.fn(`p${i}`));
    const paged = h.client({ perPage: 3 });
    const before = h.emu.faults.requests;
    const all = await paged.functions.list();
    expect(all.map((f) => f.name).sort()).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
    expect(h.emu.faults.requests - before).toBe(3);
  });
});

describe('api groups and endpoints', () => {
  it('creates groups from XanoScript and JSON, endpoints under them, and cascades a group delete', async () => {
    const g = await client.apiGroups.create(fx.group('Admin'));
    const j = await client.apiGroups.createJson({ name: 'Public API', description: 'open' });
    expect(j.xanoscript).toBeUndefined();
    expect((await client.apiGroups.list()).map((x) => x.name).sort()).toEqual(['Admin', 'Public API']);
    const e = await client.endpoints.create(g.id, fx.query('users/{id}', 'GET', 'Admin'));
    expect(e).toMatchObject({ name: 'users/{id}', verb: 'GET', apigroup_id: g.id });
    await client.endpoints.create(g.id, fx.query('users/{id}', 'DELETE', 'Admin'));
    expect(await rejection(client.endpoints.create(g.id, fx.query('users/{id}', 'GET', 'Admin')))).toBeInstanceOf(InputError);
    expect(await rejection(client.endpoints.create(g.id, fx.query('x', 'GET', 'Other')))).toBeInstanceOf(InputError);
    const upd = await client.endpoints.update(g.id, e.id, fx.query('users/{id}', 'GET', 'Admin', '2'));
    expect(stripGuid(upd.xanoscript?.value ?? '')).toBe(fx.query('users/{id}', 'GET', 'Admin', '2'));
    expect((await client.endpoints.find(g.id, 'users/{id}', 'DELETE'))?.verb).toBe('DELETE');
    expect(await client.endpoints.listAll()).toHaveLength(2);
    expect(await rejection(client.endpoints.get(j.id, e.id))).toBeInstanceOf(NotFoundError);
    await client.endpoints.delete(g.id, e.id);
    expect(await client.endpoints.list(g.id)).toHaveLength(1);
    await client.apiGroups.delete(g.id);
    expect(await client.endpoints.listAll()).toHaveLength(0);
    expect(await rejection(client.endpoints.list(g.id))).toBeInstanceOf(NotFoundError);
  });
});

describe('tasks, tables, middleware, addons', () => {
  it('runs the same CRUD contract for every kind', async () => {
    const cases = [
      [client.tasks, fx.task('nightly'), fx.task('nightly', '2')],
      [client.tables, fx.table('user'), fx.table('user', '\n    text email')],
      [client.middleware, fx.middleware('mw'), fx.middleware('mw').replace('value = 1', 'value = 2')],
      [client.addons, fx.addon('count_users'), fx.addon('count_users').replace('"count"', '"list"')],
    ] as const;
    for (const [api, text, next] of cases) {
      const o = await api.create(text);
      expect((await api.find({ name: o.name }))?.id).toBe(o.id);
      expect(stripGuid((await api.update(o.id, next)).xanoscript?.value ?? '')).toBe(next);
      expect(await api.list()).toHaveLength(1);
      await api.delete(o.id);
      expect(await api.list()).toHaveLength(0);
    }
  });
});

describe('multidoc', () => {
  const docs = () => [
    { path: 'table/user.xs', text: fx.table('user') },
    { path: 'function/a.xs', text: fx.fn('a') },
    { path: 'api/admin/api_group.xs', text: fx.group('Admin') },
    { path: 'api/admin/users_GET.xs', text: fx.query('users', 'GET', 'Admin') },
  ];

  it('previews creates, pushes with a guid_map, and previews the same push as unchanged', async () => {
    const preview = await client.multidoc.dryRun(docs());
    expect(preview.operations.map((o) => `${o.action} ${o.type} ${o.name}`)).toEqual([
      'create table user', 'create function a', 'create api_group Admin', 'create query users GET',
    ]);
    expect(preview.summary.function).toEqual({ created: 1, updated: 0, deleted: 0, truncated: 0, unchanged: 0 });
    const pushed = await client.multidoc.push(docs());
    expect(pushed.guid_map.map((g) => `${g.type}:${g.name}`)).toEqual(['table:user', 'function:a', 'api_group:Admin', 'query:users']);
    const again = await client.multidoc.dryRun(docs());
    expect(again.operations.every((o) => o.action === 'unchanged')).toBe(true);
    const text = await client.multidoc.get();
    const remote = splitMultidoc(text);
    expect(remote).toHaveLength(4);
    expect(remote.map(readGuid).sort()).toEqual(pushed.guid_map.map((g) => g.guid).sort());
  });

  it('matches by guid first, updates, previews remote-only objects, and deletes them only with partial=false&delete', async () => {
    const pushed = await client.multidoc.push(docs());
    const guid = pushed.guid_map.find((g) => g.name === 'a')?.guid ?? '';
    const renamed = { path: 'function/b.xs', text: fx.fn('b', '5').replace(/}\n$/, `  guid = "${guid}"\n}\n`) };
    const preview = await client.multidoc.dryRun([renamed]);
    expect(preview.operations).toEqual([expect.objectContaining({ action: 'update', type: 'function', name: 'b' })]);
    const full = await client.multidoc.dryRun([renamed], { partial: false, delete: true });
    expect(full.operations.filter((o) => o.action === 'delete').map((o) => o.name).sort()).toEqual(['Admin', 'user', 'users GET']);
    expect((await client.multidoc.dryRun([renamed], { delete: true })).operations.filter((o) => o.action === 'delete')).toHaveLength(3);
    await client.multidoc.push([renamed], { delete: true });
    const fns = await client.functions.list();
    expect(fns.map((f) => [f.name, f.guid])).toEqual([['b', guid]]);
    await client.multidoc.push([renamed], { partial: false, delete: true });
    expect(splitMultidoc(await client.multidoc.get())).toHaveLength(1);
  });

  it('is all-or-nothing: one bad document fails the push, changes nothing, and names the local file:line:col', async () => {
    const bad = [...docs(), { path: 'function/broken.xs', text: fx.broken('broken') }];
    const preview = await client.multidoc.dryRun(bad);
    const op = preview.operations.find((o) => o.name === 'broken');
    expect(String(op?.details)).toMatch(/^exception: .+ \(line 5, col 12\)$/);
    expect(preview.problems).toEqual([expect.objectContaining({ path: 'function/broken.xs', line: 5, column: 12 })]);
    const before = h.emu.snapshot();
    const err = await rejection(client.multidoc.push(bad));
    expect(err).toBeInstanceOf(XanoSyntaxError);
    expect((err as XanoSyntaxError).locations).toEqual([expect.objectContaining({ path: 'function/broken.xs', line: 5, column: 12 })]);
    expect((err as Error).message).toMatch(/^function\/broken\.xs:5:12: /);
    expect(h.emu.snapshot()).toEqual(before);
  });

  it('refuses duplicate guids and endpoints of unknown groups, changing nothing', async () => {
    const orphan = await rejection(client.multidoc.push([{ text: fx.query('x', 'GET', 'Nope') }]));
    expect(orphan).toBeInstanceOf(InputError);
    const one = fx.fn('x').replace(/}\n$/, '  guid = "same"\n}\n');
    const two = fx.fn('y').replace(/}\n$/, '  guid = "same"\n}\n');
    const dup = await rejection(client.multidoc.push([one, two]));
    expect((dup as InputError).serverMessage).toMatch(/Duplicate function guid: same/);
    expect(h.emu.snapshot().workspaces[0]?.branches[0]?.objects).toEqual([]);
  });
});
