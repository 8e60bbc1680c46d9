// The last five reZEN onboarding workers (seed functions 8057, 8060, 8061, 8069, 8070) through their
// WORKERS test endpoints on the emulator, against the stand-ins: each writes what the stand-ins serve
// and sets its step flag on the user's pending onboarding job; the job is Complete (with `finished`)
// only once every step is done, so with 8062 and 8068–8073 run first it is the sponsor tree (8070)
// that completes it. Run again on the completed job each skips; on a later job each updates the same
// rows, adding none. A stand-in that fails sets the job to Error with the stand-in's message and counts the
// failure; an Error job is retried until it has failed three times in a row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { served, startPipeline, testUser, type Pipeline, type Row } from './integration-harness.ts';

const WORKERS = '4UsTtl3m';
const REST = ['test-function-8073-contributions', 'test-function-8072-pending-contributions', 'test-function-8071-revshare-totals', 'test-function-8068-cap-data', 'test-function-8062-network-downline'];
const MINE = [
  { path: 'test-function-8057-stage-contributions', step: 'stage_contributions', table: 'stage_contributions_rezen_onboarding' },
  { path: 'test-function-8060-load-contributions', step: 'load_contributions', table: 'contribution' },
  { path: 'test-function-8061-contributors', step: 'contributors', table: 'network_member' },
  { path: 'test-function-8069-equity-ob', step: 'equity_data', table: 'equity_transactions' },
  { path: 'test-function-8070-sponsor-tree', step: 'sponsor_tree', table: 'network_hierarchy' },
] as const;

let p: Pipeline;
const list: Record<'contributions' | 'network' | 'contributors' | 'equity', Row[]> = { contributions: [], network: [], contributors: [], equity: [] };

beforeAll(async () => {
  p = await startPipeline({ size: 200 });
  await p.seed({ ...testUser(), rezen_onboarding_jobs: [{ id: 1, user_id: 60, status: 'New' }] });
  const base = `${p.standIns.baseUrls.rezen}`;
  list.contributions = await served(`${base}/arrakis/api/v1/revshare/participant/agent-60/contributions`, 'rezen');
  list.network = await served(`${base}/yenta/api/v1/network/agent-60/down-network`, 'rezen');
  list.contributors = await served(`${base}/arrakis/api/v1/revshare/participant/agent-60/contributors`, 'rezen');
  list.equity = await served(`${base}/arrakis/api/v1/equity/participant/agent-60/transactions`, 'rezen');
}, 60_000);
afterAll(async () => p?.close());

const run = (path: string, userId = 60) => p.call(WORKERS, path, { user_id: userId });
const job = async (id: number) => (await p.rows('rezen_onboarding_jobs')).find((r) => r['id'] === id) ?? {};
const byKey = (rows: Row[], key: string) => new Map(rows.map((r) => [r[key] as string, r]));
const amount = (r: Row, key = 'amount') => (r[key] as Row)['amount'] as number;

/** The sponsor tree as a closure: every (ancestor, descendant, depth), the user's agent at the root. */
function closure(network: Row[], root: string): Map<string, { depth: number; path: string[] }> {
  const sponsor = new Map(network.map((n) => [n['yentaId'] as string, (n['sponsorYentaId'] as string | null) ?? '']));
  const line = (m: string): string[] => {
    const s = sponsor.get(m) ?? '';
    return sponsor.has(s) ? [m, ...line(s)] : [m, root];
  };
  const out = new Map<string, { depth: number; path: string[] }>();
  for (const m of sponsor.keys()) {
    const up = line(m);
    up.slice(1).forEach((a, i) => out.set(`60:${a}:${m}`, { depth: i + 1, path: up.slice(0, i + 2).reverse() }));
  }
  return out;
}

