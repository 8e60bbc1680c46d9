import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emulatorTarget } from '../../deploy/__tests__/helpers.js';

// `xac pull` writes what the official CLI's `workspace pull` writes (xano-inc/cli 1.2; docs/layout.md),
// and `xac build` puts the same objects at the same paths. The fixture is our own reproduction of what
// the CLI's pull writes for a small workspace: its paths follow the CLI's naming rules, each file holds
// the document as served, trimmed (guid kept, no trailing newline).

const pkg = join(import.meta.dirname, '..', '..', '..');
const cli = join(pkg, 'dist', 'cli', 'main.js');
const fixture = join(import.meta.dirname, '__fixtures__', 'official-cli-pull');
const tmp = join(pkg, '.test-tmp');

/** The order the documents are pushed in: it decides which of two clashing names gets `_2`. */
const PUSH_ORDER = [
  'table/user.xs',
  'function/workers/metrics_create_snapshot.xs',
  'function/send_email.xs',
  'function/send_email_2.xs',
  'middleware/check_api_key.xs',
  'api/migration_v_1_to_v_2/migration_v_1_to_v_2.xs',
  'api/authentication/authentication.xs',
  'api/authentication_2/authentication.xs',
  'api/migration_v_1_to_v_2/reset_stuck_fub_jobs_POST.xs',
  'api/migration_v_1_to_v_2/jobs/job_id_GET.xs',
  'api/authentication_2/auth/login_POST.xs',
  'task/metrics_create_snapshot_v_3.xs',
  'realtime/channel/sync.xs',
  'table/trigger/user_audit.xs',
  'workspace/trigger/notify_branch_live.xs',
  'realtime/trigger/sync_join.xs',
];

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) visit(p);
      else out[relative(dir, p).split(sep).join('/')] = readFileSync(p, 'utf8');
    }
  };
  visit(dir);
  return out;
}

/** The .xs files of a tree (the knowledge files left out). */
const xsTree = (dir: string) => Object.fromEntries(Object.entries(tree(dir)).filter(([p]) => p.endsWith('.xs')));

const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('XANO_')));
const xac = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd, env, encoding: 'utf8' });

/** The knowledge behind the fixture's `knowledge/` files, as the Meta API holds it. */
const KNOWLEDGE = [
  { name: 'agents.md', knowledge_type: 'agents.md', content: '# Agents\nAnswer briefly.\n', guid: 'Kg1Aa2Bb3Cc4Dd5Ee6Ff7Gg8Hh9i' },
  { name: 'Deploy Runbook', knowledge_type: 'doc', description: 'How we deploy', mode: 'auto', enabled: true, content: '# Runbook\nBuild, plan, apply.\n', guid: 'Kd1Jj2Kk3Ll4Mm5Nn6Oo7Pp8Qq9r' },
  { name: 'Deploy Checks', knowledge_type: 'skill', mode: 'always', content: 'Check the plan before applying it.\n', guid: 'Ks1Rr2Ss3Tt4Uu5Vv6Ww7Xx8Yy9z',
    files: [{ name: 'checklist.md', content: '- plan\n- gate\n- apply\n' }] },
];

async function seeded(docs: ReadonlyArray<{ path: string; text: string }>, knowledge: readonly object[] = []): Promise<string> {
  mkdirSync(tmp, { recursive: true });
  const dir = mkdtempSync(join(tmp, 'pull-'));
  writeFileSync(join(dir, 'pnpm-workspace.yaml'), 'packages: []\n');
  const t = await emulatorTarget({ dir });
  try {
    await t.client.multidoc.push(docs);
    if (knowledge.length > 0) {
      const e = t.emulator!;
      const r = await fetch(`${e.url}/api:meta/workspace/1/knowledge/sync`, {
        method: 'POST', headers: { authorization: `Bearer ${e.token}`, 'content-type': 'application/json' }, body: JSON.stringify({ branch: '', items: knowledge }),
      });
      expect(r.status).toBe(200);
    }
  } finally {
    await t.close();
  }
  return dir;
}

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('xac pull', () => {
  it("writes the official CLI's pull tree byte for byte, paths and knowledge files included", async () => {
    expect(Object.keys(xsTree(fixture)).sort()).toEqual([...PUSH_ORDER].sort());
    const dir = await seeded(PUSH_ORDER.map((path) => ({ path, text: readFileSync(join(fixture, path), 'utf8') })), KNOWLEDGE);
    const r = xac(dir, 'pull', '--out', 'pulled');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(tree(join(dir, 'pulled'))).toEqual(tree(fixture));
  });

  // The emulator takes names up to 255 characters (the identity tests cover 300); the file name of one
  // that long, `.xs` and the CLI's `_2` included, no longer fits the 255-byte limit of most filesystems.
  it('shortens a name too long for a file name to a deterministic path and keeps the full name in the file', async () => {
    const name = `${'Quarterly Revenue By Region '.repeat(10)}`.slice(0, 254);
    const text = `function "${name}" {\n  input {\n  }\n  stack {\n  }\n  response = 1\n}`;
    const dir = await seeded([{ path: 'long.xs', text }]);
    const first = xac(dir, 'pull', '--out', 'a');
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const files = Object.entries(tree(join(dir, 'a')));
    expect(files).toHaveLength(1);
    const [path, content] = files[0]!;
    expect(path).toMatch(/^function\/quarterly_revenue_by_region_[a-z_]*_[0-9a-f]{16}\.xs$/);
    expect(Buffer.byteLength(path.split('/').pop() ?? '')).toBeLessThanOrEqual(255);
    expect(content).toContain(`function "${name}"`);
    expect(xac(dir, 'pull', '--out', 'b').status).toBe(0);
    expect(Object.keys(tree(join(dir, 'b')))).toEqual([path]);
  });
});

