// Trends read off a history: the staging backlog and, per integration, the age of its oldest sync
// (hours since the least recent last_sync_at; Infinity when an entry never synced).
import { INTEGRATIONS, type HealthResult, type Integration } from './types.js';

const HOUR = 3_600_000;

/** Hours since the least recent sync of an integration; null with no sync-state entry. */
export function syncAgeHours(r: HealthResult, integration: Integration): number | null {
  const rows = r.syncState.filter((s) => s.integration === integration);
  if (rows.length === 0) return null;
  return Math.max(...rows.map((s) => (s.lastSyncAt === null ? Number.POSITIVE_INFINITY : (r.checkedAt - s.lastSyncAt) / HOUR)));
}

const BARS = '▁▂▃▄▅▆▇█';

/**
 * A sparkline of the values (null and Infinity shown as a space and the top bar).
 * @example sparkline([0, 5, 10]) // '▁▅█'
 */
export function sparkline(values: ReadonlyArray<number | null>): string {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  return values
    .map((v) => {
      if (v === null) return ' ';
      if (!Number.isFinite(v)) return '█';
      return BARS[hi === lo ? 0 : Math.round(((v - lo) / (hi - lo)) * (BARS.length - 1))] ?? ' ';
    })
    .join('');
}

export interface TrendRow {
  readonly checkedAt: number;
  readonly verdict: HealthResult['verdict'];
  readonly backlog: number;
  readonly stuck: number;
  readonly syncAge: Readonly<Record<Integration, number | null>>;
}

/** One row per stored check. */
export function trendRows(history: readonly HealthResult[]): TrendRow[] {
  return history.map((r) => ({
    checkedAt: r.checkedAt, verdict: r.verdict, backlog: r.backlog, stuck: r.stuckJobs.length,
    syncAge: Object.fromEntries(INTEGRATIONS.map((i) => [i, syncAgeHours(r, i)])) as Record<Integration, number | null>,
  }));
}
