import { Database, pgliteAdapter } from '@xac/xanoscript-runtime';
import type { TableDecl } from '@xac/xanoscript-dsl/ast';
import { parse } from '@xac/xanoscript-dsl/parser';
import { describe, expect, it } from 'vitest';
import { ALERT_DEFAULTS } from '../config/schema.js';
import { collectHealth } from './collect-db.js';
import { normaliseStatus } from './status.js';
import type { HealthFacts } from './types.js';
import { evaluateHealth } from './verdict.js';

const NOW = Date.UTC(2026, 0, 26, 12);
const H = 3_600_000;
const quiet: HealthFacts = { checkedAt: NOW, staging: [{ table: 'stage_a', total: 10, backlog: 0 }], finalTables: { listing: 5 }, syncState: [], jobs: [] };
const sync = (o: Partial<HealthFacts['syncState'][number]>): HealthFacts['syncState'][number] =>
  ({ integration: 'fub', entityType: 'people', status: 'complete', rawStatus: 'ready', lastSyncAt: NOW - H, errorMessage: null, recordsSynced: 1, ...o });
const job = (o: Partial<HealthFacts['jobs'][number]>): HealthFacts['jobs'][number] =>
  ({ integration: 'fub', table: 'fub_onboarding_jobs', id: 1, status: 'active', rawStatus: 'In Process', started: NOW - H, ...o });

describe('status vocabularies', () => {
  it('map New/In Process/Complete/Error, IN_PROGRESS and in_progress to one set', () => {
    expect(['New', 'In Process', 'Complete', 'Error', 'Started', 'Partial'].map(normaliseStatus)).toEqual(['pending', 'active', 'complete', 'error', 'active', 'partial']);
    expect(['PENDING', 'IN_PROGRESS', 'COMPLETED', 'ERROR'].map(normaliseStatus)).toEqual(['pending', 'active', 'complete', 'error']);
    expect(['pending', 'in_progress', 'completed', 'failed', 'ready', 'SYNCING', 'what'].map(normaliseStatus)).toEqual(['pending', 'active', 'complete', 'error', 'complete', 'active', 'unknown']);
  });
});

describe('verdict', () => {
  it('is healthy with nothing over a threshold', () => {
    expect(evaluateHealth({ ...quiet, syncState: [sync({})] }, ALERT_DEFAULTS)).toMatchObject({ verdict: 'healthy', reasons: [], backlog: 0 });
  });

  it('counts the backlog (is_processed = false), not the staging totals, at ≥ 1000 / ≥ 5000', () => {
    const big = { ...quiet, staging: [{ table: 'stage_a', total: 100_000, backlog: 999 }] };
    expect(evaluateHealth(big, ALERT_DEFAULTS).verdict).toBe('healthy');
    const warn = evaluateHealth({ ...quiet, staging: [{ table: 'stage_a', total: 9, backlog: 600 }, { table: 'stage_b', total: 9, backlog: 400 }] }, ALERT_DEFAULTS);
    expect(warn.reasons).toEqual([{ level: 'warning', category: 'staging', message: 'staging backlog 1,000 unprocessed rows (≥ 1,000): stage_a 600, stage_b 400' }]);
    expect(evaluateHealth({ ...quiet, staging: [{ table: 'stage_a', total: 1, backlog: 5000 }] }, ALERT_DEFAULTS).verdict).toBe('critical');
  });

  it('rates sync failures per integration and ages each entry; never synced is critical', () => {
    const r = evaluateHealth({ ...quiet, syncState: [
      sync({ status: 'error', rawStatus: 'ERROR', errorMessage: '401 from FUB' }), sync({ entityType: 'calls' }), sync({ entityType: 'events' }), sync({ entityType: 'deals', lastSyncAt: NOW - 30 * H }),
      sync({ integration: 'rezen', entityType: 'transactions', lastSyncAt: null }),
    ] }, ALERT_DEFAULTS);
    expect(r.syncFailureRate).toEqual({ fub: 0.25, rezen: 0, skyslope: 0 });
    expect(r.reasons.map((x) => [x.level, x.message])).toEqual([
      ['warning', 'fub sync failure rate 25% (people: 401 from FUB)'],
      ['warning', 'fub deals last synced 30.0 h ago (≥ 24 h)'],
      ['critical', 'rezen transactions has never synced (last_sync_at is null)'],
    ]);
    expect(r.verdict).toBe('critical');
  });

  it('finds stuck jobs: active past 4 h is a warning, past 24 h or with no started time critical', () => {
    const r = evaluateHealth({ ...quiet, jobs: [
      job({ id: 1 }), job({ id: 2, started: NOW - 5 * H }), job({ id: 3, rawStatus: 'IN_PROGRESS', integration: 'rezen', table: 'rezen_onboarding_jobs', started: NOW - 25 * H }),
      job({ id: 4, started: null }), job({ id: 5, status: 'pending', rawStatus: 'New', started: null }),
    ] }, ALERT_DEFAULTS);
    expect(r.reasons.map((x) => [x.level, x.message])).toEqual([
      ['warning', 'fub_onboarding_jobs 2 is In Process since 5.0 h'],
      ['critical', 'rezen_onboarding_jobs 3 is IN_PROGRESS since 25.0 h'],
      ['critical', 'fub_onboarding_jobs 4 is In Process with no started time (no poller will pick it up)'],
    ]);
    expect(r.onboardingJobs.fub).toEqual({ total: 4, pending: 1, active: 3, stuck: 2, error: 0 });
  });

  it('follows the configured thresholds', () => {
    const strict = { ...ALERT_DEFAULTS, stuckJobHours: { warning: 0.5, critical: 0.9 } };
    expect(evaluateHealth({ ...quiet, jobs: [job({})] }, strict).verdict).toBe('critical');
  });
});

