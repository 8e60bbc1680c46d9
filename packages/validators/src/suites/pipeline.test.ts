import { describe, expect, it } from 'vitest';
import { dailySyncSuite, workersSuite } from './pipeline.js';
import type { DeclaredStep, DeclaredWorker } from './pipeline-decl.js';
import { runSuites } from './run-suites.js';
import type { EndpointCall, SuiteTarget, TableStats } from './target.js';

// A fixture workspace of our own: tables as counters, endpoints as functions of the call that may
// write rows. The suites see only the SuiteTarget.

type Handler = (input: Readonly<Record<string, unknown>>, db: Map<string, TableStats>) => { status: number; body: unknown };

function fixture(handlers: Record<string, Handler>, opts: { settle?: boolean; stats?: boolean } = {}) {
  const db = new Map<string, TableStats>();
  const calls: EndpointCall[] = [];
  let clock = 1_000;
  const write = (table: string, rows: number) => {
    const s = db.get(table) ?? { count: 0, maxUpdatedAt: null };
    db.set(table, { count: s.count + rows, maxUpdatedAt: (clock += 1000) });
  };
  const touch = (table: string) => {
    const s = db.get(table) ?? { count: 0, maxUpdatedAt: null };
    db.set(table, { count: s.count, maxUpdatedAt: (clock += 1000) });
  };
  const background: Array<() => void> = [];
  const target: SuiteTarget = {
    name: 'fixture',
    listTables: async () => [],
    callEndpoint: async (c) => {
      calls.push(c);
      const h = handlers[c.path];
      return h ? h(c.input, db) : { status: 404, body: { code: 'ERROR_CODE_NOT_FOUND' } };
    },
    ...(opts.stats === false ? {} : { tableStats: async (t: string) => { if (t === 'missing') throw new Error('no table "missing"'); return db.get(t) ?? { count: 0, maxUpdatedAt: null }; } }),
    ...(opts.settle ? { settle: async () => { for (const f of background.splice(0)) f(); } } : {}),
  };
  return { target, calls, write, touch, background, db };
}

const decl = (path: string, writes: string[], input: Record<string, unknown> = { user_id: 60 }) => ({ verb: 'POST', path, apiGroup: 'WORKERS', canonical: 'wk1', input, writes });
const step = (n: number, name: string, path: string, writes: string[], input?: Record<string, unknown>): DeclaredStep => ({ step: n, name, integration: 'FUB', ...decl(path, writes, input) });
const worker = (id: number, name: string, path: string, writes: string[], input?: Record<string, unknown>): DeclaredWorker => ({ id, name, ...decl(path, writes, input) });
const ok = (data: unknown = {}) => ({ status: 200, body: { success: true, data, error: null, step: 'complete' } });
const skip = (reason: string) => ({ status: 200, body: { success: true, skipped: true, reason, step: 'fetch' } });

