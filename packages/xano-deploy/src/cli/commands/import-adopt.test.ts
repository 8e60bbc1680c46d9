import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emulatorTarget } from '../../deploy/__tests__/helpers.js';

// Adopting a live workspace (docs/migrating.md): pull it, import the pull, build, and `xac plan`
// against that same workspace shows no change, so a team adopts xac without redeploying anything.
// The workspace is the emulator's, seeded with our own reproduction of a CLI pull (pull.test.ts),
// without its realtime channel (deploy does not manage realtime_channel objects yet: the gate says so)
// and the realtime trigger on it.

const pkg = join(import.meta.dirname, '..', '..', '..');
const cli = join(pkg, 'dist', 'cli', 'main.js');
const fixture = join(import.meta.dirname, '__fixtures__', 'official-cli-pull');
const tmp = join(pkg, '.test-tmp', `adopt-${process.pid}`);
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('XANO_')));
const xac = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd, env, encoding: 'utf8' });

const PUSH_ORDER = [
  'table/user.xs', 'function/workers/metrics_create_snapshot.xs', 'function/send_email.xs', 'function/send_email_2.xs',
  'middleware/check_api_key.xs', 'api/migration_v_1_to_v_2/migration_v_1_to_v_2.xs', 'api/authentication/authentication.xs',
  'api/authentication_2/authentication.xs', 'api/migration_v_1_to_v_2/reset_stuck_fub_jobs_POST.xs',
  'api/migration_v_1_to_v_2/jobs/job_id_GET.xs', 'api/authentication_2/auth/login_POST.xs', 'task/metrics_create_snapshot_v_3.xs',
  'table/trigger/user_audit.xs', 'workspace/trigger/notify_branch_live.xs',
];

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('adopting a live workspace', () => {
  it('pull, import, build, then plan against the same workspace: no change', { timeout: 240_000 }, async () => {
    mkdirSync(tmp, { recursive: true });
    const dir = mkdtempSync(join(tmp, 'adopt-'));
    writeFileSync(join(dir, 'pnpm-workspace.yaml'), 'packages: []\n');
    const t = await emulatorTarget({ dir });
    try {
      await t.client.multidoc.push(PUSH_ORDER.map((path) => ({ path, text: readFileSync(join(fixture, path), 'utf8') })));
    } finally {
      await t.close();
    }
    const steps = [['pull', '--out', 'pulled'], ['import', 'pulled', '--app', 'live'], ['build']];
    for (const args of steps) {
      const r = xac(dir, ...args);
      expect(r.stderr, args.join(' ')).toBe('');
      expect(r.status, args.join(' ')).toBe(0);
    }
    const plan = xac(dir, 'plan', '--detailed-exitcode');
    expect(plan.stderr).toBe('');
    expect(plan.status).toBe(0);
    expect(plan.stdout).toMatch(/^Plan for emulator \(workspace 1, branch v1\): 0 to create, 0 to update, 0 to delete, 14 unchanged$/m);
  });
});
