// SYSTEM `pipeline-health-check`, as compiled to apps/*/xs, deployed to the emulator and called over
// HTTP on 127.0.0.1: our own rows (a staging backlog over the warning threshold, one stuck job, a
// stale sync; then a healthy workspace) give the counts and the verdict with its reasons under the
// alerts block of xac.config.ts; the CLI's own evaluation of the same facts agrees; thresholds given
// as inputs are used; `xac health --url` prints the endpoint's verdict.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listXsFiles } from '@xac/xanoscript-dsl/layout';
import { pushDocuments, startEmulatorHarness, type EmulatorHarness } from '@xac/xano-emulator/testing';
import { collectHealth, evaluateHealth, healthFactsSchema } from '@xac/xano-deploy';
import { pgliteAdapter, type SqlAdapter } from '@xac/xanoscript-runtime';
import * as functions from '@xac-app/functions';
import { Table, type Shape } from '@xac/xanoscript-dsl/dsl';
import { alerts } from '../system/pipeline_health_check.ts';

const root = join(import.meta.dirname, '..', '..');
const repo = join(root, '..');
const compiled = ['functions', 'endpoints'].flatMap((app) => {
  const dir = join(root, app, 'xs');
  return listXsFiles(dir).map((p) => readFileSync(join(dir, p), 'utf8'));
});

const HOUR = 3_600_000;
const ago = (hours: number) => Date.now() - hours * HOUR;
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const staged = (n: number, processed: boolean, from = 1) => range(n).map((i) => ({ id: from + i - 1, user_id: 1, external_id: `x${from + i - 1}`, payload: {}, is_processed: processed }));

interface Health {
  checkedAt: number;
  staging: Array<{ table: string; total: number; backlog: number }>;
  finalTables: Record<string, number>;
  syncState: Array<{ integration: string; entityType: string; status: string; rawStatus: string | null; lastSyncAt: number | null }>;
  jobs: Array<{ integration: string; table: string; id: number; status: string; rawStatus: string }>;
  backlog: number;
  onboardingJobs: Record<string, { total: number; pending: number; active: number; stuck: number; error: number }>;
  stuckJobs: Array<{ table: string; id: number; ageHours: number | null }>;
  syncFailureRate: Record<string, number>;
  verdict: string;
  reasons: Array<{ level: string; category: string; message: string }>;
  thresholds: typeof alerts;
}

/** An emulator with the workspace and `rows`; `keep` gets its database, to read it as `xac health --data-dir` does. */
async function start(rows: Record<string, unknown[]>, keep?: (sql: SqlAdapter) => void) {
  const openDatabase = async () => { const sql = await pgliteAdapter(); keep?.(sql); return sql; };
  const h = await startEmulatorHarness({ schedulerIntervalMs: 0, openDatabase });
  await pushDocuments(h.emu, compiled);
  await h.emu.seed(rows);
  return h;
}
const url = (h: EmulatorHarness) => `${h.emu.url}/api:LIdBL1AN/pipeline-health-check`;
async function check(h: EmulatorHarness, query = ''): Promise<Health> {
  const res = await fetch(`${url(h)}${query}`);
  const json = (await res.json()) as { success: boolean; data: Health; error: unknown; step: string };
  expect(res.status, JSON.stringify(json)).toBe(200);
  expect(json).toMatchObject({ success: true, error: null, step: 'complete' });
  return json.data;
}
const levels = (r: ReadonlyArray<{ level: string; category: string }>) => r.map((x) => `${x.level} ${x.category}`);