describe('xac build', () => {
  // Triggers and the channel have no typed builder yet: they are DSL objects through raw.object.
  it('writes the same objects at the paths the official CLI pulls them to', () => {
    mkdirSync(tmp, { recursive: true });
    const root = mkdtempSync(join(tmp, 'build-'));
    writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages: []\n');
    mkdirSync(join(root, 'apps', 'a'), { recursive: true });
    const raw = (p: string) => JSON.stringify(readFileSync(join(fixture, p), 'utf8').replace(/\n {2}guid = "[^"]*"/, ''));
    writeFileSync(join(root, 'apps', 'a', 'objects.ts'), `import { apiGroup, fn, query, raw, t, table, task } from '@xac/xanoscript-dsl/dsl';
export const user = table('user', { auth: true, schema: [t.int('id'), t.email('email')] });
export const snapshot = fn('Workers/Metrics - Create Snapshot', { input: [t.text('user_id')] }, (s) => {
  const id = s.var('user_id_int', s.input.user_id.toInt().firstNotEmpty(0));
  return { success: true, user_id: id };
});
export const sendEmail = fn('Send Email', { input: [t.email('to')] }, () => true);
export const sendEmail2 = fn('send_email', { input: [t.email('to')] }, () => false);
export const checkApiKey = raw.object(${raw('middleware/check_api_key.xs')});
export const channel = raw.object(${raw('realtime/channel/sync.xs')});
export const audit = raw.object(${raw('table/trigger/user_audit.xs')});
export const branchLive = raw.object(${raw('workspace/trigger/notify_branch_live.xs')});
export const syncJoin = raw.object(${raw('realtime/trigger/sync_join.xs')});
export const migration = apiGroup('Migration: V1 to V2', { canonical: 'Lrekz_3S' });
export const auth1 = apiGroup('Authentication', { canonical: 'aUtH0001' });
export const auth2 = apiGroup('authentication', { canonical: 'aUtH0002' });
export const reset = query('reset-stuck-fub-jobs', { verb: 'POST', api_group: migration, input: [t.int('execute').default(0)] }, () => ({ success: true }));
export const job = query('jobs/{job_id}', { verb: 'GET', api_group: migration, input: [t.int('job_id')] }, (s) => s.input.job_id);
export const login = query('auth/login', { verb: 'POST', api_group: auth2, input: [t.email('email')] }, () => ({ token: '' }));
export const hourly = task('Metrics - Create Snapshot V3', { schedule: [{ starts_on: '2025-12-03 04:00:00+0000', freq: 3600 }] }, (s) => {
  s.run(snapshot, { user_id: '1' }, 'run_result');
});
`);
    const r = spawnSync(process.execPath, [cli, 'build'], { cwd: root, env, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const built = Object.keys(xsTree(join(root, 'apps', 'a', 'xs'))).sort();
    expect(built).toEqual([...PUSH_ORDER].sort());
  });
});

describe('xac import, then xac build', () => {
  it("turns the CLI's pull into DSL that builds back to the same paths and the same scripts (guid aside)", () => {
    mkdirSync(tmp, { recursive: true });
    const root = mkdtempSync(join(tmp, 'roundtrip-'));
    writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages: []\n');
    cpSync(fixture, join(root, 'pulled'), { recursive: true, filter: (src) => !src.includes(`${sep}knowledge`) });
    const imported = xac(root, 'import', 'pulled', '--app', 'ws');
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    const built = xac(root, 'build');
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);
    const out = tree(join(root, 'apps', 'ws', 'xs'));
    delete out['sourcemap.json'];
    const want = Object.fromEntries(Object.entries(xsTree(fixture)).map(([p, text]) => [p, `${text.replace(/\n {2}guid = "[^"]*"/, '')}\n`]));
    expect(out).toEqual(want);
  });
});
