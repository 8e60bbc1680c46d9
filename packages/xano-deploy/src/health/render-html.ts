// `xac report --html`: one self-contained HTML file (inline CSS and SVG, no script, nothing fetched)
// with the score table of the latest validation, the staging backlog trend, the stuck jobs and each
// integration's sync state of the latest health check.
import type { ValidationReport } from '@xac/validators/suites';
import { trendRows } from './trend.js';
import type { HealthResult } from './types.js';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const n = (v: number) => v.toLocaleString('en-US');
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

function tableHtml(id: string, head: readonly string[], rows: readonly (readonly string[])[], empty: string): string {
  if (rows.length === 0) return `<p id="${id}" class="empty">${esc(empty)}</p>`;
  const tr = (cells: readonly string[], tag: string) => `<tr>${cells.map((c) => `<${tag}>${esc(c)}</${tag}>`).join('')}</tr>`;
  return `<table id="${id}"><thead>${tr(head, 'th')}</thead><tbody>${rows.map((r) => tr(r, 'td')).join('')}</tbody></table>`;
}

function scoreTable(v: ValidationReport | undefined): string {
  const rows = (v?.suites ?? []).map((s) => [s.component, s.score === null ? 'n/a' : `${s.score.toFixed(1)}%`, `${s.target}%`, s.status === 'met' ? 'MET' : 'MISSED',
    String(s.counts.passed), String(s.counts.failed), String(s.counts.skipped), String(s.counts.untestable)]);
  return tableHtml('scores', ['Component', 'Score', 'Target', 'Status', 'Passed', 'Failed', 'Skipped', 'Untestable'], rows, 'no validation report yet (run xac validate)');
}

const W = 640;
const H = 220;
const PAD = 40;

/** The backlog of each stored check as an SVG line with a point per check. */
export function backlogChart(history: readonly HealthResult[]): string {
  const rows = trendRows(history);
  if (rows.length === 0) return '<p id="backlog-chart" class="empty">no health checks stored yet (run xac health)</p>';
  const max = Math.max(1, ...rows.map((r) => r.backlog));
  const x = (i: number) => PAD + (rows.length === 1 ? (W - 2 * PAD) / 2 : (i * (W - 2 * PAD)) / (rows.length - 1));
  const y = (v: number) => H - PAD - (v / max) * (H - 2 * PAD);
  const pts = rows.map((r, i) => `${x(i).toFixed(1)},${y(r.backlog).toFixed(1)}`);
  const circles = rows.map((r, i) => `<circle class="point" cx="${x(i).toFixed(1)}" cy="${y(r.backlog).toFixed(1)}" r="4" data-value="${r.backlog}" data-checked-at="${r.checkedAt}"><title>${esc(`${iso(r.checkedAt)}: ${n(r.backlog)}`)}</title></circle>`);
  return `<svg id="backlog-chart" role="img" aria-label="staging backlog per health check" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" xmlns="http://www.w3.org/2000/svg">
<line x1="${PAD}" y1="${H - PAD}" x2="${W - PAD}" y2="${H - PAD}" class="axis"/><line x1="${PAD}" y1="${PAD}" x2="${PAD}" y2="${H - PAD}" class="axis"/>
<text x="${PAD - 6}" y="${PAD + 4}" text-anchor="end" class="label">${n(max)}</text><text x="${PAD - 6}" y="${H - PAD + 4}" text-anchor="end" class="label">0</text>
<text x="${PAD}" y="${H - PAD + 18}" class="label">${esc(iso(rows[0]?.checkedAt ?? 0))}</text><text x="${W - PAD}" y="${H - PAD + 18}" text-anchor="end" class="label">${esc(iso(rows[rows.length - 1]?.checkedAt ?? 0))}</text>
<polyline class="trend" fill="none" points="${pts.join(' ')}"/>
${circles.join('\n')}
</svg>`;
}

const CSS = `body{font:14px system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:.5em 0 1.5em}
th,td{border:1px solid #ccc;padding:4px 8px;text-align:right}th:first-child,td:first-child{text-align:left}
.axis{stroke:#888}.trend{stroke:#c0392b;stroke-width:2}.point{fill:#c0392b}.label{font-size:11px;fill:#555}.empty{color:#777}
.critical{color:#c0392b}.warning{color:#b7950b}.healthy{color:#1e8449}`;

/**
 * The dashboard page.
 * @example writeFileSync('out/health-report.html', renderHtmlReport(await history.list(), latestValidation, new Date()));
 */
export function renderHtmlReport(history: readonly HealthResult[], validation: ValidationReport | undefined, at: Date): string {
  const latest = history[history.length - 1];
  const stuck = (latest?.stuckJobs ?? []).map((j) => [j.integration, j.table, String(j.id), j.rawStatus ?? '-', j.started === null ? 'never' : iso(j.started), j.ageHours === null ? 'no start time' : `${j.ageHours.toFixed(1)} h`]);
  const sync = (latest?.syncState ?? []).map((s) => [s.integration, s.entityType, s.rawStatus ?? '-', s.lastSyncAt === null ? 'never' : iso(s.lastSyncAt), s.errorMessage ?? '', s.recordsSynced === null ? '-' : n(s.recordsSynced)]);
  const verdict = latest ? `<p id="verdict" class="${latest.verdict}">Latest check ${esc(iso(latest.checkedAt))}: <strong>${latest.verdict}</strong>${latest.reasons.map((r) => `<br>${esc(`${r.level}: ${r.message}`)}`).join('')}</p>` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>V2 pipeline report</title><style>${CSS}</style></head>
<body><h1>V2 pipeline report</h1><p>Generated ${esc(at.toISOString())}${validation ? ` · validation of ${esc(validation.target)} at ${esc(validation.generatedAt)}` : ''}</p>
<h2>Validation scores</h2>${scoreTable(validation)}
<h2>Staging backlog</h2>${backlogChart(history)}
${verdict}
<h2>Stuck onboarding jobs</h2>${tableHtml('stuck-jobs', ['Integration', 'Table', 'Job', 'Status', 'Started', 'Age'], stuck, 'no stuck jobs')}
<h2>Sync state</h2>${tableHtml('sync-state', ['Integration', 'Entity', 'Status', 'Last sync', 'Error', 'Records'], sync, 'no sync state')}
</body></html>
`;
}
