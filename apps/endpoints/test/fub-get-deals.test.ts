// Daily-sync step 3, Workers/FUB - Get Deals (10022) through its WORKERS test endpoint, end to end on
// the emulator against the stand-ins: every served deal lands once in fub_deals, a second run skips.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distinct, startPipeline, type Pipeline } from './fub-harness.ts';

describe('test-function-10022-get-deals (Workers/FUB - Get Deals) against the stand-ins', () => {
  let p: Pipeline;
  beforeAll(async () => { p = await startPipeline({ size: 2400 }); }, 60_000);
  afterAll(async () => p?.close());

  it('writes every served deal once, then a second run skips and adds nothing', async () => {
    const served = p.standIns.counts['fub.deals'];
    expect(served).toBeGreaterThan(100); // more than one FUB page
    const first = await p.post('4UsTtl3m', 'test-function-10022-get-deals', { user_id: 60 });
    expect(first.json).toEqual({ success: true, data: { fetched: served, written: served }, error: null, step: 'complete' });
    const rows = await p.rows('fub_deals');
    expect(rows).toHaveLength(served);
    expect(distinct(rows, 'fub_deal_id')).toBe(served);
    expect(rows.every((r) => typeof r['person_id'] === 'number' && typeof r['stage_name'] === 'string')).toBe(true);
    const second = await p.post('4UsTtl3m', 'test-function-10022-get-deals', { user_id: 60 });
    expect(second.json).toMatchObject({ success: true, skipped: true, step: 'fetch_deals' });
    expect(await p.rows('fub_deals')).toHaveLength(served);
  }, 30_000);
});
