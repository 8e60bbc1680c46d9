// clientSuiteTarget's table stats over the content pages of the Meta API (a fake client of pages).
import { describe, expect, it } from 'vitest';
import type { ContentPage } from '../client/tables.js';
import type { XanoClient } from '../client/xano-client.js';
import { clientSuiteTarget } from './suite-target.js';

function client(tables: Record<string, Array<Record<string, unknown>>>, calls: string[] = []): Pick<XanoClient, 'tables'> {
  const names = Object.keys(tables);
  const fake = {
    list: async () => names.map((name, i) => ({ id: i + 1, name })),
    content: async (id: number, page: number, perPage: number): Promise<ContentPage> => {
      calls.push(`${id}:${page}`);
      const rows = tables[names[id - 1] ?? ''] ?? [];
      const items = rows.slice((page - 1) * perPage, page * perPage);
      return { items, itemsTotal: rows.length, nextPage: page * perPage < rows.length ? page + 1 : null };
    },
  };
  return { tables: fake as unknown as XanoClient['tables'] };
}

describe('clientSuiteTarget tableStats', () => {
  it('counts from the first page and walks every page for the latest updated_at, number or date text', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => ({ id: i + 1, updated_at: i === 1234 ? Date.UTC(2026, 5, 1) : Date.UTC(2026, 0, 1) }));
    rows.push({ id: 2501, updated_at: '2026-07-01T00:00:00.000Z' as unknown as number });
    const calls: string[] = [];
    const t = clientSuiteTarget('x', client({ fub_calls: rows }, calls));
    expect(await t.tableStats?.('fub_calls')).toEqual({ count: 2501, maxUpdatedAt: Date.UTC(2026, 6, 1) });
    expect(calls).toEqual(['1:1', '1:2', '1:3']);
  });

  it('stops after one page for a table whose rows have no updated_at, and names a table the target lacks', async () => {
    const calls: string[] = [];
    const t = clientSuiteTarget('prod', client({ user: Array.from({ length: 1500 }, (_, i) => ({ id: i + 1 })) }, calls));
    expect(await t.tableStats?.('user')).toEqual({ count: 1500, maxUpdatedAt: null });
    expect(calls).toEqual(['1:1']);
    await expect(t.tableStats?.('nope')).rejects.toThrow('no table "nope" on prod');
  });

  it('offers settle and reset only when given them', () => {
    expect(clientSuiteTarget('prod', client({})).reset).toBeUndefined();
    const reset = async () => undefined;
    expect(clientSuiteTarget('emulator', client({}), { reset, settle: reset }).reset).toBe(reset);
  });
});
