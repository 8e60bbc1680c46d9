// The V2 workspace's tables (apps/functions/tables): the health check reads its staging, sync-state and
// job tables by their roles.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TableDecl } from '@xac/xanoscript-dsl/ast';
import { parse } from '@xac/xanoscript-dsl/parser';
import { Database, pgliteAdapter } from '@xac/xanoscript-runtime';
import { describe, expect, it } from 'vitest';
import { ALERT_DEFAULTS } from '../config/schema.js';
import { collectHealth } from './collect-db.js';
import { evaluateHealth } from './verdict.js';

const tableDir = join(import.meta.dirname, '..', '..', '..', '..', 'apps', 'functions', 'xs', 'table');

describe('the V2 workspace tables', () => {
  it('has the staging, sync-state and job tables the health check reads', async () => {
    const tables = readdirSync(tableDir).map((f) => parse(readFileSync(join(tableDir, f), 'utf8')).ast?.object as TableDecl);
    const db = await Database.open(tables, await pgliteAdapter());
    await db.sql.exec(`insert into "stage_transactions_rezen_onboarding" (user_id, external_id, payload, is_processed) values (60, 't-1', '{}', false), (60, 't-2', '{}', true);
      insert into "rezen_sync_state" (entity_type, status, last_sync_at, records_synced, user_id) values ('transactions', 'IDLE', ${Date.UTC(2026, 0, 26)}, 2, 60);
      insert into "fub_onboarding_jobs" (user_id, status, started) values (60, 'In Process', null);`);
    const facts = await collectHealth(db.sql, tables, Date.UTC(2026, 0, 26, 1));
    await db.sql.close();
    expect(facts.staging.map((s) => s.table)).toHaveLength(10);
    expect(facts.staging.find((s) => s.table === 'stage_transactions_rezen_onboarding')).toEqual({ table: 'stage_transactions_rezen_onboarding', total: 2, backlog: 1 });
    expect(Object.keys(facts.finalTables)).toEqual(expect.arrayContaining(['transaction', 'listing', 'contribution', 'network_member', 'fub_people']));
    expect(facts.syncState).toEqual([expect.objectContaining({ integration: 'rezen', entityType: 'transactions', status: 'complete' })]);
    expect(evaluateHealth(facts, ALERT_DEFAULTS).reasons.map((r) => r.message)).toEqual(['fub_onboarding_jobs 1 is In Process with no started time (no poller will pick it up)']);
  });
});
