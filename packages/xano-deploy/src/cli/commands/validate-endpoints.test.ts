// Endpoint test cases declared beside an endpoint in the DSL: `xac build` compiles them into
// xs/endpoint-tests.json, and `xac validate endpoints` calls the endpoint on the emulator with each.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTarget } from '../../deploy/target.js';

const pkg = join(import.meta.dirname, '..', '..', '..');
const cli = join(pkg, 'dist', 'cli', 'main.js');
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('XANO_')));
const xac = (cwd: string, ...args: string[]) => new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
  execFile(process.execPath, [cli, ...args], { cwd, env }, (err, stdout, stderr) => resolve({ status: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }));
});

const MODULE = `import { apiGroup, query, t } from '@xac/xanoscript-dsl/dsl';
import { endpointTests } from '@xac/validators/suites';
import { z } from 'zod';
export const group = apiGroup('Checks', { canonical: 'chk1' });
export const double = query('double', { verb: 'POST', api_group: group, input: [t.int('n')] }, (s) => {
  const twice = s.var('twice', s.input.n.mul(2));
  return { success: true, data: { twice }, error: null, step: 'complete' };
});
export const untested = query('untested', { verb: 'GET', api_group: group, input: [] }, () => ({ success: true }));
export const doubleTests = endpointTests(double, [
  { name: 'doubles 21', input: { n: 21 }, response: z.object({ success: z.literal(true), data: z.object({ twice: z.literal(42) }) }) },
  { name: 'n is required', input: {}, status: 400 },
]);
`;

describe('xac validate endpoints', () => {
  it('compiles the declared cases, passes the endpoint that meets them, fails it once the remote breaks, never passes one without cases', async () => {
    mkdirSync(join(pkg, '.test-tmp'), { recursive: true });
    const root = mkdtempSync(join(pkg, '.test-tmp', 'endpoints-'));
    writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages: []\n');
    mkdirSync(join(root, 'apps', 'a'), { recursive: true });
    writeFileSync(join(root, 'apps', 'a', 'checks.ts'), MODULE);
    const built = await xac(root, 'build');
    expect(built.stderr).toBe('');
    const manifest = JSON.parse(readFileSync(join(root, 'apps', 'a', 'xs', 'endpoint-tests.json'), 'utf8'));
    expect(Object.keys(manifest.endpoints)).toEqual(['POST double']);
    expect(manifest.endpoints['POST double'].cases.map((c: { name: string; status: number }) => [c.name, c.status])).toEqual([['doubles 21', 200], ['n is required', 400]]);
    expect((await xac(root, 'build', '--check')).status).toBe(0);
    expect((await xac(root, 'apply')).status).toBe(0);

    const ok = await xac(root, 'validate', 'endpoints', '--report', 'r.json');
    expect(ok.stdout).toContain('| Endpoints | 50.0% |    96% | MISSED |      1 |      0 |       0 |          1 |');
    expect(ok.stdout).toContain('? untestable endpoints: GET untested — needs test cases declared beside the endpoint');
    expect(ok.status).toBe(1);

    // The endpoint changed behind the repo's back: still HTTP 200, but the shape is wrong.
    const t = await openTarget(root, { name: 'emulator', instanceUrl: undefined, workspaceId: 1, branch: 'v1', token: undefined });
    const group = (await t.client.apiGroups.list()).find((g) => g.name === 'Checks');
    const endpoint = (await t.client.endpoints.list(group?.id ?? 0)).find((e) => e.name === 'double');
    const text = readFileSync(join(root, 'apps', 'a', 'xs', 'api', 'checks', 'double_POST.xs'), 'utf8').replace('$input.n * 2', '$input.n * 3');
    await t.client.endpoints.update(group?.id ?? 0, endpoint?.id ?? 0, text);
    await t.close();
    const bad = await xac(root, 'validate', 'endpoints', '--report', 'r2.json');
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/✗ failed endpoints: POST double — doubles 21: response data\.twice: /);
  }, 120_000);
});
