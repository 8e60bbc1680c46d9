// The verdict of a health check from its facts and the `alerts` thresholds (xac.config.ts): each rule
// gives reasons at warning or critical level (a value at or above a threshold reaches it, as the
// seed's alert script compared); the verdict is the worst level, healthy with none.
import type { XacConfig } from '../config/schema.js';
import { INTEGRATIONS, type HealthFacts, type HealthResult, type Integration, type JobCounts, type Level, type Reason, type StuckJob } from './types.js';

export type AlertThresholds = XacConfig['alerts'];
type Pair = { readonly warning: number; readonly critical: number };

const HOUR = 3_600_000;
const levelOf = (value: number, t: Pair): Level | undefined => (value >= t.critical ? 'critical' : value >= t.warning ? 'warning' : undefined);
const fmt = (n: number) => n.toLocaleString('en-US');

function stagingReasons(f: HealthFacts, t: AlertThresholds): Reason[] {
  const backlog = f.staging.reduce((s, x) => s + x.backlog, 0);
  const level = levelOf(backlog, t.stagingBacklog);
  if (level === undefined) return [];
  const worst = f.staging.filter((x) => x.backlog > 0).sort((a, b) => b.backlog - a.backlog).map((x) => `${x.table} ${fmt(x.backlog)}`);
  const limit = level === 'critical' ? t.stagingBacklog.critical : t.stagingBacklog.warning;
  return [{ level, category: 'staging', message: `staging backlog ${fmt(backlog)} unprocessed rows (≥ ${fmt(limit)}): ${worst.join(', ')}` }];
}

function failureRates(f: HealthFacts): Record<Integration, number> {
  const out = {} as Record<Integration, number>;
  for (const i of INTEGRATIONS) {
    const rows = f.syncState.filter((s) => s.integration === i);
    out[i] = rows.length === 0 ? 0 : rows.filter((s) => s.status === 'error').length / rows.length;
  }
  return out;
}

function syncReasons(f: HealthFacts, t: AlertThresholds, rates: Record<Integration, number>): Reason[] {
  const out: Reason[] = [];
  for (const i of INTEGRATIONS) {
    const level = levelOf(rates[i], t.syncFailureRate);
    const errors = f.syncState.filter((s) => s.integration === i && s.status === 'error').map((s) => `${s.entityType}${s.errorMessage ? `: ${s.errorMessage}` : ''}`);
    if (level) out.push({ level, category: 'sync', message: `${i} sync failure rate ${(rates[i] * 100).toFixed(0)}% (${errors.join('; ')})` });
  }
  for (const s of f.syncState) {
    if (s.lastSyncAt === null) {
      out.push({ level: 'critical', category: 'sync', message: `${s.integration} ${s.entityType} has never synced (last_sync_at is null)` });
      continue;
    }
    const hours = (f.checkedAt - s.lastSyncAt) / HOUR;
    const level = levelOf(hours, t.syncAgeHours);
    if (level) out.push({ level, category: 'sync', message: `${s.integration} ${s.entityType} last synced ${hours.toFixed(1)} h ago (≥ ${level === 'critical' ? t.syncAgeHours.critical : t.syncAgeHours.warning} h)` });
  }
  return out;
}

function stuckJobs(f: HealthFacts, t: AlertThresholds): StuckJob[] {
  return f.jobs
    .filter((j) => j.status === 'active')
    .map((j) => ({ integration: j.integration, table: j.table, id: j.id, rawStatus: j.rawStatus, started: j.started, ageHours: j.started === null ? null : (f.checkedAt - j.started) / HOUR }))
    .filter((j) => j.ageHours === null || j.ageHours >= t.stuckJobHours.warning);
}

function jobReasons(stuck: readonly StuckJob[], t: AlertThresholds): Reason[] {
  return stuck.map((j) => {
    const what = `${j.table} ${j.id} is ${j.rawStatus ?? 'active'}`;
    if (j.ageHours === null) return { level: 'critical', category: 'jobs', message: `${what} with no started time (no poller will pick it up)` };
    return { level: levelOf(j.ageHours, t.stuckJobHours) ?? 'warning', category: 'jobs', message: `${what} since ${j.ageHours.toFixed(1)} h` };
  });
}

function jobCounts(f: HealthFacts, stuck: readonly StuckJob[]): Record<Integration, JobCounts> {
  const out = {} as Record<Integration, JobCounts>;
  for (const i of INTEGRATIONS) {
    const rows = f.jobs.filter((j) => j.integration === i);
    const n = (s: string) => rows.filter((j) => j.status === s).length;
    out[i] = { total: rows.length, pending: n('pending'), active: n('active'), stuck: stuck.filter((j) => j.integration === i).length, error: n('error') };
  }
  return out;
}

/**
 * The health result of some facts under the thresholds.
 * @example evaluateHealth(facts, config.alerts).verdict // 'warning'
 */
export function evaluateHealth(f: HealthFacts, t: AlertThresholds): HealthResult {
  const rates = failureRates(f);
  const stuck = stuckJobs(f, t);
  const reasons = [...stagingReasons(f, t), ...syncReasons(f, t, rates), ...jobReasons(stuck, t)];
  const verdict = reasons.some((r) => r.level === 'critical') ? 'critical' : reasons.length > 0 ? 'warning' : 'healthy';
  return { ...f, backlog: f.staging.reduce((s, x) => s + x.backlog, 0), onboardingJobs: jobCounts(f, stuck), stuckJobs: stuck, syncFailureRate: rates, verdict, reasons };
}
