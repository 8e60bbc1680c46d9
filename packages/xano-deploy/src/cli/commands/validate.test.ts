// `xac validate` as a user runs it, against the embedded emulator the repo was applied to.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTarget } from '../../deploy/target.js';
import { UsageError } from '../errors.js';
import { suitesOf } from './validate.js';

const pkg = join(import.meta.dirname, '..', '..', '..');
const cli = join(pkg, 'dist', 'cli', 'main.js');
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('XANO_')));
const xac = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd, env, encoding: 'utf8' });

const JOBS = 'table "jobs" {\n  schema {\n    int id\n    text status\n    timestamp? started?\n  }\n}\n';
const ENDPOINT = 'query "reset-stuck-fub-jobs" verb=POST {\n  api_group = "Migration"\n  input {\n  }\n  stack {\n  }\n  response = null\n}\n';

function project(): string {
  mkdirSync(join(pkg, '.test-tmp'), { recursive: true });
  const root = mkdtempSync(join(pkg, '.test-tmp', 'validate-'));
  writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages: []\n');
  mkdirSync(join(root, 'apps', 'a', 'xs', 'table'), { recursive: true });
  mkdirSync(join(root, 'apps', 'a', 'xs', 'api', 'migration'), { recursive: true });
  writeFileSync(join(root, 'apps', 'a', 'xs', 'table', 'jobs.xs'), JOBS);
  writeFileSync(join(root, 'apps', 'a', 'xs', 'api', 'migration', 'migration.xs'), 'api_group "Migration" {\n  canonical = "mig1"\n}\n');
  writeFileSync(join(root, 'apps', 'a', 'xs', 'api', 'migration', 'reset_stuck_fub_jobs_POST.xs'), ENDPOINT);
  return root;
}

describe('xac validate', () => {
  it('scores tables 100% on a fresh apply, then fails the table whose column the remote changed', async () => {
    const root = project();
    const applied = xac(root, 'apply');
    expect(applied.status, applied.stderr).toBe(0);
    const ok = xac(root, 'validate', 'tables', '--report', 'out/report.json');
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toContain('| Tables    | 100.0% |   100% |    MET |      1 |      0 |       0 |          0 |');
    expect(ok.status).toBe(0);
    const report = JSON.parse(readFileSync(join(root, 'out', 'report.json'), 'utf8'));
    expect(report).toMatchObject({ version: 1, target: 'emulator', ok: true, suites: [{ suite: 'tables', score: 100, counts: { passed: 1 } }] });

    // Changed behind the repo's back, through the client (no gate in the way).
    const t = await openTarget(root, { name: 'emulator', instanceUrl: undefined, workspaceId: 1, branch: 'v1', token: undefined });
    const remote = await t.client.tables.find({ name: 'jobs' });
    await t.client.tables.update(remote?.id ?? 0, JOBS.replace('timestamp? started?', 'text note'));
    await t.close();
    const bad = xac(root, 'validate', 'tables', '--report', 'out/bad.json');
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('✗ failed tables: jobs — missing column "started" (timestamp?); extra column "note" (text)');
  });

  it('all: the suites that need endpoint serving are untestable, score 0 and exit 1', () => {
    const root = project();
    expect(xac(root, 'apply').status).toBe(0);
    const r = xac(root, 'validate', 'all', '--format', 'json', '--report', 'r.json');
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.suites.map((s: { suite: string; counts: unknown; status: string }) => [s.suite, s.counts, s.status])).toEqual([
      ['tables', { passed: 1, failed: 0, skipped: 0, untestable: 0 }, 'met'],
      ['endpoints', { passed: 0, failed: 0, skipped: 0, untestable: 1 }, 'missed'],
      ['daily-sync', { passed: 0, failed: 0, skipped: 0, untestable: 11 }, 'missed'],
      ['workers', { passed: 0, failed: 0, skipped: 0, untestable: 22 }, 'missed'],
    ]);
  });

  it('names the suites it knows for a wrong one', () => {
    expect(() => suitesOf('tabels')).toThrow(new UsageError('unknown suite "tabels"; expected one of tables, endpoints, daily-sync, workers, all'));
  });
});
