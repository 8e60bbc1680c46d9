import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { configSchema } from './schema.js';
import { locateKeyPath } from './load.js';
import { resolveTarget } from './target.js';

const pkg = join(import.meta.dirname, '..', '..');
const tmp = join(pkg, '.test-tmp');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('xac.config.ts', () => {
  it('fills defaults (validation targets, alert thresholds)', () => {
    const c = configSchema.parse({});
    expect(c.validation).toEqual({ tables: 100, endpoints: 96, dailySync: 90, workers: 95 });
    expect(c.alerts.stagingBacklog).toEqual({ warning: 1000, critical: 5000 });
  });

  it('locates a bad key in the source', () => {
    const src = "export default {\n  targets: {\n    prod: {\n      instanceUrl: 'nope',\n    },\n  },\n};\n";
    expect(locateKeyPath(src, ['targets', 'prod', 'instanceUrl'])).toEqual({ line: 4, column: 7 });
  });

  it('a bad config fails with file:line:col and what was expected, exit 2', () => {
    const root = join(tmp, `cfg-${process.pid}`);
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages: []\n');
    writeFileSync(join(root, 'xac.config.ts'), "export default {\n  targets: {\n    prod: { instanceUrl: 'not a url', workspaceId: 5 },\n  },\n  validation: { tables: 140 },\n};\n");
    const r = spawnSync(process.execPath, [join(pkg, 'dist/cli/main.js'), 'build'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/xac\.config\.ts:3:13: `targets\.prod\.instanceUrl`: Invalid URL/);
    expect(r.stderr).toMatch(/xac\.config\.ts:5:17: `validation\.tables`: Too big: expected number to be <=100/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('target resolution: flags > environment > config', () => {
  const config = configSchema.parse({ targets: { prod: { instanceUrl: 'https://a.xano.io', workspaceId: 5, branch: 'live' } }, defaultTarget: 'prod' });

  it('uses the config target by default, token only from the environment', () => {
    const t = resolveTarget({}, { XANO_TOKEN: 'secret' }, config);
    expect(t).toEqual({ name: 'prod', instanceUrl: 'https://a.xano.io', workspaceId: 5, branch: 'live', token: 'secret' });
  });
  it('environment beats config, flags beat environment', () => {
    const env = { XANO_INSTANCE_URL: 'https://b.xano.io/', XANO_WORKSPACE_ID: '7', XANO_BRANCH: 'dev' };
    expect(resolveTarget({}, env, config)).toMatchObject({ instanceUrl: 'https://b.xano.io', workspaceId: 7, branch: 'dev' });
    expect(resolveTarget({ branch: 'v9', workspaceId: 9 }, env, config)).toMatchObject({ workspaceId: 9, branch: 'v9' });
  });
  it('is the embedded emulator when no instance URL is set anywhere', () => {
    const t = resolveTarget({}, {}, configSchema.parse({}));
    expect(t).toEqual({ name: 'emulator', instanceUrl: undefined, workspaceId: 1, branch: 'v1', token: undefined });
  });
  it('rejects an unknown target name', () => {
    expect(() => resolveTarget({ target: 'nope' }, {}, config)).toThrow(/unknown target "nope"; xac.config.ts defines: prod/);
  });
});