describe('one onboarding job through every step', () => {
  it('the other onboarding steps run first, leaving the job Started', async () => {
    for (const path of REST) expect(await run(path)).toMatchObject({ success: true, data: { job_id: 1 } });
    expect(await job(1)).toMatchObject({ status: 'Started', contributions: true, network_downline: true, equity_data: false, sponsor_tree: false });
  });

  it('8060 before 8057 on the job skips: there is nothing staged to load', async () => {
    expect(await run(MINE[1].path)).toEqual({ success: true, skipped: true, reason: 'No pending onboarding job needs load_contributions (after stage_contributions)', step: 'load_contributions' });
  });

  it('8057 stages every served contribution, unprocessed, and writes no final row', async () => {
    const n = list.contributions.length;
    expect(n).toBe(p.standIns.counts['rezen.contributions']);
    const before = await p.rows('contribution');
    expect(await run(MINE[0].path)).toEqual({ success: true, error: null, step: 'stage_contributions', data: { job_id: 1, fetched: n, staged: n } });
    const staged = byKey(await p.rows('stage_contributions_rezen_onboarding'), 'external_id');
    expect(staged.size).toBe(n);
    for (const c of list.contributions) expect(staged.get(c['id'] as string)).toMatchObject({ user_id: 60, is_processed: false, payload: c });
    expect(await p.rows('contribution')).toEqual(before);
    expect(await job(1)).toMatchObject({ status: 'Started', stage_contributions: true, load_contributions: false });
  });

  it('8060 writes every staged contribution to contribution and flags it processed', async () => {
    const n = list.contributions.length;
    expect(await run(MINE[1].path)).toEqual({ success: true, error: null, step: 'load_contributions', data: { job_id: 1, written: n } });
    const rows = byKey(await p.rows('contribution'), 'contribution_id_raw');
    expect(rows.size).toBe(n);
    for (const c of list.contributions) expect(rows.get(c['id'] as string)).toMatchObject({ user_id: 60, amount: amount(c), status: c['status'], tier: c['tier'], contribution_type: c['contributionType'] });
    expect((await p.rows('stage_contributions_rezen_onboarding')).every((r) => r['is_processed'] === true)).toBe(true);
    expect(await job(1)).toMatchObject({ load_contributions: true });
  });

  it('8061 writes what each contributor paid onto its network_member row, keeping the down-network columns', async () => {
    const n = list.contributors.length;
    expect(n).toBe(p.standIns.counts['rezen.contributors']);
    expect(await run(MINE[2].path)).toEqual({ success: true, error: null, step: 'contributors', data: { job_id: 1, fetched: n } });
    const rows = byKey(await p.rows('network_member'), 'network_member_id_raw');
    expect(rows.size).toBe(list.network.length);
    const member = byKey(list.network, 'yentaId');
    for (const c of list.contributors) {
      const m = member.get(c['yentaId'] as string) ?? {};
      expect(rows.get(`60:${c['yentaId'] as string}`)).toMatchObject({
        user_id: 60, tier: c['tier'], contribution_count: c['contributionCount'], contributed_amount: amount(c, 'totalContribution'),
        capped: m['capped'], total_contribution: amount(m, 'totalContribution'),
      });
    }
  });

  it('8069 writes every served equity transaction, and the job is not Complete yet', async () => {
    const n = list.equity.length;
    expect(await run(MINE[3].path)).toEqual({ success: true, error: null, step: 'equity_data', data: { job_id: 1, fetched: n } });
    const rows = byKey(await p.rows('equity_transactions'), 'equity_transaction_id_raw');
    expect(rows.size).toBe(n);
    for (const e of list.equity) {
      expect(rows.get(e['id'] as string)).toMatchObject({ user_id: 60, transaction_id_raw: e['transactionId'], equity_type: e['equityType'], shares: e['shares'], amount: amount(e), status: e['status'], issue_date: e['issueDate'] });
    }
    expect(await job(1)).toMatchObject({ status: 'Started', equity_data: true, sponsor_tree: false, finished: null });
  });

  it('8070 writes the sponsor tree as a closure and completes the job', async () => {
    const want = closure(list.network, 'agent-60');
    expect(await run(MINE[4].path)).toEqual({ success: true, error: null, step: 'sponsor_tree', data: { job_id: 1, fetched: list.network.length, written: want.size } });
    const rows = byKey(await p.rows('network_hierarchy'), 'network_hierarchy_id_raw');
    expect([...rows.keys()].sort()).toEqual([...want.keys()].sort());
    for (const [key, w] of want) {
      const [, ancestor, descendant] = key.split(':');
      expect(rows.get(key)).toMatchObject({ user_id: 60, ancestor_agent_id_raw: ancestor, descendant_agent_id_raw: descendant, depth: w.depth, path_json: w.path });
    }
    // Every member hangs from the user's agent, and its sponsor is its ancestor at depth 1.
    for (const m of list.network) expect(want.has(`60:agent-60:${m['yentaId'] as string}`)).toBe(true);
    const done = await job(1);
    expect(done).toMatchObject({ status: 'Complete', sponsor_tree: true, error_message: null });
    expect(done['finished']).toEqual(expect.any(Number));
  });

  it('records each step in rezen_sync_state', async () => {
    const state = byKey(await p.rows('rezen_sync_state'), 'entity_type');
    expect(state.get('sponsor_tree')).toMatchObject({ user_id: 60, status: 'success', records_synced: closure(list.network, 'agent-60').size });
    expect(state.get('equity_data')).toMatchObject({ status: 'success', records_synced: list.equity.length });
    expect(state.get('load_contributions')).toMatchObject({ status: 'success', records_synced: list.contributions.length });
  });
});

