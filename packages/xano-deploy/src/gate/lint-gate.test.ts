import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The seed's broken function 8140, carried into a project as raw XanoScript, cannot be deployed:
// the gate's lint step refuses it, naming both bugs, and the emulator is left untouched.

const pkg = join(import.meta.dirname, '..', '..');
const cli = join(pkg, 'dist', 'cli', 'main.js');
const fixtures = join(pkg, '..', 'xanoscript-dsl', 'src', 'parser', '__fixtures__');
const tmp = join(pkg, '.test-tmp', `lint-gate-${process.pid}`);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('deploy gate: lint at error level', () => {
  it('refuses the seed 8140 before its fix and deploys it after', { timeout: 60_000 }, () => {
    const root = join(tmp, 'proj');
    mkdirSync(join(root, 'apps/a'), { recursive: true });
    writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages: []\n');
    const module = (name: string) =>
      `import { raw } from '@xac/xanoscript-dsl/dsl';\nexport const x = raw.object(${JSON.stringify(readFileSync(join(fixtures, name, 'input.xs'), 'utf8'))});\n`;
    writeFileSync(join(root, 'apps/a/user.ts'), module('seed-table-user'));
    writeFileSync(join(root, 'apps/a/snapshots.ts'), module('seed-table-metrics-snapshots'));
    writeFileSync(join(root, 'apps/a/lifecycle.ts'), "import { fn, t } from '@xac/xanoscript-dsl/dsl';\nexport const l = fn('Workers/Metrics - Transactions by Lifecycle Group', { input: [t.int('user_id'), t.text('lifecycle_group')] }, () => ({ success: true }));\n");
    writeFileSync(join(root, 'apps/a/snapshot.ts'), module('seed-8140-before-fix'));
    const env = { ...process.env, XANO_INSTANCE_URL: '', XANO_TOKEN: '' };
    const dataDir = join(root, '.xac', 'emulator');
    const refused = spawnSync(process.execPath, [cli, 'deploy'], { cwd: root, encoding: 'utf8', env });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/gate refused the deploy \(nothing was written\)/);
    expect(refused.stderr).toMatch(/apps\/a\/xs\/function\/workers\/metrics_create_snapshot\.xs:11:21: .*\(lookup-value-type\)/);
    expect(refused.stderr).toMatch(/metrics_create_snapshot\.xs:28:28: .*transactions_updated.*\(no-unsafe-result-access\)/);
    // Nothing of the refused deploy reached the emulator's state.
    const state = () => existsSync(dataDir)
      ? readdirSync(dataDir).filter((f) => f.endsWith('.json')).map((f) => readFileSync(join(dataDir, f), 'utf8')).join('\n')
      : '';
    expect(state()).not.toContain('Metrics - Create Snapshot');
    expect(state()).not.toContain('metrics_snapshots');

    writeFileSync(join(root, 'apps/a/snapshot.ts'), module('seed-8140-after-fix'));
    const deployed = spawnSync(process.execPath, [cli, 'deploy'], { cwd: root, encoding: 'utf8', env });
    expect(deployed.stderr).toBe('');
    expect(deployed.status).toBe(0);
    expect(deployed.stdout).toMatch(/Workers\/Metrics - Create Snapshot/);
    expect(state()).toContain('Metrics - Create Snapshot');
  });
});
