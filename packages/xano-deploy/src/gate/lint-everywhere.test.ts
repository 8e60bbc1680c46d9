import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// One lint everywhere: `xac lint` and the deploy gate read the same config `lint` section and the
// same baseline, so on one project they give the same error-level findings.

const pkg = join(import.meta.dirname, '..', '..');
const cli = join(pkg, 'dist', 'cli', 'main.js');
const fixtures = join(pkg, '..', 'xanoscript-dsl', 'src', 'parser', '__fixtures__');
const tmp = join(pkg, '.test-tmp', `lint-everywhere-${process.pid}`);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const env = { ...process.env, XANO_INSTANCE_URL: '', XANO_TOKEN: '' };
const xac = (root: string, ...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', env });
const module = (name: string) =>
  `import { raw } from '@xac/xanoscript-dsl/dsl';\nexport const x = raw.object(${JSON.stringify(readFileSync(join(fixtures, name, 'input.xs'), 'utf8'))});\n`;

/** `file:line:col rule` of every error the gate names. */
const gateErrors = (stderr: string) => [...stderr.matchAll(/^ {2}(\S+\.xs):(\d+):(\d+): .*\(([a-z-]+)\)$/gm)].map((m) => `${m[1]}:${m[2]}:${m[3]} ${m[4]}`).sort();
const lintErrors = (stdout: string) =>
  (JSON.parse(stdout) as { findings: Array<{ path: string; line: number; column: number; rule: string; severity: string }> }).findings
    .filter((f) => f.severity === 'error').map((f) => `${f.path}:${f.line}:${f.column} ${f.rule}`).sort();

describe('xac lint and the deploy gate', () => {
  it('give the same findings with the config\'s lint section, and both pass once the baseline knows them', { timeout: 90_000 }, () => {
    const root = join(tmp, 'proj');
    mkdirSync(join(root, 'apps/a'), { recursive: true });
    writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages: []\n');
    writeFileSync(join(root, 'xac.config.ts'), "export default {\n  lint: { rules: { 'lookup-value-type': 'off' }, baseline: 'lint-baseline.json' },\n};\n");
    writeFileSync(join(root, 'apps/a/user.ts'), module('seed-table-user'));
    writeFileSync(join(root, 'apps/a/snapshots.ts'), module('seed-table-metrics-snapshots'));
    writeFileSync(join(root, 'apps/a/lifecycle.ts'), "import { fn, t } from '@xac/xanoscript-dsl/dsl';\nexport const l = fn('Workers/Metrics - Transactions by Lifecycle Group', { input: [t.int('user_id'), t.text('lifecycle_group')] }, () => ({ success: true }));\n");
    writeFileSync(join(root, 'apps/a/snapshot.ts'), module('seed-8140-before-fix'));
    expect(xac(root, 'build').status).toBe(0);

    const lint = xac(root, 'lint', '--format', 'json');
    expect(lint.status).toBe(1);
    const fromLint = lintErrors(lint.stdout);
    // The raw.object() modules are escape hatches the compiled text cannot show: the source map names them.
    const escapes = (JSON.parse(lint.stdout) as { findings: Array<{ rule: string; path: string; message: string }> }).findings.filter((f) => f.rule === 'no-escape-hatch');
    expect(escapes.map((f) => f.path).sort()).toEqual(['apps/a/xs/function/workers/metrics_create_snapshot.xs', 'apps/a/xs/table/metrics_snapshots.xs', 'apps/a/xs/table/user.xs']);
    expect(escapes[0]?.message).toMatch(/`raw\.object\(\)` at apps\/a\/\w+\.ts:\d+:\d+/);
    const refused = xac(root, 'deploy');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/gate refused the deploy/);
    expect(gateErrors(refused.stderr)).toEqual(fromLint);
    // The rule the config turns off blocks neither; the two reads the callee never returns block both.
    expect(fromLint).toEqual([
      'apps/a/xs/function/workers/metrics_create_snapshot.xs:28:28 no-unsafe-result-access',
      'apps/a/xs/function/workers/metrics_create_snapshot.xs:29:30 no-unsafe-result-access',
    ]);

    // The config's baseline: recorded by xac lint, honoured by the gate.
    expect(xac(root, 'lint', '--update-baseline').status).toBe(0);
    expect(xac(root, 'lint').status).toBe(0);
    const deployed = xac(root, 'deploy');
    expect(deployed.stderr).toBe('');
    expect(deployed.status).toBe(0);
  });

  it('a broken baseline file is a usage error naming it, for both', { timeout: 60_000 }, () => {
    const root = join(tmp, 'bad');
    mkdirSync(join(root, 'apps/a'), { recursive: true });
    writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages: []\n');
    writeFileSync(join(root, 'xac.config.ts'), "export default { lint: { baseline: 'b.json' } };\n");
    writeFileSync(join(root, 'b.json'), '{not json');
    writeFileSync(join(root, 'apps/a/user.ts'), module('seed-table-user'));
    for (const args of [['lint'], ['deploy']]) {
      const r = xac(root, ...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/b\.json: /);
    }
  });
});
