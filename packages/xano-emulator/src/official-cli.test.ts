// CONTRACT: the official CLI's recorded requests (__fixtures__/official-cli-requests.ts) replayed in
// order against the emulator over HTTP; each answer must have the status and the fields the CLI reads.
// Rerun the recording itself locally as docs/deploy.md describes ("The official CLI against the emulator").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinMultidoc } from '@xac/xanoscript-dsl/layout';
import { fx, startEmulatorHarness, type EmulatorHarness } from './testing/harness.js';
import { kx } from './testing/kind-docs.js';
import { OFFICIAL_CLI_REQUESTS, type RecordedRequest } from './__fixtures__/official-cli-requests.js';
import { rawRequest } from './__fixtures__/raw-http.js';

/** Each recorded first line → the document the CLI sent (` v2`: the same object, changed). */
const DOCS: Readonly<Record<string, string>> = {
  'query "products" verb=GET {': fx.query('products', 'GET', 'shop'),
  'api_group "shop" {': fx.group('shop'),
  'function "add" {': fx.fn('add'),
  'table "product" {': fx.table('product'),
  'table_trigger "product_audit" {': kx.tableTrigger('product_audit', 'product'),
  'table_trigger "product_audit" { v2': kx.tableTrigger('product_audit', 'product', '2'),
  'table_trigger "product_log" {': kx.tableTrigger('product_log', 'product', '3'),
  'workspace "local" {': kx.workspace('local'),
  'workspace_trigger "on_branch" {': kx.workspaceTrigger('on_branch'),
  'function "made_by_cli" {': fx.fn('made_by_cli'),
  'function "made_by_cli" { v2': fx.fn('made_by_cli', '9'),
};

function bodyOf(r: RecordedRequest): { body?: string; contentType?: string } {
  if (!r.body) return {};
  if ('json' in r.body) return { body: JSON.stringify(r.body.json), contentType: 'application/json' };
  const docs = r.body.xanoscript.map((line) => {
    const doc = DOCS[line];
    if (doc === undefined) throw new Error(`no fixture document for ${line}`);
    return doc;
  });
  return { body: joinMultidoc(docs), contentType: 'text/x-xanoscript' };
}

/** The values at a path (`a.b`, `[].b`, `a[].b`, `a[0].b`); a `[]` over an empty list yields nothing. */
function valuesAt(v: unknown, path: string): unknown[] {
  if (path === '') return [v];
  const m = /^(\[\d*\]|[^.[]+)\.?(.*)$/.exec(path);
  if (!m) return [];
  const [, head = '', rest = ''] = m;
  if (head.startsWith('[')) {
    if (!Array.isArray(v)) return [];
    const picked = head === '[]' ? v : [v[Number(head.slice(1, -1))]];
    return picked.flatMap((x) => valuesAt(x, rest));
  }
  if (v === null || typeof v !== 'object' || !Object.hasOwn(v, head)) {
    const [key, index] = head.split('[');
    if (index === undefined || v === null || typeof v !== 'object') return [];
    return valuesAt((v as Record<string, unknown>)[key ?? ''], `[${index}${rest ? `.${rest}` : ''}`);
  }
  return valuesAt((v as Record<string, unknown>)[head], rest);
}

const fill = (path: string, captured: Map<string, string>) => path.replace(/\{(\w+)\}/g, (_, k: string) => captured.get(k) ?? `{${k}}`);

let h: EmulatorHarness;
const captured = new Map<string, string>();
beforeAll(async () => {
  h = await startEmulatorHarness();
});
afterAll(async () => h.close());

describe('the official CLI’s requests, replayed', () => {
  OFFICIAL_CLI_REQUESTS.forEach((r, i) => {
    it(`${String(i + 1).padStart(2, '0')} ${r.command}: ${r.method} ${r.path}`, async () => {
      const path = fill(r.path, captured);
      const query = new URLSearchParams(r.query).toString();
      const target = `/api:meta${path}${query ? `?${query}` : ''}`;
      const res = await rawRequest(h.emu.port, target, { method: r.method, token: h.emu.token, headers: { accept: 'application/json' }, ...bodyOf(r) });
      expect(res.status, res.text).toBe(r.status);
      const answer = r.reads.includes('text') ? { text: res.text } : res.json;
      for (const read of r.reads) {
        const nullable = read.endsWith('?');
        const found = valuesAt(answer, nullable ? read.slice(0, -1) : read);
        expect(found.length, `${read} in ${res.text.slice(0, 300)}`).toBeGreaterThan(0);
        expect(found.every((x) => x !== undefined && (nullable || x !== null)), read).toBe(true);
      }
      if (r.message) expect((res.json as { message?: string }).message).toContain(r.message);
      const ops = (res.json as { operations?: Array<{ action: string; type: string; name: string; details?: string }> } | undefined)?.operations ?? [];
      if (r.operations) expect(ops.map((o) => `${o.action} ${o.type}:${o.name}`)).toEqual(expect.arrayContaining([...r.operations]));
      expect(ops.filter((o) => (o.details ?? '').includes('exception:')), 'blocking preview details').toEqual([]);
      for (const [name, from] of Object.entries(r.capture ?? {})) captured.set(name, String(valuesAt(res.json, from)[0]));
    });
  });
});
