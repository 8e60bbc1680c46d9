// The whole integrations pipeline at seed scale: the stand-ins serve 200,000 FUB people and 100,000
// reZEN transactions (the other collections in the seed's proportions, docs/stand-ins.md), the shipped
// workspace runs on the embedded emulator, and the daily sync declared in apps/endpoints/daily_sync.ts
// runs through the daily-sync suite's own code (as `xac validate daily-sync` does), once on PGlite and
// once on PostgreSQL (DATABASE_URL; skipped with the reason when unset). Every declared step must pass;
// the final table counts (the SYSTEM table-counts endpoint, and pipeline-health-check's final tables)
// must equal the rows the stand-ins served.
// Figures per step: seconds, rows written, rows/s, and the ratio to the baseline measured in the same
// run: paging the same stand-in lists over loopback HTTP with nothing written. CPU seconds of this process
// are recorded beside the wall seconds (the machine is shared: wall time moves with its load).
// XAC_PIPELINE_SIZE sets the FUB people (default 200000, the seed scale); XAC_PIPELINE_DB=pglite or
// postgres runs one backend.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { declaredSuites, loadDesired, openTarget, suiteTargetOf } from '@xac/xano-deploy';
import { startStandIns, type StandInsHandle } from '@xac/xano-deploy/stand-ins';
import { pushDocuments } from '@xac/xano-emulator/testing';
import { dailySyncSuite, type DeclaredStep, type EndpointCall, type SuiteTarget } from '@xac/validators/suites';
import { pgliteAdapter, postgresAdapter, type SqlAdapter } from '@xac/xanoscript-runtime';

const root = join(import.meta.dirname, '..');

/**
 * What each final table must hold after a complete sync, from the stand-ins' counts. A step writing a
 * table not listed here has its rows reported but not compared (job and state tables hold no served rows).
 */
const EXPECTED: Readonly<Record<string, (c: StandInsHandle['counts']) => number>> = {
  fub_calls: (c) => c['fub.calls'],
  fub_appointments: (c) => c['fub.appointments'],
  stage_appointments_fub_onboarding: (c) => c['fub.appointments'],
  fub_deals: (c) => c['fub.deals'],
  fub_events: (c) => c['fub.events'],
  fub_people: (c) => c['fub.people'],
  transaction: (c) => c['rezen.transactions'],
  stage_transactions_rezen_onboarding: (c) => c['rezen.transactions'],
  // One participant a served transaction (the stand-ins' records carry one each).
  participant: (c) => c['rezen.transactions'],
  listing: (c) => c['rezen.listings'],
  stage_listings_rezen_onboarding: (c) => c['rezen.listings'],
  contribution: (c) => c['rezen.contributions'],
  stage_contributions_rezen_daily_sync: (c) => c['rezen.contributions'],
  network_member: (c) => c['rezen.network'],
  stage_network_downline_rezen_onboarding: (c) => c['rezen.network'],
  // One row a revshare tier (1–5) for the one user.
  revshare_totals: () => 5,
  skyslope_users: (c) => c['skyslope.users'],
};

/** The stand-in list a step pages, for the baseline (a step not listed gets none). */
const BASELINE_LIST: Readonly<Record<string, { path: string; style: 'fub' | 'rezen' | 'skyslope'; key: string }>> = {
  fub_calls: { path: 'fub/v1/calls', style: 'fub', key: 'calls' },
  fub_appointments: { path: 'fub/v1/appointments', style: 'fub', key: 'appointments' },
  fub_deals: { path: 'fub/v1/deals', style: 'fub', key: 'deals' },
  fub_people: { path: 'fub/v1/people', style: 'fub', key: 'people' },
  transaction: { path: 'rezen/arrakis/api/v1/transactions/participant/a/transactions', style: 'rezen', key: 'results' },
  listing: { path: 'rezen/arrakis/api/v1/transactions/participant/a/listings', style: 'rezen', key: 'results' },
  contribution: { path: 'rezen/arrakis/api/v1/revshare/participant/a/contributions', style: 'rezen', key: 'results' },
  network_member: { path: 'rezen/yenta/api/v1/network/a/down-network', style: 'rezen', key: 'results' },
  skyslope_users: { path: 'skyslope/api/users', style: 'skyslope', key: 'users' },
};

