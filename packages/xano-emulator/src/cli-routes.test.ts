// The routes the official CLI calls beyond plain CRUD, over HTTP: branch set-live and edit, knowledge
// sync, every trigger kind and the workspace document in multidoc, allow_push at dry-run, the multidoc
// flags, JSON bodies and workspace paging.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { joinMultidoc } from '@xac/xanoscript-dsl/layout';
import { fx, startEmulatorHarness, type EmulatorHarness } from './testing/harness.js';
import { kx } from './testing/kind-docs.js';
import { rawRequest } from './__fixtures__/raw-http.js';

let h: EmulatorHarness;
beforeEach(async () => {
  h = await startEmulatorHarness();
});
afterEach(async () => h.close());

type Json = Record<string, unknown> & { payload?: { param?: string }; message?: string };
const call = async (method: string, path: string, body?: unknown, contentType = 'application/json') => {
  const text = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  const res = await rawRequest(h.emu.port, `/api:meta${path}`, { method, token: h.emu.token, ...(text === undefined ? {} : { body: text, contentType }) });
  return { status: res.status, json: res.json as Json, text: res.text };
};
const xs = (method: string, path: string, docs: string[]) => call(method, path, joinMultidoc(docs), 'text/x-xanoscript');
type Op = { action: string; type: string; name: string; details: string };
const ops = (r: { json: Json }) => (r.json.operations as Op[]).map((o) => `${o.action} ${o.type}:${o.name}${o.details ? ' !' : ''}`);

describe('branches', () => {
  it('set-live answers the branch object (the CLI reads .label)', async () => {
    await call('POST', '/workspace/1/branch', { label: 'dev' });
    const live = await call('POST', '/workspace/1/branch/dev/live');
    expect(live.status).toBe(200);
    expect(live.json).toMatchObject({ label: 'dev', live: true, backup: false });
    expect((await call('GET', '/workspace/1/branch/v1')).json.live).toBe(false);
    expect((await call('POST', '/workspace/1/branch/nope/live')).status).toBe(404);
  });

  it('edit renames, describes and colours a branch; v1 keeps its label; a taken label is refused', async () => {
    await call('POST', '/workspace/1/branch', { label: 'dev' });
    await call('POST', '/workspace/1/branch', { label: 'other' });
    const edited = await call('PUT', '/workspace/1/branch/dev', { label: 'development', description: 'Dev env', color: '#ff5733' });
    expect(edited.status).toBe(200);
    expect(edited.json).toMatchObject({ label: 'development', description: 'Dev env', color: '#ff5733' });
    expect((await call('GET', '/workspace/1/branch/dev')).status).toBe(404);
    expect((await call('PUT', '/workspace/1/branch/v1', { label: 'main' })).json.payload?.param).toBe('label');
    expect((await call('PUT', '/workspace/1/branch/v1', { description: 'default' })).json.description).toBe('default');
    expect((await call('PUT', '/workspace/1/branch/other', { label: 'development' })).status).toBe(400);
    expect((await call('PUT', '/workspace/1/branch/other', { color: 'red' })).json.payload?.param).toBe('color');
    expect((await call('PUT', '/workspace/1/branch/missing', { description: 'x' })).status).toBe(404);
  });
});

describe('knowledge sync', () => {
  const item = (name: string, content = 'Body') => ({ name, knowledge_type: 'doc', content, description: 'd' });

  it('previews, imports with a guid map, reports unchanged, and deletes with delete=true', async () => {
    expect((await call('GET', '/workspace/1/knowledge/sync?branch=')).json).toEqual([]);
    const preview = await call('POST', '/workspace/1/knowledge/sync', { branch: '', dry_run: true, items: [item('runbook')] });
    expect(preview.json).toEqual({ operations: [{ action: 'create', name: 'runbook', type: 'doc' }], summary: { doc: { created: 1, updated: 0, deleted: 0, unchanged: 0 } } });
    const pushed = await call('POST', '/workspace/1/knowledge/sync', { branch: '', delete: false, force: false, items: [item('runbook')] });
    expect(pushed.json).toMatchObject({ imported: 1, deleted: 0, guid_map: [{ name: 'runbook', guid: expect.any(String) }] });
    const again = await call('POST', '/workspace/1/knowledge/sync', { dry_run: true, items: [item('runbook')] });
    expect((again.json.summary as Record<string, { unchanged: number }>).doc?.unchanged).toBe(1);
    const synced = await call('POST', '/workspace/1/knowledge/sync', { branch: '', delete: true, force: false, items: [] });
    expect(synced.json).toMatchObject({ imported: 0, deleted: 1 });
    expect((await call('GET', '/workspace/1/knowledge/sync')).json).toEqual([]);
  });

  it('refuses malformed items naming the field', async () => {
    const bad = [{ name: 'x\ny', knowledge_type: 'doc', content: '' }, { name: 'x', knowledge_type: 'nope', content: '' }, { name: 'x', knowledge_type: 'skill', content: 1 }];
    for (const it of bad) expect((await call('POST', '/workspace/1/knowledge/sync', { items: [it] })).status).toBe(400);
    expect((await call('POST', '/workspace/1/knowledge/sync', { items: 'all' })).json.payload?.param).toBe('items');
  });
});