describe('the completed job again', () => {
  it.each(MINE)('$path skips and writes nothing', async (s) => {
    const before = await p.rows(s.table);
    expect(await run(s.path)).toMatchObject({ success: true, skipped: true, step: s.step });
    expect(await p.rows(s.table)).toEqual(before);
  });
});

describe('a later job', () => {
  it.each(MINE)('$path updates the same rows, adding none', async (s) => {
    if (s === MINE[0]) await p.seed({ rezen_onboarding_jobs: [{ id: 2, user_id: 60, status: 'New' }] });
    const before = (await p.rows(s.table)).length;
    expect(await run(s.path)).toMatchObject({ success: true, step: s.step, data: { job_id: 2 } });
    expect(await p.rows(s.table)).toHaveLength(before);
  });

  it('the later job is Started, not Complete, while its other steps are pending', async () => {
    expect(await job(2)).toMatchObject({ status: 'Started', stage_contributions: true, sponsor_tree: true, contributions: false });
  });
});

describe('a reZEN that answers 500 to every request', () => {
  let f: Pipeline;
  beforeAll(async () => {
    f = await startPipeline({ size: 50, failEvery: 1 });
    await f.seed({ ...testUser(), rezen_onboarding_jobs: [1, 2, 3, 4].map((id) => ({ id, user_id: 60, status: 'New' })) });
  }, 60_000);
  afterAll(async () => f?.close());

  // Each failure sets its job to Error and counts it; an Error job is retried until its third failure in
  // a row, so the first three workers all fail on job 1 and the fourth takes job 2.
  it.each([
    { path: MINE[0].path, step: 'stage_contributions', id: 1, failed: 1, table: 'stage_contributions_rezen_onboarding' },
    { path: MINE[2].path, step: 'contributors', id: 1, failed: 2, table: 'network_member' },
    { path: MINE[3].path, step: 'equity_data', id: 1, failed: 3, table: 'equity_transactions' },
    { path: MINE[4].path, step: 'sponsor_tree', id: 2, failed: 1, table: 'network_hierarchy' },
  ])('$path answers the failure, sets job $id to Error (failure $failed in a row) with the stand-in\'s message and writes nothing', async (c) => {
    const res = await f.call(WORKERS, c.path, { user_id: 60 });
    expect(res).toMatchObject({ success: false, data: null, step: c.step, error: { status: 500, page: 0 } });
    const message = (res['error'] as Row)['message'];
    expect(message).toMatch(/^stand-in fault: request \d+ fails/);
    const failed = (await f.rows('rezen_onboarding_jobs')).find((r) => r['id'] === c.id);
    expect(failed).toMatchObject({ status: 'Error', error_message: message, failed_attempts: c.failed, [c.step]: false });
    expect(failed?.['finished']).toEqual(expect.any(Number));
    expect((await f.rows('rezen_sync_state')).find((r) => r['entity_type'] === c.step)).toMatchObject({ status: 'error', error_message: message, records_synced: 0 });
    expect(await f.rows(c.table)).toEqual([]);
  });

  it('a job that failed three times in a row is not picked up again; the others are, until they have too', async () => {
    for (const id of [2, 3, 4]) {
      for (let i = id === 2 ? 1 : 0; i < 3; i++) expect(await f.call(WORKERS, MINE[4].path, { user_id: 60 })).toMatchObject({ success: false, step: 'sponsor_tree' });
    }
    expect((await f.rows('rezen_onboarding_jobs')).map((r) => [r['id'], r['status'], r['failed_attempts']])).toEqual([1, 2, 3, 4].map((id) => [id, 'Error', 3]));
    expect(await f.call(WORKERS, MINE[4].path, { user_id: 60 })).toMatchObject({ success: true, skipped: true });
  });
});