/** Pages a stand-in list (100 a page) with nothing written: rows and seconds. */
async function drain(base: string, l: (typeof BASELINE_LIST)[string]): Promise<{ rows: number; seconds: number }> {
  const t0 = performance.now();
  let rows = 0;
  for (let page = l.style === 'rezen' ? 0 : l.style === 'skyslope' ? 1 : 0; ; page++) {
    const q = l.style === 'fub' ? `limit=100&offset=${page * 100}` : l.style === 'rezen' ? `pageSize=100&pageNumber=${page}` : `pageSize=100&page=${page}`;
    const res = await fetch(`${base}/${l.path}?${q}`);
    if (res.status !== 200) throw new Error(`${l.path}: HTTP ${res.status}`);
    const body = (await res.json()) as Record<string, any>;
    const list = (l.style === 'skyslope' ? body['value'][l.key] : body[l.key]) as unknown[];
    rows += list.length;
    const more = l.style === 'fub' ? body['_metadata'].nextLink !== null : l.style === 'rezen' ? body['hasNext'] === true : body['links'].next !== null;
    if (!more) return { rows, seconds: (performance.now() - t0) / 1000 };
  }
}

type Counts = Record<string, number>;

/** The SYSTEM table-counts endpoint's four groups flattened into one map (as the seed's check reads it). */
async function tableCounts(target: SuiteTarget, canonical: string): Promise<Counts> {
  const a = await target.callEndpoint!({ canonical, verb: 'GET', path: 'table-counts', input: {} });
  if (a.status !== 200) throw new Error(`table-counts: HTTP ${a.status}`);
  const body = a.body as Record<string, Counts>;
  return Object.assign({}, ...['core_tables', 'network_tables', 'staging_tables', 'fub_tables'].map((g) => body[g] ?? {}));
}

interface StepFigure {
  step: number;
  name: string;
  outcome: string;
  seconds: number;
  /** CPU seconds of this process over the same span (the machine is shared: wall time moves with its load). */
  cpuSeconds: number;
  rows: number;
  rowsPerSecond: number;
  /** rows/s ÷ the rows/s of paging the step's stand-in list with nothing written. */
  ratioToPaging: number | null;
}

