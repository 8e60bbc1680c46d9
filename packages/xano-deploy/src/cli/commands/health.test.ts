// `xac health` stores each check; `--history` prints backlog and sync ages with sparklines.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { postgresAdapter } from '@xac/xanoscript-runtime';
import { sparkline } from '../../health/trend.js';

const pkg = join(import.meta.dirname, '..', '..', '..');
const cli = join(pkg, 'dist', 'cli', 'main.js');
const H = 3_600_000;
const T0 = Date.UTC(2026, 0, 20);

/** The CLI with the folder history (DATABASE_URL, which CI sets for the database suites, removed). */
const xac = (cwd: string, ...args: string[]) => {
  const { DATABASE_URL: _, ...env } = process.env;
  return xacEnv(env, cwd, ...args);
};

const xacEnv = (env: NodeJS.ProcessEnv, cwd: string, ...args: string[]) => new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
  execFile(process.execPath, [cli, ...args], { cwd, env }, (err, stdout, stderr) => resolve({ status: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }));
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

// With DATABASE_URL the checks are stored in PostgreSQL (in CI, .ci/postgres.sh starts the server).
const pgUrl = process.env['DATABASE_URL'];
describe.skipIf(!pgUrl && process.env['CI'] !== 'true')('xac health under DATABASE_URL', () => {
  it('stores each check in PostgreSQL, in the XAC_HEALTH_SCHEMA schema, and reads the history back from there', async () => {
    if (!pgUrl) throw new Error('PostgreSQL: DATABASE_URL is not set (.ci/postgres.sh starts a server and prints one)');
    mkdirSync(join(pkg, '.test-tmp'), { recursive: true });
    const root = mkdtempSync(join(pkg, '.test-tmp', 'health-pg-'));
    writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages: []\n');
    const schema = `xac_health_test_${process.pid}`;
    const env = { ...process.env, DATABASE_URL: pgUrl, XAC_HEALTH_SCHEMA: schema };
    for (const [day, backlog] of [[0, 10], [1, 20]] as const) {
      writeFileSync(join(root, `h${day}.json`), JSON.stringify(facts(day, backlog)));
      const r = await xacEnv(env, root, 'health', '--from', `h${day}.json`);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    }
    const h = await xacEnv(env, root, 'health', '--history');
    expect(h.stdout).toContain('2 health checks, 2026-01-20T00:00:00.000Z → 2026-01-21T00:00:00.000Z');
    // Nothing went to the folder; the rows are in the schema.
    expect(existsSync(join(root, '.xac', 'health'))).toBe(false);
    const sql = await postgresAdapter(pgUrl, { schema });
    try {
      expect(await sql.query('select backlog from health_checks order by id')).toEqual([{ backlog: 10 }, { backlog: 20 }]);
    } finally {
      await sql.dropSchema();
      await sql.close();
    }
  });
});

describe('xac health with an unreachable DATABASE_URL', () => {
  it('says which server it could not reach, without the password, and exits 2', async () => {
    mkdirSync(join(pkg, '.test-tmp'), { recursive: true });
    const root = mkdtempSync(join(pkg, '.test-tmp', 'health-nopg-'));
    writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages: []\n');
    const r = await xacEnv({ ...process.env, DATABASE_URL: 'postgres://xac:s3cret-pw@127.0.0.1:1/nowhere' }, root, 'health', '--history');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error: database error: cannot connect to PostgreSQL at 127\.0\.0\.1:1\/nowhere: .*\(check DATABASE_URL\)\n$/);
    expect(r.stderr).not.toContain('s3cret-pw');
  });
});
