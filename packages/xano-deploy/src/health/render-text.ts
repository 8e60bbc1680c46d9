// `xac health` output: the current check, and `--history` as a table with sparklines.
import { INTEGRATIONS, type HealthResult } from './types.js';
import { sparkline, trendRows } from './trend.js';

const hours = (h: number | null) => (h === null ? '-' : Number.isFinite(h) ? `${h.toFixed(1)} h` : 'never');
const n = (v: number) => v.toLocaleString('en-US');

function table(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = head.map((_, i) => Math.max(...[head, ...rows].map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(head), ...rows.map(line)];
}

/** The endpoint's own verdict: one line when it agrees with the config's thresholds, its reasons when not. */
function reportedLines(r: HealthResult, own: NonNullable<HealthResult['reported']>, reason: (x: HealthResult['reasons'][number]) => string): string[] {
  const levels = (xs: HealthResult['reasons']) => xs.map((x) => `${x.level} ${x.category}`).sort().join(',');
  const count = `${own.reasons.length} reason${own.reasons.length === 1 ? '' : 's'}`;
  if (own.verdict === r.verdict && levels(own.reasons) === levels(r.reasons)) return [`endpoint verdict: ${own.verdict} (${count}; the same under xac.config.ts alerts)`];
  return [`endpoint verdict: ${own.verdict} (${count}), not what xac.config.ts alerts give; the endpoint said:`, ...own.reasons.map(reason)];
}

/**
 * The current check as text.
 * @example process.stdout.write(renderHealth(result));
 */
export function renderHealth(r: HealthResult): string {
  const out = [`verdict: ${r.verdict} (checked ${new Date(r.checkedAt).toISOString()})`];
  const reason = (x: HealthResult['reasons'][number]) => `  ${x.level === 'critical' ? '✗' : '!'} ${x.level} ${x.category}: ${x.message}`;
  for (const x of r.reasons) out.push(reason(x));
  if (r.reported) out.push(...reportedLines(r, r.reported, reason));
  out.push('', `staging (backlog ${n(r.backlog)} unprocessed rows)`, ...table(['table', 'backlog', 'total'], r.staging.map((s) => [s.table, n(s.backlog), n(s.total)])).map((l) => `  ${l}`));
  out.push('', 'final tables', ...table(['table', 'rows'], Object.entries(r.finalTables).map(([t, c]) => [t, n(c)])).map((l) => `  ${l}`));
  const age = (at: number | null) => (at === null ? 'never' : hours((r.checkedAt - at) / 3_600_000));
  out.push('', 'sync state', ...table(['integration', 'entity', 'status', 'last sync', 'records'], r.syncState.map((s) => [s.integration, s.entityType, s.rawStatus ?? '-', age(s.lastSyncAt), s.recordsSynced === null ? '-' : n(s.recordsSynced)])).map((l) => `  ${l}`));
  out.push('', 'onboarding jobs', ...table(['integration', 'total', 'pending', 'active', 'stuck', 'error'], INTEGRATIONS.map((i) => {
    const j = r.onboardingJobs[i];
    return [i, String(j.total), String(j.pending), String(j.active), String(j.stuck), String(j.error)];
  })).map((l) => `  ${l}`));
  return `${out.join('\n')}\n`;
}

/**
 * The stored checks, oldest first: sparklines of the backlog and each integration's sync age, then a row per check.
 * @example process.stdout.write(renderHistory(await history.list()));
 */
export function renderHistory(history: readonly HealthResult[]): string {
  if (history.length === 0) return 'no health checks stored yet (run `xac health` first)\n';
  const rows = trendRows(history);
  const last = rows[rows.length - 1];
  const out = [`${rows.length} health checks, ${new Date(rows[0]?.checkedAt ?? 0).toISOString()} → ${new Date(last?.checkedAt ?? 0).toISOString()}`];
  out.push(`  backlog        ${sparkline(rows.map((r) => r.backlog))}  ${n(rows[0]?.backlog ?? 0)} → ${n(last?.backlog ?? 0)}`);
  for (const i of INTEGRATIONS) out.push(`  ${`${i} sync age`.padEnd(15)}${sparkline(rows.map((r) => r.syncAge[i]))}  ${hours(rows[0]?.syncAge[i] ?? null)} → ${hours(last?.syncAge[i] ?? null)}`);
  out.push('', ...table(['checked at', 'verdict', 'backlog', 'stuck', ...INTEGRATIONS.map((i) => `${i} age`)], rows.map((r) => [
    new Date(r.checkedAt).toISOString().slice(0, 16).replace('T', ' '), r.verdict, n(r.backlog), String(r.stuck), ...INTEGRATIONS.map((i) => hours(r.syncAge[i])),
  ])));
  return `${out.join('\n')}\n`;
}
