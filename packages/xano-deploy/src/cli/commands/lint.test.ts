import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const pkg = join(import.meta.dirname, '..', '..', '..');
const cli = join(pkg, 'dist', 'cli', 'main.js');
const fixtures = join(pkg, '..', 'xanoscript-dsl', 'src', 'parser', '__fixtures__');
const tmp = join(pkg, '.test-tmp', `lint-${process.pid}`);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('xac lint', () => {
  it('reports the seed bugs at file:line:col with exit 1, and exit 0 once fixed', () => {
    mkdirSync(join(tmp, 'xs'), { recursive: true });
    writeFileSync(join(tmp, 'pnpm-workspace.yaml'), 'packages: []\n');
    cpSync(join(fixtures, 'seed-8140-before-fix', 'input.xs'), join(tmp, 'xs', 'snapshot.xs'));
    const bad = spawnSync(process.execPath, [cli, 'lint', 'xs'], { cwd: tmp, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/^xs\/snapshot\.xs:11:21: error: .*\(lookup-value-type\)$/m);
    expect(bad.stdout).toMatch(/^xs\/snapshot\.xs:28:28: error: .*\(no-unsafe-result-access\)$/m);
    const json = JSON.parse(spawnSync(process.execPath, [cli, 'lint', 'xs', '--format', 'json'], { cwd: tmp, encoding: 'utf8' }).stdout);
    expect(json.errorCount).toBe(3);
    cpSync(join(fixtures, 'seed-8140-after-fix', 'input.xs'), join(tmp, 'xs', 'snapshot.xs'));
    const good = spawnSync(process.execPath, [cli, 'lint', 'xs'], { cwd: tmp, encoding: 'utf8' });
    expect(good.stdout).toMatch(/1 files: 0 errors, 0 warnings/);
    expect(good.status).toBe(0);
  });

  it('lints the compiled apps of this repository clean', () => {
    const r = spawnSync(process.execPath, [cli, 'lint'], { cwd: join(pkg, '..', '..'), encoding: 'utf8' });
    expect(r.stdout).toMatch(/\d+ files: 0 errors/);
    expect(r.status).toBe(0);
  });
});
