// Daily-sync step 1, Workers/FUB - Get Calls (8065) through its WORKERS test endpoint, end to end on
// the emulator against the stand-ins: every served call lands once in fub_calls, the sync state says
// so, a second run adds nothing and skips, and a failing FUB answer is an FP Result error recorded in
// fub_sync_state (never a throw).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distinct, startPipeline, type Pipeline } from './fub-harness.ts';

describe('test-function-8065-fub-calls (Workers/FUB - Get Calls) against the stand-ins', () => {
  let p: Pipeline;
  beforeAll(async () => { p = await startPipeline({ size: 200 }); }, 60_000);
  afterAll(async () => p?.close());

  it('writes every served call once, then a second run skips and adds nothing', async () => {
    const served = p.standIns.counts['fub.calls'];
    const first = await p.post('4UsTtl3m', 'test-function-8065-fub-calls', { user_id: 60 });
    expect(first.status).toBe(200);
    expect(first.json).toEqual({ success: true, data: { fetched: served, written: served }, error: null, step: 'complete' });
    const rows = await p.rows('fub_calls');
    expect(rows).toHaveLength(served);
    expect(distinct(rows, 'fub_call_id')).toBe(served);
    expect(rows.every((r) => r['user_id'] === 60 && typeof r['updated_at'] === 'number')).toBe(true);
    const [state] = await p.rows('fub_sync_state');
    expect(state).toMatchObject({ entity_type: 'calls', user_id: 60, status: 'ready', records_synced: served, error_message: null });

    const second = await p.post('4UsTtl3m', 'test-function-8065-fub-calls', { user_id: 60 });
    expect(second.json).toEqual({ success: true, skipped: true, reason: 'No FUB calls changed since the last sync', step: 'fetch_calls' });
    expect(await p.rows('fub_calls')).toHaveLength(served);
    expect(await p.rows('fub_sync_state')).toHaveLength(1);

    // SYSTEM table-counts (what the daily-sync check reads before and after): the served calls, by group.
    const counts = await p.get('LIdBL1AN', 'table-counts');
    expect(counts.status).toBe(200);
    expect(counts.json).toMatchObject({ success: true, fub_tables: { fub_calls: served, fub_sync_state: 1, fub_deals: 0 }, core_tables: { user: 1 } });
    expect(Object.keys(counts.json['staging_tables'] as object).every((k) => k.startsWith('stage_'))).toBe(true);
  }, 30_000);

  it('refuses a call without user_id (400), before any request', async () => {
    const r = await p.post('4UsTtl3m', 'test-function-8065-fub-calls', {});
    expect(r.status).toBe(400);
  });
});

describe('Workers/FUB - Get Calls when FUB fails', () => {
  let p: Pipeline;
  beforeAll(async () => { p = await startPipeline({ size: 200, faults: { failEvery: 2 } }); }, 60_000);
  afterAll(async () => p?.close());

  it('answers success false with the failed request and records the error in fub_sync_state', async () => {
    const r = await p.post('4UsTtl3m', 'test-function-8065-fub-calls', { user_id: 60 });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ success: false, data: null, step: 'fetch_calls', error: { status: 500, offset: 100 } });
    const [state] = await p.rows('fub_sync_state');
    expect(state).toMatchObject({ entity_type: 'calls', status: 'error', records_synced: 0, cursor: '0' });
    expect(String(state?.['error_message'])).not.toBe('');
  }, 30_000);
});
