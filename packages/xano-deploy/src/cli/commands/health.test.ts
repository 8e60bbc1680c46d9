// `xac health` stores each check; `--history` prints backlog and sync ages with sparklines.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sparkline } from '../../health/trend.js';

const pkg = join(import.meta.dirname, '..', '..', '..');
const cli = join(pkg, 'dist', 'cli', 'main.js');
const H = 3_600_000;
const T0 = Date.UTC(2026, 0, 20);

const xac = (cwd: string, ...args: string[]) => new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
  execFile(process.execPath, [cli, ...args], { cwd }, (err, stdout, stderr) => resolve({ status: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }));
});

const facts = (day: number, backlog: number) => ({
  checkedAt: T0 + day * 24 * H, staging: [{ table: 'stage_listing_skyslope', total: 5000, backlog }], finalTables: { listing: 100 + day },
  syncState: [{ integration: 'fub', entityType: 'people', status: 'complete', rawStatus: 'ready', lastSyncAt: T0 + day * 24 * H - (day + 1) * H, errorMessage: null, recordsSynced: 3 }],
  jobs: [],
});

describe('sparkline', () => {
  it('scales from the lowest to the highest value; never-synced is the top bar', () => {
    expect(sparkline([0, 5, 10])).toBe('▁▅█');
    expect(sparkline([3, 3])).toBe('▁▁');
    expect(sparkline([1, null, Number.POSITIVE_INFINITY, 2])).toBe('▁ ██');
  });
});

describe('xac health', () => {
  it('prints a check, stores it, and --history shows the trend as a table with sparklines', async () => {
    mkdirSync(join(pkg, '.test-tmp'), { recursive: true });
    const root = mkdtempSync(join(pkg, '.test-tmp', 'health-'));
    writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages: []\n');
    for (const [day, backlog] of [[0, 0], [1, 400], [2, 1200]] as const) {
      writeFileSync(join(root, `h${day}.json`), JSON.stringify(facts(day, backlog)));
      const r = await xac(root, 'health', '--from', `h${day}.json`);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      if (day === 2) expect(r.stdout).toContain('verdict: warning');
    }
    const h = await xac(root, 'health', '--history');
    expect(h.status).toBe(0);
    expect(h.stdout).toContain('3 health checks, 2026-01-20T00:00:00.000Z → 2026-01-22T00:00:00.000Z');
    expect(h.stdout).toContain('  backlog        ▁▃█  0 → 1,200');
    expect(h.stdout).toContain('  fub sync age   ▁▅█  1.0 h → 3.0 h');
    expect(h.stdout).toMatch(/2026-01-22 00:00\s+warning\s+1,200\s+0\s+3\.0 h\s+-\s+-/);
    const r = await xac(root, 'report', '--html', 'out');
    expect(r.stdout).toContain('(3 health checks, no validation report)');
    const html = readFileSync(join(root, 'out', 'pipeline-report.html'), 'utf8');
    expect(html.match(/<circle class="point"/g)).toHaveLength(3);
    expect(html).toContain('no validation report yet (run xac validate)');
  });
});