describe('multidoc: every trigger kind and the workspace document', () => {
  const all = () => [
    fx.table('product'), kx.tableTrigger('product_audit', 'product'), kx.workspace('local'), kx.workspaceTrigger('on_live'),
    kx.agent('Helper'), kx.agentTrigger('on_agent', 'Helper'), kx.mcpServer('Tools'), kx.mcpTrigger('on_mcp', 'Tools'),
    kx.channel('room'), kx.realtimeTrigger('on_join', 'room'),
  ];

  it('previews, pushes, pulls and re-previews them as unchanged', async () => {
    const preview = await xs('POST', '/workspace/1/multidoc/dry-run?delete=true', all());
    expect(preview.status).toBe(200);
    expect(ops(preview)).toContain('create trigger:product_audit');
    expect(ops(preview)).toContain('create workspace:workspace');
    expect(ops(preview).filter((o) => o.endsWith('!'))).toEqual([]);
    const pushed = await xs('POST', '/workspace/1/multidoc', all());
    expect((pushed.json.guid_map as Array<{ type: string }>).map((g) => g.type)).toContain('mcp_server_trigger');
    const pulled = await call('GET', '/workspace/1/multidoc?branch=');
    for (const head of ['table_trigger "product_audit"', 'workspace "local"', 'agent_trigger "on_agent"', 'realtime_trigger "on_join"']) expect(pulled.text).toContain(head);
    const again = await xs('POST', '/workspace/1/multidoc/dry-run', all());
    expect(ops(again).every((o) => o.startsWith('unchanged'))).toBe(true);
  });

  it('refuses a trigger whose table does not exist, as a blocking preview detail and a 400 push', async () => {
    const preview = await xs('POST', '/workspace/1/multidoc/dry-run', [kx.tableTrigger('orphan', 'missing')]);
    expect(ops(preview)).toEqual(['create trigger:orphan !']);
    const push = await xs('POST', '/workspace/1/multidoc', [kx.tableTrigger('orphan', 'missing')]);
    expect(push.status).toBe(400);
    expect(push.json.message).toContain('table "missing" not found');
  });

  it('--sync --delete removes remote-only objects, triggers before their table, never the workspace document', async () => {
    await xs('POST', '/workspace/1/multidoc', [fx.table('product'), kx.tableTrigger('audit', 'product'), kx.workspace('local'), fx.fn('keep')]);
    const synced = await xs('POST', '/workspace/1/multidoc?partial=false&delete=true', [fx.fn('keep')]);
    expect(synced.status).toBe(200);
    const pulled = (await call('GET', '/workspace/1/multidoc')).text;
    expect(pulled).toContain('function "keep"');
    expect(pulled).toContain('workspace "local"');
    expect(pulled).not.toContain('table_trigger');
    expect(pulled).not.toContain('table "product"');
  });

  it('serves triggers on their own routes, with table_id', async () => {
    const table = await call('POST', '/workspace/1/table', fx.table('product'), 'text/x-xanoscript');
    const made = await call('POST', '/workspace/1/table/trigger', kx.tableTrigger('audit', 'product'), 'text/x-xanoscript');
    expect(made.json).toMatchObject({ name: 'audit', table_id: table.json.id });
    const listed = await call('GET', '/workspace/1/table/trigger?include_xanoscript=true');
    expect((listed.json.items as Json[]).map((i) => i.name)).toEqual(['audit']);
    const updated = await call('PUT', `/workspace/1/table/trigger/${String(made.json.id)}?include_xanoscript=true`, kx.tableTrigger('audit', 'product', '2'), 'text/x-xanoscript');
    expect((updated.json.xanoscript as { value: string }).value).toContain('value = 2');
    expect((await call('DELETE', `/workspace/1/table/trigger/${String(made.json.id)}`)).status).toBe(200);
    expect((await call('POST', '/workspace/1/table/trigger', kx.tableTrigger('x', 'missing'), 'text/x-xanoscript')).json.payload?.param).toBe('table');
    expect((await call('GET', `/workspace/1/table/${String(table.json.id)}`)).json.name).toBe('product');
  });
});