describe('collectHealth', () => {
  const tables = ['table "stage_transactions_rezen_onboarding" {\n  schema {\n    int id\n    bool is_processed\n  }\n}',
    'table "fub_sync_state" {\n  schema {\n    int id\n    text entity_type\n    text status\n    timestamp? last_sync_at?\n    text? error_message?\n    int records_synced\n  }\n}',
    'table "fub_onboarding_jobs" {\n  schema {\n    int id\n    text status\n    timestamp? started?\n  }\n}',
    'table "transaction" {\n  schema {\n    int id\n  }\n}'].map((t) => parse(t).ast?.object as TableDecl);

  it('reads staging backlog, final counts, sync state and jobs from the database', async () => {
    const db = await Database.open(tables, await pgliteAdapter());
    await db.sql.exec(`insert into "stage_transactions_rezen_onboarding" (is_processed) values (true), (false), (false);
      insert into "transaction" default values; insert into "transaction" default values;
      insert into "fub_sync_state" (entity_type, status, last_sync_at, records_synced) values ('people', 'IDLE', ${NOW - H}, 20);
      insert into "fub_onboarding_jobs" (status, started) values ('In Process', null), ('Complete', ${NOW - H});`);
    const facts = await collectHealth(db.sql, tables, NOW);
    await db.sql.close();
    expect(facts).toEqual({
      checkedAt: NOW,
      staging: [{ table: 'stage_transactions_rezen_onboarding', total: 3, backlog: 2 }],
      finalTables: { transaction: 2 },
      syncState: [{ integration: 'fub', entityType: 'people', status: 'complete', rawStatus: 'IDLE', lastSyncAt: NOW - H, errorMessage: null, recordsSynced: 20 }],
      jobs: [
        { integration: 'fub', table: 'fub_onboarding_jobs', id: 1, status: 'active', rawStatus: 'In Process', started: null },
        { integration: 'fub', table: 'fub_onboarding_jobs', id: 2, status: 'complete', rawStatus: 'Complete', started: NOW - H },
      ],
    });
    expect(evaluateHealth(facts, ALERT_DEFAULTS).verdict).toBe('critical');
  });
});
