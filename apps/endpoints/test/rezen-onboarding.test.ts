// The reZEN "Onboarding Process …" workers (seed functions 8068–8073) through their WORKERS test
// endpoints on the emulator, against the stand-ins: each takes the user's oldest pending onboarding
// job lacking its step, writes what the stand-ins serve and sets its step flag; run again on the same
// job it returns the skip shape at the top level; on a later job it updates the same rows, adding none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { served, startPipeline, testUser, type Pipeline, type Row } from './integration-harness.ts';

const WORKERS = '4UsTtl3m';
let p: Pipeline;
let contributions: Row[];
let network: Row[];

beforeAll(async () => {
  p = await startPipeline({ size: 200 });
  await p.seed({ ...testUser(), rezen_onboarding_jobs: [{ id: 1, user_id: 60, status: 'New' }] });
  contributions = await served(`${p.standIns.baseUrls.rezen}/arrakis/api/v1/revshare/participant/agent-60/contributions`, 'rezen');
  network = await served(`${p.standIns.baseUrls.rezen}/yenta/api/v1/network/agent-60/down-network`, 'rezen');
}, 60_000);
afterAll(async () => p?.close());

const job = async (id: number) => (await p.rows('rezen_onboarding_jobs')).find((r) => r['id'] === id) ?? {};
const byRaw = (rows: Row[], key: string) => new Map(rows.map((r) => [r[key] as string, r]));
const amount = (r: Row, key = 'amount') => (r[key] as Row)['amount'] as number;
const pending = () => contributions.filter((c) => c['status'] === 'PENDING');

// In the order an onboarding runs them: contributions before the totals computed from them.
const STEPS = [
  { path: 'test-function-8073-contributions', step: 'contributions', table: 'contribution', rows: () => contributions.length },
  { path: 'test-function-8072-pending-contributions', step: 'pending_contributions', table: 'contributions_pending', rows: () => pending().length },
  { path: 'test-function-8071-revshare-totals', step: 'revshare_totals', table: 'revshare_totals', rows: () => 5 },
  { path: 'test-function-8068-cap-data', step: 'cap_data', table: 'agent_cap_data', rows: () => network.length },
] as const;
const run = (path: string) => p.call(WORKERS, path, { user_id: 60 });

describe('the first onboarding job', () => {
  it('8073 stages every served contribution and writes each to contribution', async () => {
    expect(await run(STEPS[0].path)).toMatchObject({ success: true, error: null, step: 'contributions', data: { job_id: 1, fetched: contributions.length, written: contributions.length } });
    expect(contributions.length).toBe(p.standIns.counts['rezen.contributions']);
    const rows = byRaw(await p.rows('contribution'), 'contribution_id_raw');
    expect(rows.size).toBe(contributions.length);
    for (const c of contributions) expect(rows.get(c['id'] as string)).toMatchObject({ user_id: 60, amount: amount(c), status: c['status'], tier: c['tier'] });
    const staged = await p.rows('stage_contributions_rezen_onboarding');
    expect(staged.filter((r) => r['is_processed'] === true)).toHaveLength(contributions.length);
    expect(await job(1)).toMatchObject({ status: 'Started', contributions: true, pending_contributions: false });
  });

  it('8072 writes exactly the PENDING contributions to contributions_pending', async () => {
    expect(pending().length).toBeGreaterThan(0);
    expect(pending().length).toBeLessThan(contributions.length);
    expect(await run(STEPS[1].path)).toMatchObject({ success: true, step: 'pending_contributions', data: { job_id: 1, fetched: contributions.length, written: pending().length } });
    const rows = byRaw(await p.rows('contributions_pending'), 'contribution_id_raw');
    expect([...rows.keys()].sort()).toEqual(pending().map((c) => c['id']).sort());
    for (const c of pending()) {
      expect(rows.get(c['id'] as string)).toMatchObject({ status: 'PENDING', transaction_id_raw: c['transactionId'], receiving_agent_id_raw: c['receivingAgentYentaId'], amount: amount(c) });
    }
  });

  it('8071 sums the contributions per tier and status, one row per tier', async () => {
    expect(await run(STEPS[2].path)).toMatchObject({ success: true, step: 'revshare_totals', data: { job_id: 1, tiers: 5 } });
    const rows = byRaw(await p.rows('revshare_totals'), 'revshare_totals_id_raw');
    expect(rows.size).toBe(5);
    for (let tier = 1; tier <= 5; tier++) {
      const of = contributions.filter((c) => c['tier'] === tier);
      const sum = (status: string) => of.filter((c) => c['status'] === status).reduce((a, c) => a + amount(c), 0);
      expect(rows.get(`60:${tier}`)).toMatchObject({ user_id: 60, tier, paid_amount: sum('PAID'), pending_amount: sum('PENDING'), total_amount: sum('PAID') + sum('PENDING'), contribution_count: of.length });
    }
  });

  it('8068 writes the cap status of every served network agent', async () => {
    expect(await run(STEPS[3].path)).toMatchObject({ success: true, step: 'cap_data', data: { job_id: 1, fetched: network.length } });
    expect(network.length).toBe(p.standIns.counts['rezen.network']);
    const rows = byRaw(await p.rows('agent_cap_data'), 'agent_id_raw');
    expect(rows.size).toBe(network.length);
    for (const n of network) {
      expect(rows.get(n['yentaId'] as string)).toMatchObject({ user_id: 60, capped: n['capped'], cap_amount: amount(n, 'capAmount'), total_contribution: amount(n, 'totalContribution') });
    }
  });
});

describe('the same job again', () => {
  it.each(STEPS)('$path returns the skip shape at the top level and writes nothing', async (s) => {
    const before = await p.rows(s.table);
    expect(await run(s.path)).toEqual({ success: true, skipped: true, reason: `No pending onboarding job needs ${s.step}`, step: s.step });
    expect(await p.rows(s.table)).toEqual(before);
  });
});

describe('a later job', () => {
  it.each(STEPS)('$path updates the same rows, adding none', async (s) => {
    if (s === STEPS[0]) await p.seed({ rezen_onboarding_jobs: [{ id: 2, user_id: 60, status: 'New' }] });
    expect(await run(s.path)).toMatchObject({ success: true, step: s.step, data: { job_id: 2 } });
    expect(await p.rows(s.table)).toHaveLength(s.rows());
  });

  it('records each step in rezen_sync_state, one row per entity', async () => {
    const state = await p.rows('rezen_sync_state');
    expect(state.map((r) => r['entity_type']).sort()).toEqual(['cap_data', 'contributions', 'contributions_pending', 'revshare_totals']);
    expect(state.find((r) => r['entity_type'] === 'cap_data')).toMatchObject({ user_id: 60, status: 'success', records_synced: network.length });
  });
});
