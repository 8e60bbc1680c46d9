// Daily-sync step 11, Tasks/SkySlope - Account Users Sync (7966) through its TASKS test endpoint with
// `{}`, end to end on the emulator against the stand-ins: every served SkySlope user lands once in
// skyslope_users (field by field), the sync state says success; a second run skips and leaves every
// row as it was; a SkySlope that answers 500 gives the error result and an `error` sync state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { served, startPipeline, type Pipeline } from './integration-harness.ts';

const TASKS = '4psV7fp6';
const PATH = 'test-skyslope-account-users-sync';

describe('test-skyslope-account-users-sync against the stand-ins', () => {
  let p: Pipeline;
  // 150,000 FUB people give 150 SkySlope users: two pages of 100.
  beforeAll(async () => { p = await startPipeline({ size: 150_000 }); }, 60_000);
  afterAll(async () => p?.close());

  it('writes every served user once, then a second run skips and changes nothing', async () => {
    const users = await served(`${p.standIns.baseUrls.skyslope}/api/users`, 'skyslope', 'users');
    const n = p.standIns.counts['skyslope.users'];
    expect(users).toHaveLength(n);
    expect(n).toBeGreaterThan(100);
    expect(await p.call(TASKS, PATH, {})).toEqual({ success: true, data: { fetched: n, written: n }, error: null, step: 'complete' });
    const rows = await p.rows('skyslope_users');
    expect(rows).toHaveLength(n);
    const byGuid = new Map(rows.map((r) => [r['skyslope_user_id_raw'], r]));
    expect(byGuid.size).toBe(n);
    for (const u of users) {
      expect(byGuid.get(u['userGuid'])).toMatchObject({
        first_name: u['firstName'], last_name: u['lastName'], email: u['email'], role: u['role'], status: u['status'],
        skyslope_created_at: Date.parse(u['createdOn'] as string),
      });
    }
    expect(await p.rows('skyslope_sync_state')).toEqual([expect.objectContaining({ entity_type: 'users', user_id: null, status: 'success', records_synced: n, error_message: null })]);

    expect(await p.call(TASKS, PATH, {})).toEqual({ success: true, skipped: true, reason: 'No SkySlope users changed since the last sync', step: 'sync_users' });
    expect(await p.rows('skyslope_users')).toEqual(rows);
    expect(await p.rows('skyslope_sync_state')).toEqual([expect.objectContaining({ status: 'success', records_synced: 0 })]);
  }, 60_000);
});

describe('the SkySlope users sync when SkySlope fails', () => {
  let p: Pipeline;
  beforeAll(async () => { p = await startPipeline({ size: 200, failEvery: 1 }); }, 60_000);
  afterAll(async () => p?.close());

  it('answers the error result with the failed request and records error in the sync state', async () => {
    expect(await p.call(TASKS, PATH, {})).toMatchObject({
      success: false, data: null, error: { status: 500, page: 1, url: `${p.standIns.baseUrls.skyslope}/api/users` }, step: 'fetch_users',
    });
    expect(await p.rows('skyslope_users')).toEqual([]);
    expect(await p.rows('skyslope_sync_state')).toEqual([expect.objectContaining({ entity_type: 'users', status: 'error', records_synced: 0, error_message: expect.stringContaining('stand-in fault') })]);
  }, 30_000);
});
