import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// workerTest() and dailySync() declared in an app compile into its manifest (xs/endpoint-tests.json,
// keys `workers` and `dailySync`), checked by `build --check`; a bad declaration is a positioned error.

const pkg = join(import.meta.dirname, '..', '..');
const cli = join(pkg, 'dist', 'cli', 'main.js');
const tmp = join(pkg, `.test-tmp-pipeline-${process.pid}`);
let n = 0;

function project(files: Record<string, string>): string {
  const root = join(tmp, `p-${n++}`);
  rmSync(root, { recursive: true, force: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages: []\n');
  return root;
}

const xac = (root: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

const WORKERS = `import { apiGroup, query, t, table } from '@xac/xanoscript-dsl/dsl';
import { workerTest } from '@xac/validators/suites';
export const calls = table('fub_calls', { schema: [t.int('id'), t.text('fub_call_id_raw'), t.timestamp('updated_at')] });
export const deals = table('fub_deals', { schema: [t.int('id'), t.timestamp('updated_at')] });
export const group = apiGroup('WORKERS', { canonical: 'wk1' });
export const callsEndpoint = query('test-function-8065-fub-calls', { verb: 'POST', api_group: group, input: [t.int('user_id')] }, () => ({ success: true }));
export const dealsEndpoint = query('test-function-10022-get-deals', { verb: 'POST', api_group: group, input: [t.int('user_id')] }, () => ({ success: true }));
export const dealsWorker = workerTest({ id: 10022, name: 'FUB - Get Deals', endpoint: dealsEndpoint, input: { user_id: 60 }, writes: [deals] });
export const callsWorker = workerTest({ id: 8065, name: 'FUB - Get Calls', endpoint: callsEndpoint, input: { user_id: 60 }, writes: [calls] });
`;
const SYNC = `import { dailySync } from '@xac/validators/suites';
import { calls, callsEndpoint, deals, dealsEndpoint } from './workers.ts';
export const sync = dailySync([
  { step: 3, name: 'FUB - Get Deals', integration: 'FUB', endpoint: dealsEndpoint, input: { user_id: 60 }, writes: [deals] },
  { step: 1, name: 'FUB - Calls Sync', integration: 'FUB', endpoint: callsEndpoint, input: { user_id: 60 }, writes: [calls] },
]);
`;

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('xac build: worker and daily-sync declarations', () => {
  it('compiles them into the manifest (workers by id, steps by step, tables by name), counts a re-export once, and --check sees a stale one', () => {
    const root = project({ 'apps/a/workers.ts': WORKERS, 'apps/a/daily_sync.ts': SYNC, 'apps/a/index.ts': `export { callsWorker } from './workers.ts';\nexport { sync } from './daily_sync.ts';\n` });
    const built = xac(root, 'build');
    expect(built.err).toBe('');
    expect(built.code).toBe(0);
    const file = join(root, 'apps/a/xs/endpoint-tests.json');
    const m = JSON.parse(readFileSync(file, 'utf8'));
    expect(m.endpoints).toEqual({});
    expect(m.workers).toEqual([
      { id: 8065, name: 'FUB - Get Calls', verb: 'POST', path: 'test-function-8065-fub-calls', apiGroup: 'WORKERS', input: { user_id: 60 }, writes: ['fub_calls'] },
      { id: 10022, name: 'FUB - Get Deals', verb: 'POST', path: 'test-function-10022-get-deals', apiGroup: 'WORKERS', input: { user_id: 60 }, writes: ['fub_deals'] },
    ]);
    expect(m.dailySync.map((s: { step: number; integration: string; path: string }) => [s.step, s.integration, s.path])).toEqual([[1, 'FUB', 'test-function-8065-fub-calls'], [3, 'FUB', 'test-function-10022-get-deals']]);
    expect(xac(root, 'build', '--check').code).toBe(0);
    writeFileSync(join(root, 'apps/a/daily_sync.ts'), SYNC.replace('input: { user_id: 60 }, writes: [deals]', 'input: { user_id: 61 }, writes: [deals]'));
    const stale = xac(root, 'build', '--check');
    expect(stale.code).toBe(1);
    expect(stale.out + stale.err).toContain('endpoint-tests.json');
  });

  it('reports a bad declaration at its export (file:line:col, what was expected), writes nothing and shows no stack', () => {
    // The types stop these first (a table name for a table, a table for an endpoint, a misspelt integration) …
    const typed = project({ 'apps/a/workers.ts': WORKERS.replace("writes: [calls] });", "writes: ['fub_calls'] });") });
    const t = xac(typed, 'build');
    expect(t.code).toBe(1);
    expect(t.err).toMatch(/apps\/a\/workers\.ts:9:\d+ TS2322 /);
    // … and the build checks what gets past them (casts, plain JavaScript).
    const bad = WORKERS.replace("writes: [calls] });", "writes: ['fub_calls' as never] });").replace("id: 10022, name: 'FUB - Get Deals', endpoint: dealsEndpoint", "id: 10022, name: 'FUB - Get Deals', endpoint: deals as never");
    const root = project({ 'apps/a/workers.ts': bad, 'apps/a/daily_sync.ts': SYNC.replace("step: 3, name: 'FUB - Get Deals', integration: 'FUB'", "step: 1, name: 'FUB - Get Deals', integration: 'Fub' as never") });
    const r = xac(root, 'build');
    expect(r.code).toBe(1);
    expect(r.err).toContain('apps/a/workers.ts:8:1: workerTest 10022: endpoint must be a query(…) definition (its test endpoint)');
    expect(r.err).toContain('apps/a/workers.ts:9:1: workerTest 8065: writes[0] must be a table(…) definition');
    expect(r.err).toContain('apps/a/daily_sync.ts:3:1: dailySync step 1 (entry 1): integration must be one of FUB, reZEN, SkySlope, got "Fub"');
    expect(r.err).toContain('apps/a/daily_sync.ts:3:1: dailySync step 1 (entry 2): step 1 is already entry 1');
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(existsSync(join(root, 'apps/a/xs'))).toBe(false);
  });
});