async function runOn(db: 'pglite' | 'postgres', open: () => Promise<SqlAdapter>, standIns: StandInsHandle, steps: readonly DeclaredStep[], baseline: Record<string, number>, countsCanonical: string) {
  const dataDir = await mkdtemp(join(tmpdir(), 'xac-bench-pipeline-'));
  const emulatorEnv = { FUB_BASE_URL: standIns.baseUrls.fub, REZEN_BASE_URL: standIns.baseUrls.rezen, SKYSLOPE_BASE_URL: standIns.baseUrls.skyslope };
  const t = await openTarget(root, { name: 'emulator', instanceUrl: undefined, workspaceId: 1, branch: 'v1', token: undefined }, { dataDir, emulatorEnv, openDatabase: open });
  try {
    await pushDocuments(t.emulator!, loadDesired(root).files.map((f) => f.text));
    const fixtures = JSON.parse(readFileSync(join(root, 'apps', 'endpoints', 'fixtures', 'pipeline.json'), 'utf8')) as unknown;
    const inner = suiteTargetOf(t, { fixtures: [fixtures], callTimeoutMs: 6 * 3600_000 });
    await inner.reset?.();
    // Time each step from its call to the end of the background work it started, and count its rows
    // from table-counts before and after (the suite's own reads of the tables are outside the time).
    const cpu = (): number => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1e6;
    };
    const times = new Map<string, { started: number; ended: number; cpuStarted: number; cpuEnded: number }>();
    let current: string | undefined;
    const target: SuiteTarget = {
      ...inner,
      callEndpoint: async (c: EndpointCall) => {
        current = c.path;
        const [started, cpuStarted] = [performance.now(), cpu()];
        const answer = await inner.callEndpoint!(c);
        times.set(c.path, { started, ended: performance.now(), cpuStarted, cpuEnded: cpu() });
        return answer;
      },
      settle: async () => {
        await inner.settle?.();
        const at = current === undefined ? undefined : times.get(current);
        if (at) [at.ended, at.cpuEnded] = [performance.now(), cpu()];
      },
    };
    const before: Record<string, Counts> = {};
    const after: Record<string, Counts> = {};
    const counted: SuiteTarget = {
      ...target,
      callEndpoint: async (c) => {
        before[c.path] = await tableCounts(inner, countsCanonical);
        return target.callEndpoint!(c);
      },
      settle: async () => {
        await target.settle!();
        if (current !== undefined) after[current] = await tableCounts(inner, countsCanonical);
      },
    };
    const [t0, c0] = [performance.now(), cpu()];
    const results = await dailySyncSuite(steps, counted);
    const seconds = (performance.now() - t0) / 1000;
    const cpuSeconds = cpu() - c0;
    const declared = new Set(steps.map((s) => `${s.step}. ${s.name}`));
    const bad = results.filter((r) => declared.has(r.name) && r.outcome !== 'passed');
    if (bad.length > 0) throw new Error(`${db}: daily-sync steps did not pass: ${bad.map((r) => `${r.name} ${r.outcome}: ${r.reasons.join('; ')}`).join(' | ')}`);
    const final = await tableCounts(inner, countsCanonical);
    const mismatches: string[] = [];
    const compared: Counts = {};
    for (const table of new Set(steps.flatMap((s) => s.writes))) {
      const want = EXPECTED[table]?.(standIns.counts);
      if (want === undefined) continue;
      compared[table] = final[table] ?? -1;
      if (final[table] !== want) mismatches.push(`${table}: ${final[table]} rows, the stand-ins served ${want}`);
    }
    // The health check's final tables (what the team reads every week) must say the same.
    const hc = await inner.callEndpoint!({ canonical: countsCanonical, verb: 'GET', path: 'pipeline-health-check', input: {} });
    if (hc.status !== 200) throw new Error(`${db}: pipeline-health-check: HTTP ${hc.status}`);
    const healthCounts: Counts = {};
    const written = new Set(steps.flatMap((st) => st.writes));
    for (const [table, n] of Object.entries((hc.body as { data?: { finalTables?: Counts } }).data?.finalTables ?? {})) {
      const want = written.has(table) ? EXPECTED[table]?.(standIns.counts) : undefined;
      if (want === undefined) continue;
      healthCounts[table] = n;
      if (n !== want) mismatches.push(`pipeline-health-check's ${table}: ${n} rows, the stand-ins served ${want}`);
    }
    if (Object.keys(healthCounts).length === 0) mismatches.push('pipeline-health-check reported none of the synced tables');
    if (mismatches.length > 0) throw new Error(`${db}: final counts differ from the rows served: ${mismatches.join('; ')}`);
    const figures: StepFigure[] = steps.map((s) => {
      const at = times.get(s.path);
      const secs = at ? (at.ended - at.started) / 1000 : 0;
      const rows = s.writes.reduce((n, tb) => n + ((after[s.path]?.[tb] ?? 0) - (before[s.path]?.[tb] ?? 0)), 0);
      const rate = secs > 0 ? rows / secs : 0;
      const base = s.writes.map((tb) => baseline[tb]).find((b) => b !== undefined);
      return { step: s.step, name: s.name, outcome: results.find((r) => r.name === `${s.step}. ${s.name}`)?.outcome ?? '?', seconds: secs, cpuSeconds: at ? at.cpuEnded - at.cpuStarted : 0, rows, rowsPerSecond: Math.round(rate), ratioToPaging: base ? rate / base : null };
    });
    return { seconds, cpuSeconds, steps: figures, finalCounts: compared, healthCheckFinalCounts: healthCounts };
  } finally {
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Figures for bench/run.ts. */
export async function benchPipeline(): Promise<Record<string, unknown>> {
  const size = Number(process.env['XAC_PIPELINE_SIZE'] ?? 200_000);
  if (!Number.isInteger(size) || size < 1) throw new Error(`XAC_PIPELINE_SIZE must be a positive integer, got ${process.env['XAC_PIPELINE_SIZE']}`);
  const only = process.env['XAC_PIPELINE_DB'];
  const ws = declaredSuites(root);
  const steps = ws.dailySync ?? [];
  if (steps.length === 0) throw new Error('the workspace declares no daily sync (apps/endpoints/daily_sync.ts)');
  const countsCanonical = ws.endpointCases?.get('GET table-counts')?.canonical;
  if (countsCanonical === undefined) throw new Error('no GET table-counts endpoint with a canonical in the workspace');
  const standIns = await startStandIns({ seed: 1, size });
  try {
    const baseline: Record<string, number> = {};
    const paging: Record<string, unknown> = {};
    for (const table of new Set(steps.flatMap((s) => s.writes))) {
      const l = BASELINE_LIST[table];
      if (!l) continue;
      const d = await drain(standIns.url, l);
      baseline[table] = d.rows / d.seconds;
      paging[l.path] = { rows: d.rows, seconds: d.seconds, rowsPerSecond: Math.round(d.rows / d.seconds) };
    }
    const url = process.env['DATABASE_URL'];
    const out: Record<string, unknown> = { size, loadAverage: loadavg().map((l) => Number(l.toFixed(2))), cpus: cpus().length, served: standIns.counts, pagingBaseline: paging };
    if (only === undefined || only === 'pglite') out['pglite'] = await runOn('pglite', () => pgliteAdapter(), standIns, steps, baseline, countsCanonical);
    if (only === undefined || only === 'postgres') {
      if (!url) out['postgres'] = 'skipped: DATABASE_URL is not set (.ci/postgres.sh starts a local PostgreSQL and prints one)';
      else {
        const schema = `xac_bench_pipeline_${Date.now().toString(36)}`;
        out['postgres'] = await runOn('postgres', async () => {
          const pg = await postgresAdapter(url, { schema });
          return { ...pg, close: async () => { await pg.dropSchema(); await pg.close(); } };
        }, standIns, steps, baseline, countsCanonical);
      }
    }
    return out;
  } finally {
    await standIns.stop();
  }
}
