// The Meta API's table content served from the database the workspace's scripts write, and the
// emulator's empty() that the validation suites reset with.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushDocuments, startEmulatorHarness, type EmulatorHarness } from '../testing/harness.js';

const table = `table "note" {\n  auth = false\n  schema {\n    int id\n    text body\n    timestamp? updated_at?\n  }\n}\n`;
let h: EmulatorHarness;
const get = async (path: string) => {
  const res = await fetch(`${h.emu.url}/api:meta/workspace/1${path}`, { headers: { authorization: `Bearer ${h.emu.token}` } });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
};
const tableId = async () => ((await get('/table')).json['items'] as Array<{ id: number; name: string }>).find((t) => t.name === 'note')?.id ?? 0;

beforeAll(async () => {
  h = await startEmulatorHarness({ schedulerIntervalMs: 0 });
  await pushDocuments(h.emu, [table]);
  await h.emu.seed({ note: Array.from({ length: 7 }, (_, i) => ({ body: `n${i + 1}`, updated_at: Date.UTC(2026, 0, i + 1) })) });
});
afterAll(async () => h.close());

describe('GET /workspace/{ws}/table/{id}/content', () => {
  it('pages the rows by id in the content envelope, with the whole table counted', async () => {
    const id = await tableId();
    const first = await get(`/table/${id}/content?page=1&per_page=3`);
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ curPage: 1, nextPage: 2, prevPage: null, itemsReceived: 3, itemsTotal: 7, offset: 0, pageTotal: 3 });
    expect((first.json['items'] as Array<Record<string, unknown>>).map((r) => r['body'])).toEqual(['n1', 'n2', 'n3']);
    const last = await get(`/table/${id}/content?page=3&per_page=3`);
    expect(last.json).toMatchObject({ curPage: 3, nextPage: null, prevPage: 2, itemsReceived: 1, itemsTotal: 7, offset: 6 });
    expect((last.json['items'] as Array<Record<string, unknown>>)[0]).toMatchObject({ id: 7, body: 'n7', updated_at: Date.UTC(2026, 0, 7) });
  });

  it('answers 404 for a table id the workspace does not have, and 400 for a bad per_page', async () => {
    expect((await get('/table/9999/content')).status).toBe(404);
    expect((await get(`/table/${await tableId()}/content?per_page=0`)).status).toBe(400);
  });

  it('empty() removes every row and restarts the ids', async () => {
    await h.emu.empty();
    const id = await tableId();
    expect((await get(`/table/${id}/content`)).json).toMatchObject({ itemsTotal: 0, items: [], nextPage: null, pageTotal: 0 });
    await h.emu.seed({ note: [{ body: 'again' }] });
    expect(((await get(`/table/${id}/content`)).json['items'] as Array<Record<string, unknown>>)[0]).toMatchObject({ id: 1, body: 'again' });
  });
});