describe('pipeline-health-check with a backlog, a stuck job and a stale sync', () => {
  let h: EmulatorHarness;
  let database: SqlAdapter | undefined;
  beforeAll(async () => {
    h = await start({
      user: [{ id: 1, first_name: 'Ada' }, { id: 2, first_name: 'Bo' }],
      stage_listing_skyslope: [...staged(1_200, false), ...staged(300, true, 1_201)],
      stage_transactions_skyslope: staged(40, true),
      fub_sync_state: [
        { id: 1, user_id: 1, entity_type: 'people', status: 'ready', last_sync_at: ago(1), records_synced: 200 },
        { id: 2, user_id: 1, entity_type: 'calls', status: 'ready', last_sync_at: ago(30), records_synced: 50 },
      ],
      rezen_sync_state: [{ id: 1, user_id: 1, entity_type: 'contributions', status: 'IN_PROGRESS', last_sync_at: ago(2), records_synced: 0 }],
      skyslope_sync_state: [{ id: 1, user_id: null, entity_type: 'users', status: 'in_progress', last_sync_at: ago(1), records_synced: 150 }],
      fub_onboarding_jobs: [
        { id: 1, user_id: 1, status: 'In Process', started: ago(6) },
        { id: 2, user_id: 2, status: 'New', started: null },
        { id: 3, user_id: 2, status: 'Complete', started: ago(50) },
      ],
      rezen_onboarding_jobs: [
        { id: 1, user_id: 1, status: 'Started', started: ago(1) },
        { id: 2, user_id: 2, status: 'Error', started: ago(3) },
      ],
    }, (sql) => { database = sql; });
  }, 120_000);
  afterAll(async () => h?.close());

  it('counts staging totals and the real backlog, final tables, sync state and jobs', async () => {
    const r = await check(h);
    expect(r.staging.find((s) => s.table === 'stage_listing_skyslope')).toEqual({ table: 'stage_listing_skyslope', total: 1_500, backlog: 1_200 });
    expect(r.staging.find((s) => s.table === 'stage_transactions_skyslope')).toEqual({ table: 'stage_transactions_skyslope', total: 40, backlog: 0 });
    expect(r.backlog).toBe(1_200);
    expect(r.finalTables['user']).toBe(2);
    expect(r.finalTables['listing']).toBe(0);
    expect(Object.keys(r.finalTables)).not.toContain('stage_listing_skyslope');
    expect(Object.keys(r.finalTables)).not.toContain('fub_onboarding_jobs');
    // The three vocabularies, normalised: ready, IN_PROGRESS, in_progress; In Process, New, Started, Error.
    expect(r.syncState.map((s) => [s.integration, s.entityType, s.rawStatus, s.status])).toEqual([
      ['fub', 'people', 'ready', 'complete'], ['fub', 'calls', 'ready', 'complete'],
      ['rezen', 'contributions', 'IN_PROGRESS', 'active'], ['skyslope', 'users', 'in_progress', 'active'],
    ]);
    expect(r.jobs.map((j) => [j.table, j.id, j.rawStatus, j.status])).toEqual([
      ['fub_onboarding_jobs', 1, 'In Process', 'active'], ['fub_onboarding_jobs', 2, 'New', 'pending'], ['fub_onboarding_jobs', 3, 'Complete', 'complete'],
      ['rezen_onboarding_jobs', 1, 'Started', 'active'], ['rezen_onboarding_jobs', 2, 'Error', 'error'],
    ]);
    expect(r.onboardingJobs).toEqual({
      fub: { total: 3, pending: 1, active: 1, stuck: 1, error: 0 },
      rezen: { total: 2, pending: 0, active: 1, stuck: 0, error: 1 },
      skyslope: { total: 0, pending: 0, active: 0, stuck: 0, error: 0 },
    });
    expect(r.stuckJobs).toHaveLength(1);
    expect(r.stuckJobs[0]).toMatchObject({ table: 'fub_onboarding_jobs', id: 1 });
    expect(r.stuckJobs[0]?.ageHours).toBeCloseTo(6, 1);
    expect(r.syncFailureRate).toEqual({ fub: 0, rezen: 0, skyslope: 0 });
  });

  it('judges warning, with a reason for the backlog, the stale sync and the stuck job, under the config thresholds', async () => {
    const r = await check(h);
    expect(r.thresholds).toEqual(alerts);
    expect(r.verdict).toBe('warning');
    expect(levels(r.reasons)).toEqual(['warning staging', 'warning sync', 'warning jobs']);
    expect(r.reasons[0]?.message).toBe('staging backlog 1200 unprocessed rows (≥ 1000)');
    expect(r.reasons[1]?.message).toMatch(/^fub calls last synced 30(\.0)? h ago \(≥ 24 h\)$/);
    expect(r.reasons[2]?.message).toMatch(/^fub_onboarding_jobs 1 is In Process since 6(\.0)? h$/);
  });

  it('agrees with the CLI evaluating the same facts (one set of thresholds, one vocabulary)', async () => {
    const r = await check(h);
    const ours = evaluateHealth(healthFactsSchema.parse(r), alerts);
    expect(ours.verdict).toBe(r.verdict);
    expect(levels(ours.reasons)).toEqual(levels(r.reasons));
    expect(ours.onboardingJobs).toEqual(r.onboardingJobs);
    expect(ours.backlog).toBe(r.backlog);
  });

  it('answers the same facts as the CLI reading the database itself (`xac health --data-dir`)', async () => {
    const r = await check(h);
    const decls = (Object.values(functions) as unknown[]).filter((v): v is Table<string, Shape> => v instanceof Table).map((t) => t.toDecl());
    if (!database) throw new Error('the emulator opened no database');
    const direct = await collectHealth(database, decls, r.checkedAt);
    expect(healthFactsSchema.parse(r)).toEqual(direct);
  });

  it('uses thresholds given as inputs: a backlog critical at 1,000 and a failure rate', async () => {
    const r = await check(h, '?staging_backlog_critical=1000&stuck_job_hours_critical=5');
    expect(r.verdict).toBe('critical');
    expect(levels(r.reasons)).toEqual(['critical staging', 'warning sync', 'critical jobs']);
    expect(r.reasons[0]?.message).toBe('staging backlog 1200 unprocessed rows (≥ 1000)');
  });

  it('`xac health --url` prints the endpoint\'s verdict, the same under xac.config.ts; `xac alert --url` reads it too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xac-health-ep-'));
    try {
      const cli = join(repo, 'packages', 'xano-deploy', 'dist', 'cli', 'main.js');
      const { stdout } = await promisify(execFile)(process.execPath, [cli, 'health', '--url', url(h), '--history-dir', dir], { cwd: repo, encoding: 'utf8' });
      expect(stdout).toMatch(/^verdict: warning \(checked /);
      expect(stdout).toContain('endpoint verdict: warning (3 reasons; the same under xac.config.ts alerts)');
      expect(stdout).toContain('! warning staging: staging backlog 1,200 unprocessed rows (≥ 1,000): stage_listing_skyslope 1,200');
      expect(stdout).toMatch(/stage_listing_skyslope\s+1,200\s+1,500/);
      // `xac alert` reads the same answer under the same block: a warning (exit 0), three reasons.
      const report = join(dir, 'alert.json');
      const alert = await promisify(execFile)(process.execPath, [cli, 'alert', '--dry-run', '--url', url(h), '--report', report], { cwd: repo, encoding: 'utf8', env: { ...process.env, SLACK_WEBHOOK_URL: '' } });
      expect(alert.stdout).toContain('staging backlog 1,200');
      const saved = JSON.parse(readFileSync(report, 'utf8')) as { verdict: string; reasons: unknown[]; health: { reported: { verdict: string } } };
      expect([saved.verdict, saved.reasons.length, saved.health.reported.verdict]).toEqual(['warning', 3, 'warning']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

describe('pipeline-health-check on a healthy workspace', () => {
  let h: EmulatorHarness;
  beforeAll(async () => {
    h = await start({
      user: [{ id: 1, first_name: 'Ada' }],
      stage_listing_skyslope: [...staged(3, false), ...staged(7, true, 4)],
      fub_sync_state: [{ id: 1, user_id: 1, entity_type: 'people', status: 'ready', last_sync_at: ago(2), records_synced: 200 }],
      rezen_sync_state: [{ id: 1, user_id: 1, entity_type: 'contributions', status: 'success', last_sync_at: ago(3), records_synced: 9 }],
      fub_onboarding_jobs: [{ id: 1, user_id: 1, status: 'Complete', started: ago(40) }, { id: 2, user_id: 1, status: 'In Process', started: ago(1) }],
    });
  }, 120_000);
  afterAll(async () => h?.close());

  it('is healthy with no reasons (a job active for 1 h is not stuck)', async () => {
    const r = await check(h);
    expect(r.backlog).toBe(3);
    expect(r.verdict).toBe('healthy');
    expect(r.reasons).toEqual([]);
    expect(r.onboardingJobs['fub']).toEqual({ total: 2, pending: 0, active: 1, stuck: 0, error: 0 });
  });

  it('a backlog at a warning threshold given as input is a warning (≥, as `xac alert` compares)', async () => {
    const r = await check(h, '?staging_backlog_warning=3');
    expect(r.verdict).toBe('warning');
    expect(levels(r.reasons)).toEqual(['warning staging']);
  });

  it('a sync in error and a job In Process with no started time are critical', async () => {
    await h.emu.seed({
      skyslope_sync_state: [{ id: 1, user_id: null, entity_type: 'users', status: 'ERROR', error_message: 'SkySlope answered 500', last_sync_at: ago(1), records_synced: 0 }],
      fub_onboarding_jobs: [{ id: 3, user_id: 1, status: 'In Process', started: null }],
    });
    const r = await check(h);
    expect(r.verdict).toBe('critical');
    expect(r.syncFailureRate).toEqual({ fub: 0, rezen: 0, skyslope: 1 });
    expect(r.reasons).toEqual([
      { level: 'critical', category: 'sync', message: 'skyslope sync failure rate 100% (users: SkySlope answered 500)' },
      { level: 'critical', category: 'jobs', message: 'fub_onboarding_jobs 3 is In Process with no started time (no poller will pick it up)' },
    ]);
    expect(r.stuckJobs).toEqual([{ integration: 'fub', table: 'fub_onboarding_jobs', id: 3, rawStatus: 'In Process', started: null, ageHours: null }]);
  });
});
