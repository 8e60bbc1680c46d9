// Rollback that cannot destroy later work (issue 13): later deploys and outside changes are refused
// unless --allow overwrite-later; no id = the newest record of THIS target; a repeat is a no-op; a
// deploy killed before its record is reported, not confused with the one before it; the target is
// found by instance, not by the emulator's port.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RecordStore, type DeployRecord } from '../apply/record.js';
import { RollbackRefusedError } from '../apply/rollback-guard.js';
import { rollbackText } from '../cli/commands/rollback-report.js';
import { startEmulator } from '@xac/xano-emulator';
import { pullRemote } from '../remote/pull.js';
import { readDesired } from './desired.js';
import { instanceOfEmulator, instanceOfUrl } from './instance.js';
import { rollbackOnTarget } from './rollback-run.js';
import { deployDesired } from './run.js';
import { syntheticWorkspace } from './synthetic.js';
import { openTarget, type OpenTarget } from './target.js';
import { emulatorTarget, FAST_RETRY, type TestTarget } from './__tests__/helpers.js';

const open: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  while (open.length > 0) await open.pop()?.close();
});
async function target() {
  const t = await emulatorTarget();
  open.push(t);
  return t;
}
const none = new Set<never>();
const deploy = (t: OpenTarget, records: RecordStore, generation: number) =>
  deployDesired(t, readDesired(syntheticWorkspace(12, generation)), { allow: none, mode: 'objects', records });
const stateFile = (t: TestTarget) => readFileSync(join(t.dataDir, 'state.json'));
const view = async (t: OpenTarget) => (await pullRemote(t.client)).objects.map((o) => `${o.identity}|${o.guid}|${o.canonicalText}`).sort();

describe('rollback rules', () => {
  it('refuses (listing the objects) to roll back a deploy whose objects a later deploy changed; --allow overwrite-later does it', async () => {
    const t = await target();
    const first = (await deploy(t, t.records, 0)).record?.id ?? '';
    const second = (await deploy(t, t.records, 1)).record?.id ?? '';
    const before = stateFile(t);
    const err = await rollbackOnTarget(t, t.records, { id: first }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RollbackRefusedError);
    const message = (err as Error).message;
    expect(message).toContain(`refusing to roll back deploy ${first} (nothing was written)`);
    expect(message).toContain(`function "lib/f_0000": changed by later deploy ${second}`);
    expect(message).toContain(`\`xac rollback ${second}\` first`);
    expect(message).toContain('--allow overwrite-later');
    expect(stateFile(t).equals(before)).toBe(true);
    const forced = await rollbackOnTarget(t, t.records, { id: first, allowOverwriteLater: true });
    expect(forced.kind).toBe('rolled-back');
    expect(await view(t)).toEqual([]);
  });

  it('refuses an object that was changed on the target since the deploy (no record of it)', async () => {
    const t = await target();
    await deploy(t, t.records, 0);
    await deploy(t, t.records, 1);
    const remote = (await pullRemote(t.client)).objects.find((o) => o.ref.name === 'lib/f_0003');
    const text = (remote?.canonicalText ?? '').replace('value = 1003', 'value = 77');
    await t.client.functions.update(remote?.id ?? 0, text);
    const err = await rollbackOnTarget(t, t.records).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RollbackRefusedError);
    expect((err as Error).message).toContain('function "lib/f_0003": changed on the target since this deploy');
    expect((err as Error).message).not.toContain('lib/f_0004');
  });

  it('with no id takes the newest record of this target (never another target\'s), and a repeat is a no-op that says so', async () => {
    const t = await target();
    await deploy(t, t.records, 0);
    const gen0 = await view(t);
    const second = (await deploy(t, t.records, 1)).record as DeployRecord;
    const other: DeployRecord = { ...second, id: '29991231-000000-000-ffffff', createdAt: '2999-12-31T00:00:00.000Z', target: { ...second.target, instance: 'https://elsewhere.xano.io' } };
    await t.records.save(other);
    const done = await rollbackOnTarget(t, t.records);
    expect(done.kind).toBe('rolled-back');
    expect(rollbackText(done)).toMatch(new RegExp(`^rolled back deploy ${second.id}: 11 step\\(s\\) undone, 0 never reached the target`));
    expect(await view(t)).toEqual(gen0);
    const after = stateFile(t);
    for (let i = 0; i < 2; i++) {
      const again = await rollbackOnTarget(t, t.records);
      expect(again.kind).toBe('already');
      expect(rollbackText(again)).toMatch(new RegExp(`^deploy ${second.id} was already rolled back at \\d{4}-\\d\\d-\\d\\dT.*; nothing to do$`));
    }
    expect(stateFile(t).equals(after)).toBe(true);
    expect((await rollbackOnTarget(t, t.records, { id: second.id })).kind).toBe('already');
  });

  it('an apply with no changes writes no record', async () => {
    const t = await target();
    await deploy(t, t.records, 0);
    const again = await deploy(t, t.records, 0);
    expect(again.record).toBeUndefined();
    expect(again.plan.steps.every((s) => s.kind === 'noop')).toBe(true);
    expect(await t.records.list()).toHaveLength(1);
  });

  it('after a deploy killed before its record, a plain rollback says nothing was written and leaves the previous deploy alone', async () => {
    const t = await target();
    await deploy(t, t.records, 0);
    const before = stateFile(t);
    const dead = spawnSync(process.execPath, ['-e', '']).pid ?? 999_999;
    writeFileSync(t.lockFile, JSON.stringify({ pid: dead, host: hostname(), since: '2026-12-01T00:00:00.000Z', deployId: '20261201-000000-000-abcdef' }));
    const outcome = await rollbackOnTarget(t, t.records);
    expect(outcome.kind).toBe('nothing-written');
    expect(rollbackText(outcome)).toContain('deploy 20261201-000000-000-abcdef');
    expect(rollbackText(outcome)).toContain('stopped before its first write: the target was not changed; nothing to undo');
    expect(stateFile(t).equals(before)).toBe(true);
    expect(existsSync(t.lockFile)).toBe(false);
  });
});

