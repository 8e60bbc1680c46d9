// A failed reZEN request during an onboarding step (stand-ins answering 500 to every request): the
// worker returns `{success: false, data: null, error, step}` instead of throwing, sets the job to
// Error with the message, records the error in rezen_sync_state and writes no rows; the job is retried
// until it has failed MAX_FAILED_ATTEMPTS (3) times in a row. A user with no
// reZEN agent id fails the same way before any request. The daily-sync reZEN workers (8052, 8053) fail
// the same way, without a job to set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPipeline, testUser, type Pipeline } from './integration-harness.ts';

let p: Pipeline;
beforeAll(async () => {
  p = await startPipeline({ size: 50, failEvery: 1 });
  await p.seed({
    ...testUser(),
    rezen_onboarding_jobs: [{ id: 1, user_id: 60, status: 'New' }, { id: 2, user_id: 61, status: 'New' }],
  });
  await p.seed({ user: [{ id: 61, first_name: 'No', last_name: 'Agent', email: 'user61@example.com' }] });
}, 60_000);
afterAll(async () => p?.close());

describe('an onboarding step whose reZEN request fails', () => {
  it('answers the failure result, sets the job to Error and records the error', async () => {
    const res = await p.call('4UsTtl3m', 'test-function-8073-contributions', { user_id: 60 });
    expect(res).toMatchObject({ success: false, data: null, step: 'contributions', error: { status: 500, page: 0 } });
    expect(p.standIns.stats.failed).toBeGreaterThan(0);
    const job = (await p.rows('rezen_onboarding_jobs')).find((r) => r['id'] === 1);
    expect(job).toMatchObject({ status: 'Error', contributions: false });
    expect(job?.['error_message']).toEqual((res['error'] as Record<string, unknown>)['message']);
    expect(await p.rows('rezen_sync_state')).toEqual([expect.objectContaining({ user_id: 60, entity_type: 'contributions', status: 'error', records_synced: 0 })]);
    expect(await p.rows('contribution')).toEqual([]);
  });

  it('a job in Error is picked up again until its third failure in a row, then left alone: the next run skips', async () => {
    const job = async () => (await p.rows('rezen_onboarding_jobs')).find((r) => r['id'] === 1);
    expect(await job()).toMatchObject({ status: 'Error', failed_attempts: 1 });
    const started = (await job())?.['started'];
    for (const attempts of [2, 3]) {
      expect(await p.call('4UsTtl3m', 'test-function-8073-contributions', { user_id: 60 })).toMatchObject({ success: false, step: 'contributions', error: { status: 500 } });
      expect(await job()).toMatchObject({ status: 'Error', failed_attempts: attempts, started, contributions: false });
    }
    expect(await p.call('4UsTtl3m', 'test-function-8073-contributions', { user_id: 60 })).toMatchObject({ success: true, skipped: true, reason: 'No pending onboarding job needs contributions' });
    expect(await job()).toMatchObject({ status: 'Error', failed_attempts: 3 });
  });

  it('a user without a reZEN agent id fails with NO_REZEN_AGENT', async () => {
    expect(await p.call('4UsTtl3m', 'test-function-8068-cap-data', { user_id: 61 })).toMatchObject({ success: false, data: null, error: { code: 'NO_REZEN_AGENT' }, step: 'cap_data' });
  });
});

describe('a daily-sync reZEN worker whose request fails', () => {
  it('8052 answers the failure result, records the error and writes no rows', async () => {
    const res = await p.call('4UsTtl3m', 'test-function-8052-txn-sync', { user_id: 60 });
    expect(res).toMatchObject({ success: false, data: null, step: 'transactions', error: { status: 500, page: 0 } });
    expect((await p.rows('rezen_sync_state')).find((r) => r['entity_type'] === 'transactions')).toMatchObject({ user_id: 60, status: 'error', records_synced: 0 });
    expect(await p.rows('transaction')).toEqual([]);
    expect(await p.rows('stage_transactions_rezen_onboarding')).toEqual([]);
  });

  it('8053 for a user without a reZEN agent id fails with NO_REZEN_AGENT before any request', async () => {
    const before = p.standIns.stats.total;
    expect(await p.call('4UsTtl3m', 'test-function-8053-listings-sync', { user_id: 61 })).toMatchObject({ success: false, data: null, error: { code: 'NO_REZEN_AGENT' }, step: 'listings' });
    expect(p.standIns.stats.total).toBe(before);
  });
});
