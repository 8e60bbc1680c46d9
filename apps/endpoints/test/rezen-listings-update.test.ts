// reZEN - Listings Update (8054) through its WORKERS test endpoint on the emulator, against the
// stand-ins, after Listings Sync (8053) has brought the listings in: each ACTIVE listing is read by id
// and its row gets what reZEN serves for it (status, price, expiration, MLS number), closed ones are
// not read; a second run finds nothing changed, answers the skip shape and leaves listing as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPipeline, testUser, type Pipeline, type Row } from './integration-harness.ts';

let p: Pipeline;
beforeAll(async () => {
  p = await startPipeline({ size: 200 });
  await p.seed(testUser());
  await p.call('4UsTtl3m', 'test-function-8053-listings-sync', { user_id: 60 });
}, 60_000);
afterAll(async () => p?.close());

const run = () => p.call('4UsTtl3m', 'test-function-8054-listings-update', { user_id: 60 });
const detail = async (id: unknown) => (await (await fetch(`${p.standIns.baseUrls.rezen}/arrakis/api/v1/listings/${String(id)}`)).json()) as Row;

describe('reZEN - Listings Update', () => {
  it('writes each open listing\'s reZEN record onto its row and leaves closed ones alone', async () => {
    const before = await p.rows('listing');
    expect(before).toHaveLength(p.standIns.counts['rezen.listings']);
    const open = before.filter((r) => r['status'] === 'ACTIVE');
    const closed = before.filter((r) => r['status'] !== 'ACTIVE');
    expect(open.length).toBeGreaterThan(0);
    expect(closed.length).toBeGreaterThan(0);
    const requests = p.standIns.stats.total;
    expect(await run()).toEqual({ success: true, error: null, step: 'listings_update', data: { checked: open.length, written: open.length } });
    expect(p.standIns.stats.total - requests).toBe(open.length);
    const rows = new Map((await p.rows('listing')).map((r) => [r['id'], r]));
    expect(rows.size).toBe(before.length);
    for (const r of open) {
      const d = await detail(r['listing_id_raw']);
      expect(rows.get(r['id'])).toMatchObject({
        listing_id_raw: d['id'], status: (d['lifecycleState'] as Row)['state'], list_price: (d['price'] as Row)['amount'], expiration_date: d['expirationDate'], mls_number: d['mlsNumber'],
      });
    }
    for (const r of closed) expect(rows.get(r['id'])).toEqual(r);
  });

  it('a second run finds nothing changed, skips and leaves listing as it was', async () => {
    const before = await p.rows('listing');
    expect(await run()).toEqual({ success: true, skipped: true, reason: 'No reZEN listings_update changed since the last sync', step: 'listings_update' });
    expect(await p.rows('listing')).toEqual(before);
  });
});
