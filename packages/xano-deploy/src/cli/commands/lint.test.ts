import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const pkg = join(import.meta.dirname, '..', '..', '..');
const cli = join(pkg, 'dist', 'cli', 'main.js');
const fixtures = join(pkg, '..', 'xanoscript-dsl', 'src', 'parser', '__fixtures__');
const tmp = join(pkg, '.test-tmp', `lint-${process.pid}`);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
// The callee of 8140, written for these tests (domain.md §4, §7): FP Result shape, the count under `data`.
const CALLEE = 'function "Workers/Metrics - Transactions by Lifecycle Group" {\n  input {\n    int user_id\n    text lifecycle_group\n  }\n  stack {\n  }\n  response = {success: true, data: {transactions_updated: 0}, error: null, step: "count"}\n}\n';

describe('xac lint', () => {
  it('reports the seed bugs at file:line:col with exit 1, and exit 0 once fixed', () => {
    mkdirSync(join(tmp, 'xs'), { recursive: true });
    writeFileSync(join(tmp, 'pnpm-workspace.yaml'), 'packages: []\n');
    cpSync(join(fixtures, 'seed-8140-before-fix', 'input.xs'), join(tmp, 'xs', 'snapshot.xs'));
    writeFileSync(join(tmp, 'xs', 'lifecycle.xs'), CALLEE);
    const bad = spawnSync(process.execPath, [cli, 'lint', 'xs'], { cwd: tmp, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/^xs\/snapshot\.xs:11:21: error: .*\(lookup-value-type\)$/m);
    expect(bad.stdout).toMatch(/^xs\/snapshot\.xs:28:28: error: .*\(no-unsafe-result-access\)$/m);
    const json = JSON.parse(spawnSync(process.execPath, [cli, 'lint', 'xs', '--format', 'json'], { cwd: tmp, encoding: 'utf8' }).stdout);
    expect(json.errorCount).toBe(3);
    expect(json.findings[0]).toMatchObject({ path: 'xs/snapshot.xs', line: 11, column: 21, rule: 'lookup-value-type', fixable: false, suggestions: [{ messageId: 'withDefault' }] });
    expect(bad.stdout).toMatch(/^ {2}suggestion: .*\(xac lint --fix --suggestions=lookup-value-type\)$/m);
    cpSync(join(fixtures, 'seed-8140-after-fix', 'input.xs'), join(tmp, 'xs', 'snapshot.xs'));
    const good = spawnSync(process.execPath, [cli, 'lint', 'xs'], { cwd: tmp, encoding: 'utf8' });
    expect(good.stdout).toMatch(/2 files: 0 errors, 0 warnings/);
    expect(good.status).toBe(0);
  });

  it('--fix leaves the seed 8140 alone (its edits change behaviour); --suggestions applies them by choice', () => {
    const dir = join(tmp, 'fix');
    mkdirSync(join(dir, 'xs'), { recursive: true });
    writeFileSync(join(dir, 'pnpm-workspace.yaml'), 'packages: []\n');
    const original = readFileSync(join(fixtures, 'seed-8140-before-fix', 'input.xs'), 'utf8');
    writeFileSync(join(dir, 'xs', 'snapshot.xs'), original);
    writeFileSync(join(dir, 'xs', 'lifecycle.xs'), CALLEE);
    cpSync(join(fixtures, 'seed-table-metrics-snapshots', 'input.xs'), join(dir, 'xs', 'metrics_snapshots.xs'));
    cpSync(join(fixtures, 'seed-table-user', 'input.xs'), join(dir, 'xs', 'user.xs'));
    const run = (...args: string[]) => spawnSync(process.execPath, [cli, 'lint', 'xs', ...args], { cwd: dir, encoding: 'utf8' });
    const plain = run('--fix');
    expect(plain.stdout).toMatch(/4 files: 3 errors, 0 warnings/);
    expect(plain.status).toBe(1);
    expect(readFileSync(join(dir, 'xs', 'snapshot.xs'), 'utf8')).toBe(original);
    const chosen = run('--fix', '--suggestions', 'lookup-value-type,no-unsafe-result-access');
    expect(chosen.stdout).toMatch(/4 files: 0 errors, 0 warnings/);
    expect(chosen.status).toBe(0);
    const text = readFileSync(join(dir, 'xs', 'snapshot.xs'), 'utf8');
    expect(text).toContain('field_value = $input.user_id|to_int|first_notempty:0');
    expect(text).toContain('open_transactions: $lifecycle_open_result|get:"data":({})|get:"transactions_updated":0');
    expect(readFileSync(join(dir, 'xs', 'metrics_snapshots.xs'), 'utf8')).toBe(readFileSync(join(fixtures, 'seed-table-metrics-snapshots', 'input.xs'), 'utf8'));
    expect(run().status).toBe(0);
    expect(run('--fix', '--suggestions', 'no-such-rule').status).toBe(2);
  });

  it('formats: sarif 2.1.0 and markdown; a baseline lets only new findings fail; bad usage exits 2', () => {
    const dir = join(tmp, 'formats');
    mkdirSync(join(dir, 'xs'), { recursive: true });
    writeFileSync(join(dir, 'pnpm-workspace.yaml'), 'packages: []\n');
    cpSync(join(fixtures, 'seed-8140-before-fix', 'input.xs'), join(dir, 'xs', 'snapshot.xs'));
    writeFileSync(join(dir, 'xs', 'lifecycle.xs'), CALLEE);
    const run = (...args: string[]) => spawnSync(process.execPath, [cli, 'lint', 'xs', ...args], { cwd: dir, encoding: 'utf8' });
    const sarif = JSON.parse(run('--format', 'sarif').stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].tool.driver.rules.some((r: { id: string; shortDescription: { text: string } }) => r.id === 'lookup-value-type' && r.shortDescription.text.length > 0)).toBe(true);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'xs/snapshot.xs' }, region: { startLine: 11, startColumn: 21, endLine: 11, endColumn: 35 } });
    expect(run('--format', 'markdown').stdout).toMatch(/^### xac lint: 3 errors/);
    expect(run('--baseline', 'lint-baseline.json', '--update-baseline').status).toBe(0);
    expect(run('--baseline', 'lint-baseline.json').status).toBe(0);
    const moved = `// moved down a line\n${readFileSync(join(dir, 'xs', 'snapshot.xs'), 'utf8')}`;
    writeFileSync(join(dir, 'xs', 'snapshot.xs'), moved.replace('field_name = "id"', 'field_name = "id"\n      description = "x"'));
    expect(run('--baseline', 'lint-baseline.json').status).toBe(0);
    writeFileSync(join(dir, 'xs', 'snapshot.xs'), moved.replace('$user.agent_id', '$lifecycle_open_result.agent_id'));
    const fresh = run('--baseline', 'lint-baseline.json');
    expect(fresh.status).toBe(1);
    expect(fresh.stdout).toMatch(/1 error, 0 warnings, 3 known from the baseline/);
    expect(run('--format', 'xml').status).toBe(2);
  });

  it('lints the compiled apps of this repository clean', () => {
    const r = spawnSync(process.execPath, [cli, 'lint'], { cwd: join(pkg, '..', '..'), encoding: 'utf8' });
    expect(r.stdout).toMatch(/\d+ files: 0 errors/);
    expect(r.status).toBe(0);
  });
});
