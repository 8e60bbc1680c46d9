// The seed's score table (Component | Score | Target | Status), with the four counts beside it, then
// one line per case that did not pass.
import type { Outcome, SuiteResult } from './score.js';

const HEAD = ['Component', 'Score', 'Target', 'Status', 'Passed', 'Failed', 'Skipped', 'Untestable'] as const;
const MARK: Readonly<Record<Exclude<Outcome, 'passed'>, string>> = { failed: '✗ failed', skipped: '- skipped', untestable: '? untestable' };

const percent = (n: number | null) => (n === null ? 'n/a' : `${(Math.floor(n * 10) / 10).toFixed(1)}%`);

function row(r: SuiteResult): string[] {
  const c = r.counts;
  return [r.component, percent(r.score), `${r.target}%`, r.status === 'met' ? 'MET' : 'MISSED', ...[c.passed, c.failed, c.skipped, c.untestable].map(String)];
}

/**
 * The table and the cases that did not pass, as text.
 * @example renderScoreTable([suiteResult('tables', cases, 100)])
 */
export function renderScoreTable(results: readonly SuiteResult[]): string {
  const rows = [HEAD.slice(), ...results.map(row)];
  const widths = HEAD.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  const out = [line(rows[0] ?? []), rule, ...rows.slice(1).map(line)];
  for (const r of results) {
    for (const c of r.cases) {
      if (c.outcome === 'passed') continue;
      out.push(`${MARK[c.outcome]} ${r.suite}: ${c.name}${c.reasons.length > 0 ? ` — ${c.reasons.join('; ')}` : ''}`);
    }
  }
  return `${out.join('\n')}\n`;
}
