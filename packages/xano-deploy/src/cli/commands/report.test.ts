// `xac report --html`: one self-contained file, opened in headless Chromium (Debian's chromium, driven
// by puppeteer-core; no browser download). Without Chromium the test is skipped, except under CI=true.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { historyOver } from '../../health/history.js';
import { renderHtmlReport } from '../../health/render-html.js';
import { evaluateHealth } from '../../health/verdict.js';
import { ALERT_DEFAULTS } from '../../config/schema.js';
import { pgliteAdapter } from '@xac/xanoscript-runtime';
import { suiteResult, validationReport } from '@xac/validators/suites';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const H = 3_600_000;
const T0 = Date.UTC(2026, 0, 20);
if (CHROMIUM === undefined && process.env['CI'] === 'true') throw new Error('CI=true but no Chromium at /usr/bin/chromium: .ci/run installs it (apt-get install chromium)');

const check = (day: number, backlog: number, stuck = false) => evaluateHealth({
  checkedAt: T0 + day * 24 * H, staging: [{ table: 'stage_transactions_skyslope', total: 9000, backlog }], finalTables: { transaction: 10 },
  syncState: [{ integration: 'rezen', entityType: 'transactions', status: 'error', rawStatus: 'ERROR', lastSyncAt: T0, errorMessage: '<b>401</b>', recordsSynced: 0 }],
  jobs: stuck ? [{ integration: 'fub', table: 'fub_onboarding_jobs', id: 9, status: 'active', rawStatus: 'In Process', started: null }] : [],
}, ALERT_DEFAULTS);

async function page() {
  const history = await historyOver(await pgliteAdapter());
  for (const [d, b] of [[0, 100], [1, 800], [2, 2500], [3, 1700]] as const) await history.record(check(d, b, d === 3));
  const list = await history.list();
  await history.close();
  const tables = suiteResult('tables', [{ name: 'user', outcome: 'passed', reasons: [] }], 100);
  const endpoints = suiteResult('endpoints', [{ name: 'POST x', outcome: 'untestable', reasons: ['needs serving'] }], 96);
  const file = join(mkdtempSync(join(tmpdir(), 'xac-report-')), 'pipeline-report.html');
  writeFileSync(file, renderHtmlReport(list, validationReport('emulator', [tables, endpoints], new Date(T0)), new Date(T0 + 5 * 24 * H)));
  return file;
}

describe.skipIf(CHROMIUM === undefined)('HTML report in headless Chromium', () => {
  it('renders the score table, the backlog chart (a point per stored check), stuck jobs and sync state, fetching nothing', async () => {
    const file = await page();
    expect(readFileSync(file, 'utf8')).not.toMatch(/<script|<link|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const tab = await browser.newPage();
      const requested: string[] = [];
      tab.on('request', (r) => requested.push(r.url()));
      await tab.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      expect(requested).toEqual([pathToFileURL(file).href]);
      const scores = await tab.$$eval('#scores tbody tr', (rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)));
      expect(scores).toEqual([['Tables', '100.0%', '100%', 'MET', '1', '0', '0', '0'], ['Endpoints', '0.0%', '96%', 'MISSED', '0', '0', '0', '1']]);
      const points = await tab.$$eval('#backlog-chart circle.point', (cs) => cs.map((c) => ({ value: Number(c.getAttribute('data-value')), y: c.getBoundingClientRect().y })));
      expect(points.map((p) => p.value)).toEqual([100, 800, 2500, 1700]);
      // Rendered: a higher backlog sits higher on the screen.
      expect(points[2]?.y ?? 0).toBeLessThan(points[1]?.y ?? 0);
      expect(points[1]?.y ?? 0).toBeLessThan(points[0]?.y ?? 0);
      const line = await tab.$eval('#backlog-chart polyline', (p) => p.getBoundingClientRect().width);
      expect(line).toBeGreaterThan(400);
      expect(await tab.$$eval('#stuck-jobs tbody tr td', (tds) => tds.map((t) => t.textContent))).toEqual(['fub', 'fub_onboarding_jobs', '9', 'In Process', 'never', 'no start time']);
      expect(await tab.$eval('#sync-state tbody tr', (tr) => tr.textContent)).toContain('<b>401</b>');
    } finally {
      await browser.close();
    }
  }, 60_000);
});
