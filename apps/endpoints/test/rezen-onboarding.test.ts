// The reZEN "Onboarding Process …" workers (seed functions 8068–8073) through their WORKERS test
// endpoints on the emulator, against the stand-ins: each takes the user's pending onboarding job,
// writes what the stand-ins serve, sets its step flag (a second run then skips, at the top level),
// and a later job's run updates the same rows instead of adding any.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { served, startPipeline, testUser, type Pipeline, type Row } from './integration-harness.ts';

const WORKERS = '4UsTtl3m';
let p: Pipeline;
let contributions: Row[];

beforeAll(async () => {
  p = await startPipeline({ size: 200 });
  await p.seed({ ...testUser(), rezen_onboarding_jobs: [{ id: 1, user_id: 60, status: 'New' }] });
  contributions = await served(`${p.standIns.baseUrls.rezen}/arrakis/api/v1/revshare/participant/agent-60/contributions`, 'rezen');
}, 60_000);
afterAll(async () => p?.close());

const job = async (id: number) => (await p.rows('rezen_onboarding_jobs')).find((r) => r['id'] === id) ?? {};
const byRaw = (rows: Row[], key: string) => new Map(rows.map((r) => [r[key] as string, r]));

describe('8073 Onboarding Process Contributions', () => {
  const run = () => p.call(WORKERS, 'test-function-8073-contributions', { user_id: 60 });

  it('stages every served contribution and writes each to contribution once', async () => {
    const res = await run();
    expect(res).toMatchObject({ success: true, error: null, step: 'contributions', data: { job_id: 1, fetched: contributions.length, written: contributions.length } });
    expect(contributions.length).toBe(p.standIns.counts['rezen.contributions']);
    const rows = byRaw(await p.rows('contribution'), 'contribution_id_raw');
    expect(rows.size).toBe(contributions.length);
    for (const c of contributions) {
      expect(rows.get(c['id'] as string)).toMatchObject({ user_id: 60, amount: (c['amount'] as Row)['amount'], status: c['status'], tier: c['tier'] });
    }
    const staged = await p.rows('stage_contributions_rezen_onboarding');
    expect(staged.filter((r) => r['is_processed'] === true)).toHaveLength(contributions.length);
    expect(await job(1)).toMatchObject({ status: 'Started', contributions: true });
  });

  it('skips at the top level once the job has the step', async () => {
    expect(await run()).toEqual({ success: true, skipped: true, reason: 'No pending onboarding job needs contributions', step: 'contributions' });
  });

  it('a later job updates the same rows, adding none', async () => {
    await p.seed({ rezen_onboarding_jobs: [{ id: 2, user_id: 60, status: 'New' }] });
    expect(await run()).toMatchObject({ success: true, data: { job_id: 2, written: contributions.length } });
    expect(await p.rows('contribution')).toHaveLength(contributions.length);
    expect(await p.rows('stage_contributions_rezen_onboarding')).toHaveLength(contributions.length);
  });
});