describe('daily-sync suite', () => {
  it('runs the declared steps in step order with their inputs; a success that changed a table it writes passes', async () => {
    const order: string[] = [];
    const f = fixture({
      calls: () => (order.push('calls'), f.write('fub_calls', 5), ok()),
      deals: () => (order.push('deals'), f.touch('fub_deals'), ok()),
    });
    const r = await dailySyncSuite([step(3, 'FUB - Get Deals', 'deals', ['fub_deals']), step(1, 'FUB - Calls Sync', 'calls', ['fub_calls'])], f.target);
    expect(order).toEqual(['calls', 'deals']);
    expect(f.calls[0]).toEqual({ canonical: 'wk1', verb: 'POST', path: 'calls', input: { user_id: 60 } });
    expect(r.find((c) => c.name === '1. FUB - Calls Sync')).toEqual({ name: '1. FUB - Calls Sync', outcome: 'passed', reasons: [] });
    // an update with no new row still changed the data (max updated_at moved)
    expect(r.find((c) => c.name === '3. FUB - Get Deals')?.outcome).toBe('passed');
    // the seed's other nine steps are not declared: untestable, named with the endpoint to declare
    expect(r).toHaveLength(11);
    expect(r.find((c) => c.name.startsWith('2.'))).toEqual({ name: '2. FUB - Onboarding Appointments', outcome: 'untestable', reasons: ["needs step 2 in the workspace's dailySync() (test-function-8067-onboarding-appointments)"] });
  });

  it('fails a success that changed none of its tables and did not skip, naming the tables', async () => {
    const f = fixture({ calls: () => ok({ synced: 0 }) });
    const [c] = await dailySyncSuite([step(1, 'FUB - Calls Sync', 'calls', ['fub_calls'])], f.target, { settleMs: 50, pollMs: 10 });
    expect(c?.outcome).toBe('failed');
    expect(c?.reasons).toEqual(['answered success but changed none of the tables it writes (fub_calls: 0 rows, latest updated_at none); success that changes no data and does not skip is not a pass']);
  });

  it('counts the top-level skip shape as skipped (never passed); a nested or incomplete skip fails', async () => {
    const f = fixture({
      top: () => skip('no new calls since the last sync'),
      nested: () => ok({ skipped: true, reason: 'nothing' }),
      partial: () => ({ status: 200, body: { success: true, skipped: true } }),
    });
    const r = await dailySyncSuite([step(1, 'a', 'top', ['t']), step(2, 'b', 'nested', ['t']), step(3, 'c', 'partial', ['t'])], f.target);
    expect(r[0]).toEqual({ name: '1. a', outcome: 'skipped', reasons: ['fetch: no new calls since the last sync'] });
    expect(r[1]?.outcome).toBe('failed');
    expect(r[1]?.reasons[0]).toMatch(/^a skip nested in data is not the project's skip shape/);
    expect(r[2]?.reasons[0]).toMatch(/^answered skipped: true without the skip shape/);
  });

  it('fails a non-200 answer, success false, a thrown call or an unreadable table, with the reason', async () => {
    const f = fixture({
      status: () => ({ status: 400, body: { code: 'ERROR_CODE_INPUT_ERROR', message: 'Missing param: ad_user_id' } }),
      failed: () => ({ status: 200, body: { success: false, data: null, error: { message: 'FUB answered 500' }, step: 'fetch' } }),
      thrown: () => { throw new Error('socket hang up'); },
      fine: () => ok(),
    });
    const r = await dailySyncSuite([step(1, 'a', 'status', ['t']), step(2, 'b', 'failed', ['t']), step(3, 'c', 'thrown', ['t']), step(4, 'd', 'fine', ['missing'])], f.target);
    expect(r.slice(0, 4).map((c) => [c.outcome, c.reasons[0]])).toEqual([
      ['failed', 'status 400, expected 200: {"code":"ERROR_CODE_INPUT_ERROR","message":"Missing param: ad_user_id"}'],
      ['failed', 'success is false, not true: {"message":"FUB answered 500"}'],
      ['failed', 'POST thrown: socket hang up'],
      ['failed', 'cannot read the tables it writes: no table "missing"'],
    ]);
  });

  it('waits for background work the call started (settle) before judging the change', async () => {
    const f = fixture({ lambda: () => (f.background.push(() => f.write('lambda_job_status', 1)), ok({ queued: 1 })) }, { settle: true });
    const r = await dailySyncSuite([step(4, 'FUB - Lambda Coordinator', 'lambda', ['lambda_job_logs', 'lambda_job_status'])], f.target);
    expect(r[3]).toEqual({ name: '4. FUB - Lambda Coordinator', outcome: 'passed', reasons: [] });
  });

  it('without settle, polls the tables a while for a change made after the answer', async () => {
    const f = fixture({ later: () => (setTimeout(() => f.write('t', 1), 30), ok()) });
    const [c] = await dailySyncSuite([step(1, 'a', 'later', ['t'])], f.target, { settleMs: 1000, pollMs: 10 });
    expect(c?.outcome).toBe('passed');
  });

  it('is untestable on a target without table stats or endpoint serving', async () => {
    const f = fixture({ calls: () => ok() }, { stats: false });
    const [c] = await dailySyncSuite([step(1, 'a', 'calls', ['t'])], f.target);
    expect(c).toEqual({ name: '1. a', outcome: 'untestable', reasons: ['needs table row counts and updated_at from the target (to see the data a step owns change)'] });
    expect(f.calls).toEqual([]);
  });
});

describe('workers suite', () => {
  it('calls each declared worker with its input; the one whose input no longer matches fails, named', async () => {
    const f = fixture({
      'test-function-8065-fub-calls': (input) => (input['user_id'] === 60 ? (f.write('fub_calls', 3), ok()) : { status: 400, body: { message: 'Missing param: user_id' } }),
      'test-function-8118-lambda-coordinator': (input) => (typeof input['ad_user_id'] === 'number' ? (f.write('lambda_job_status', 1), ok()) : ok({ error: 'No ad_user_id provided' })),
    });
    const r = await workersSuite([
      worker(8065, 'FUB - Get Calls', 'test-function-8065-fub-calls', ['fub_calls'], { uid: 60 }),
      worker(8118, 'FUB - Lambda Coordinator Worker Task', 'test-function-8118-lambda-coordinator', ['lambda_job_status'], { endpoint_type: 'people', user_id: 60 }),
    ], f.target, { settleMs: 20, pollMs: 10 });
    expect(r).toHaveLength(22);
    expect(r.find((c) => c.name === '8065 FUB - Get Calls')).toEqual({ name: '8065 FUB - Get Calls', outcome: 'failed', reasons: ['status 400, expected 200: {"message":"Missing param: user_id"}'] });
    // the seed's user_id vs ad_user_id mix-up: a success that did nothing is no pass
    expect(r.find((c) => c.name.startsWith('8118'))?.outcome).toBe('failed');
    expect(r.find((c) => c.name.startsWith('8051'))).toEqual({ name: '8051 reZEN - Agent Data', outcome: 'untestable', reasons: ['needs a workerTest() declaration beside its test endpoint (POST test-function-8051-agent-data)'] });
  });

  it('runs in runSuites after the daily sync, whatever order was asked, and reports in the canonical order', async () => {
    const order: string[] = [];
    const f = fixture({ s: () => (order.push('step'), f.write('t', 1), ok()), w: () => (order.push('worker'), skip('nothing new')) });
    const ws = { tables: [], endpoints: [], dailySync: [step(1, 'a', 's', ['t'])], workers: [worker(8065, 'FUB - Get Calls', 'w', ['t'])] };
    const results = await runSuites(['workers', 'daily-sync'], ws, f.target, { tables: 100, endpoints: 96, dailySync: 90, workers: 95 });
    expect(order).toEqual(['step', 'worker']);
    expect(results.map((x) => x.suite)).toEqual(['daily-sync', 'workers']);
    expect(results[1]?.counts).toEqual({ passed: 0, failed: 0, skipped: 1, untestable: 21 });
  });

  it('resets the target before each suite that calls the workspace, so the workers meet the starting rows', async () => {
    const order: string[] = [];
    // The worker skips when the daily sync's rows are still there, as a second sync of the same data does.
    const f = fixture({ s: () => (order.push('step'), f.write('t', 1), ok()), w: () => (order.push('worker'), f.db.has('t') ? skip('nothing new') : (f.write('t', 1), ok())) });
    const target: SuiteTarget = { ...f.target, reset: async () => { order.push('reset'); f.db.clear(); } };
    const ws = { tables: [], endpoints: [], dailySync: [step(1, 'a', 's', ['t'])], workers: [worker(8065, 'FUB - Get Calls', 'w', ['t'])] };
    const results = await runSuites(['tables', 'workers', 'daily-sync', 'endpoints'], ws, target, { tables: 100, endpoints: 96, dailySync: 90, workers: 95 });
    expect(order).toEqual(['reset', 'step', 'reset', 'worker', 'reset']);
    expect(results.find((x) => x.suite === 'workers')?.counts).toEqual({ passed: 1, failed: 0, skipped: 0, untestable: 21 });
  });
});