describe('target identity', () => {
  it('an instance is its origin; a loopback port is not part of it; the embedded emulator is its data dir', () => {
    expect(instanceOfUrl('https://X8KI-letl.n7.xano.io/')).toBe('https://x8ki-letl.n7.xano.io');
    expect(instanceOfUrl('https://x.xano.io:8443')).toBe('https://x.xano.io:8443');
    expect(instanceOfUrl('http://127.0.0.1:43121')).toBe('http://127.0.0.1');
    expect(instanceOfUrl('http://localhost:9000/api:meta')).toBe('http://localhost');
    expect(instanceOfEmulator('/repo', '/repo/.xac/emulator')).toBe('emulator:.xac/emulator');
    expect(instanceOfEmulator('/repo', '/tmp/emu')).toBe('emulator:/tmp/emu');
  });

  it('a rollback against the same emulator restarted on another port finds and undoes the deploy', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xac-identity-'));
    const dataDir = join(dir, 'emulator');
    const records = new RecordStore(join(dir, '.xac', 'deploys'));
    const token = 'emulator-token-0123456789';
    const connect = async () => {
      const emu = await startEmulator({ dataDir, token });
      const t = await openTarget(dir, { name: 'local', instanceUrl: emu.url, workspaceId: 1, branch: 'v1', token }, { client: FAST_RETRY });
      return { emu, t, close: async () => (await t.close(), await emu.stop()) };
    };
    const a = await connect();
    await deploy(a.t, records, 0);
    const gen0 = await view(a.t);
    await deploy(a.t, records, 1);
    await a.close();
    const b = await connect();
    open.push(b);
    expect(b.emu.port).not.toBe(a.emu.port);
    const outcome = await rollbackOnTarget(b.t, records);
    expect(outcome.kind).toBe('rolled-back');
    expect(await view(b.t)).toEqual(gen0);
  });
});
