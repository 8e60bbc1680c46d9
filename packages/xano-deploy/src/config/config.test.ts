import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { configSchema } from './schema.js';
import { locateKeyPath } from './load.js';
import { ConfigError } from './errors.js';
import { resolveTarget } from './target.js';

const pkg = join(import.meta.dirname, '..', '..');
// Each test file has its own folder (gitignored `.test-tmp-*`): another file's cleanup of .test-tmp
// never deletes a project under a running xac (whose loader would then hang).
const tmp = join(pkg, `.test-tmp-config-${process.pid}`);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('xac.config.ts', () => {
  it('fills defaults (validation targets, alert thresholds)', () => {
    const c = configSchema.parse({});
    expect(c.validation).toEqual({ tables: 100, endpoints: 96, dailySync: 90, workers: 95 });
    expect(c.alerts).toEqual({
      stagingBacklog: { warning: 1000, critical: 5000 },
      syncFailureRate: { warning: 0.1, critical: 0.3 },
      syncAgeHours: { warning: 24, critical: 72 },
      stuckJobHours: { warning: 4, critical: 24 },
    });
  });

  it('has one alerts block: a warning above its critical and the unused tableCountDelta are refused', () => {
    expect(configSchema.safeParse({ alerts: { syncAgeHours: { warning: 80, critical: 72 } } }).error?.issues[0]?.message).toBe('warning must not be above critical');
    expect(configSchema.safeParse({ alerts: { tableCountDelta: { warning: 100, critical: 500 } } }).success).toBe(false);
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
    const t = resolveTarget({}, { XANO_TOKEN: 'secret-token' }, config);
    expect(t).toEqual({ name: 'prod', instanceUrl: 'https://a.xano.io', workspaceId: 5, branch: 'live', token: 'secret-token' });
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
  it('refuses a malformed XANO_INSTANCE_URL, naming the variable', () => {
    const at = (url: string) => () => resolveTarget({}, { XANO_INSTANCE_URL: url, XANO_TOKEN: 'secret-token' }, configSchema.parse({}));
    expect(at('not a url')).toThrow(ConfigError);
    expect(at('not a url')).toThrow(/^XANO_INSTANCE_URL is not a URL: "not a url"; expected the instance origin/);
    expect(at('ftp://x.xano.io')).toThrow(/XANO_INSTANCE_URL must be an http\(s\) URL/);
    expect(at('https://x.xano.io/api:meta')).toThrow(/leave out \/api:meta/);
    expect(at('https://user:pw@x.xano.io')).toThrow(/must not hold credentials/);
    expect(resolveTarget({}, { XANO_INSTANCE_URL: 'https://x.xano.io/', XANO_TOKEN: 'secret-token' }, configSchema.parse({})).instanceUrl).toBe('https://x.xano.io');
  });
  it('refuses a bad workspace id or branch, naming where it came from', () => {
    expect(() => resolveTarget({}, { XANO_WORKSPACE_ID: 'abc' }, config)).toThrow(/^XANO_WORKSPACE_ID must be a positive integer/);
    expect(() => resolveTarget({}, {}, configSchema.parse({ targets: { p: { instanceUrl: 'https://a.xano.io', workspaceId: 5, branch: 'a/b' } }, defaultTarget: 'p' }))).toThrow(/targets\.p\.branch in xac\.config\.ts: "a\/b" is not a branch label/);
  });
  it('refuses a token under 8 characters or holding CR/LF before it is used, never echoing it', () => {
    const env = (token: string) => ({ XANO_INSTANCE_URL: 'https://a.xano.io', XANO_TOKEN: token });
    expect(() => resolveTarget({}, env('x'), config)).toThrow(/^XANO_TOKEN is 1 character\(s\) long; .*It was not used\.$/);
    expect(() => resolveTarget({}, env('good-token\r\n'), config)).toThrow(/^XANO_TOKEN holds a control character/);
    try {
      resolveTarget({}, env('s3cr3t\n-token'), config);
    } catch (err) {
      expect(String(err)).not.toContain('s3cr3t');
    }
    expect(resolveTarget({}, env('12345678'), config).token).toBe('12345678');
  });
});