describe('multidoc flags and allow_push', () => {
  it('refuses dry-run and push alike when allow_push is false', async () => {
    await call('PUT', '/workspace/1', { preferences: { allow_push: false } });
    for (const path of ['/workspace/1/multidoc/dry-run', '/workspace/1/multidoc']) {
      const res = await xs('POST', path, [fx.fn('a')]);
      expect([path, res.status]).toEqual([path, 400]);
      expect(res.json.message).toContain('Push is disabled');
    }
  });

  it('records: table items are stored and pulled only with records=true; truncate empties them', async () => {
    const withRows = kx.tableWithItems('product', '{id: 1, name: "a"}');
    await xs('POST', '/workspace/1/multidoc', [withRows]);
    expect((await call('GET', '/workspace/1/multidoc?records=true')).text).not.toContain('items =');
    await xs('POST', '/workspace/1/multidoc?records=true', [withRows]);
    expect((await call('GET', '/workspace/1/multidoc?records=true')).text).toContain('items = [{id: 1, name: "a"}]');
    expect((await call('GET', '/workspace/1/multidoc?records=false')).text).not.toContain('items =');
    const preview = await xs('POST', '/workspace/1/multidoc/dry-run?truncate=true', [fx.table('product')]);
    expect(ops(preview)).toContain('truncate table:product');
    expect((preview.json.summary as Record<string, { truncated: number }>).table?.truncated).toBe(1);
    await xs('POST', '/workspace/1/multidoc?truncate=true', [fx.table('product')]);
    expect((await call('GET', '/workspace/1/multidoc?records=true')).text).not.toContain('items =');
  });

  it('env: the workspace env is pushed and pulled only with env=true', async () => {
    const doc = kx.workspace('local', '  env = {API_MODE: "dev"}\n');
    await xs('POST', '/workspace/1/multidoc', [doc]);
    expect((await call('GET', '/workspace/1/multidoc?env=true')).text).not.toContain('API_MODE');
    await xs('POST', '/workspace/1/multidoc?env=true', [doc]);
    expect((await call('GET', '/workspace/1/multidoc?env=true')).text).toContain('env = {API_MODE: "dev"}');
    expect((await call('GET', '/workspace/1/multidoc')).text).not.toContain('API_MODE');
  });

  it('transaction=false keeps the documents before the failing one; the default keeps none', async () => {
    const docs = [fx.fn('first'), fx.broken('bad'), fx.fn('after')];
    expect((await xs('POST', '/workspace/1/multidoc', docs)).status).toBe(400);
    expect((await call('GET', '/workspace/1/multidoc')).text).toBe('');
    expect((await xs('POST', '/workspace/1/multidoc?transaction=false', docs)).status).toBe(400);
    const pulled = (await call('GET', '/workspace/1/multidoc')).text;
    expect(pulled).toContain('function "first"');
    expect(pulled).not.toContain('function "after"');
  });
});

describe('JSON bodies and paging', () => {
  it('creates and updates from the docs JSON {name, description, xanoscript}', async () => {
    const made = await call('POST', '/workspace/1/function', { name: 'f', description: 'd', xanoscript: fx.fn('f') });
    expect(made.status).toBe(200);
    expect(made.json.name).toBe('f');
    const put = await call('PUT', `/workspace/1/function/${String(made.json.id)}?include_xanoscript=true`, { xanoscript: fx.fn('f', '2') });
    expect((put.json.xanoscript as { value: string }).value).toContain('value = 2');
    expect((await call('POST', '/workspace/1/function', { name: 'other', xanoscript: fx.fn('g') })).json.payload?.param).toBe('name');
    expect((await call('POST', '/workspace/1/function', { name: 'g' })).json.payload?.param).toBe('xanoscript');
    expect((await call('POST', '/workspace/1/task', { xanoscript: fx.task('t') })).status).toBe(200);
  });

  it('lists every workspace as a bare array, sliced by page and per_page when given', async () => {
    for (const name of ['b', 'c']) await call('POST', '/workspace', { name });
    expect(((await call('GET', '/workspace')).json as unknown as Json[]).map((w) => w.name)).toEqual(['local', 'b', 'c']);
    expect(((await call('GET', '/workspace?page=2&per_page=2')).json as unknown as Json[]).map((w) => w.name)).toEqual(['c']);
    expect((await call('GET', '/workspace?per_page=0')).status).toBe(400);
  });
});
