// Health facts read straight from the workspace's database (the local runtime's PGlite, or
// PostgreSQL): which table plays which part follows from the declared tables — `stage_*` with an
// `is_processed` column is staging, `<integration>_sync_state` is sync state,
// `<integration>_onboarding_jobs` holds onboarding jobs, every other table is a final table.
import type { TableDecl } from '@xac/xanoscript-dsl/ast';
import type { SqlAdapter } from '@xac/xanoscript-runtime';
import { normaliseStatus } from './status.js';
import { INTEGRATIONS, type HealthFacts, type Integration } from './types.js';

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const columnsOf = (t: TableDecl) => new Set((t.schema ?? []).flatMap((f) => (f.kind === 'FieldDecl' ? [f.name] : [])));
const integrationOf = (name: string, suffix: string): Integration | undefined =>
  INTEGRATIONS.find((i) => name === `${i}_${suffix}`);

export type HealthRole = 'staging' | 'sync' | 'jobs' | 'final';

/**
 * The part a table plays in a health check (the pipeline-health-check endpoint is built by the same rule).
 * @example healthRoleOf(fubSyncState.toDecl()) // { role: 'sync', integration: 'fub' }
 */
export function healthRoleOf(t: TableDecl): { role: HealthRole; integration?: Integration } {
  const role = roleOf(t);
  const integration = role === 'sync' ? integrationOf(t.name, 'sync_state') : role === 'jobs' ? integrationOf(t.name, 'onboarding_jobs') : undefined;
  return integration ? { role, integration } : { role };
}

function roleOf(t: TableDecl): HealthRole {
  if (t.name.startsWith('stage_') && columnsOf(t).has('is_processed')) return 'staging';
  if (integrationOf(t.name, 'sync_state')) return 'sync';
  if (integrationOf(t.name, 'onboarding_jobs') && columnsOf(t).has('status')) return 'jobs';
  return 'final';
}

/** `col` when the table has it, else `null as col`. */
const pick = (cols: ReadonlySet<string>, name: string) => (cols.has(name) ? ident(name) : `null as ${ident(name)}`);
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

async function syncRows(sql: SqlAdapter, t: TableDecl, integration: Integration): Promise<HealthFacts['syncState']> {
  const c = columnsOf(t);
  const rows = await sql.query(`select ${['entity_type', 'status', 'last_sync_at', 'error_message', 'records_synced'].map((n) => pick(c, n)).join(', ')} from ${ident(t.name)}`);
  return rows.map((r) => ({
    integration, entityType: text(r['entity_type']) ?? '(none)', status: normaliseStatus(text(r['status'])), rawStatus: text(r['status']),
    lastSyncAt: num(r['last_sync_at']), errorMessage: text(r['error_message']) || null, recordsSynced: num(r['records_synced']),
  }));
}

async function jobRows(sql: SqlAdapter, t: TableDecl, integration: Integration): Promise<HealthFacts['jobs']> {
  const rows = await sql.query(`select "id", "status", ${pick(columnsOf(t), 'started')} from ${ident(t.name)} order by "id"`);
  return rows.map((r) => ({ integration, table: t.name, id: Number(r['id']), status: normaliseStatus(text(r['status'])), rawStatus: text(r['status']), started: num(r['started']) }));
}

/**
 * The facts of the database's tables at `now`.
 * @example const facts = await collectHealth(db.sql, tables, Date.now());
 */
export async function collectHealth(sql: SqlAdapter, tables: readonly TableDecl[], now: number): Promise<HealthFacts> {
  const facts: { -readonly [K in keyof HealthFacts]: HealthFacts[K] } = { checkedAt: now, staging: [], finalTables: {}, syncState: [], jobs: [] };
  for (const t of [...tables].sort((a, b) => a.name.localeCompare(b.name))) {
    const role = roleOf(t);
    if (role === 'staging') {
      const [r] = await sql.query(`select count(*) as total, count(*) filter (where ${ident('is_processed')} is not true) as backlog from ${ident(t.name)}`);
      facts.staging.push({ table: t.name, total: Number(r?.['total'] ?? 0), backlog: Number(r?.['backlog'] ?? 0) });
    } else if (role === 'sync') {
      facts.syncState.push(...(await syncRows(sql, t, integrationOf(t.name, 'sync_state') ?? 'fub')));
    } else if (role === 'jobs') {
      facts.jobs.push(...(await jobRows(sql, t, integrationOf(t.name, 'onboarding_jobs') ?? 'fub')));
    } else {
      const [r] = await sql.query(`select count(*) as n from ${ident(t.name)}`);
      facts.finalTables[t.name] = Number(r?.['n'] ?? 0);
    }
  }
  return facts;
}
