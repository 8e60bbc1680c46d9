// Crash-safe records (issue 13): a client that dies with a write in flight — landed or not — leaves a
// record whose in-flight step rollback resolves from the remote, in both write modes; the cheap
// fingerprint re-read just before the first write still refuses a plan the remote moved under.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { createXanoClient } from '../client/http-client.js';
import { createRedactor } from '../client/redact.js';
import { createHttpTransport, DEFAULT_TIMEOUTS, type Transport } from '../client/transport.js';
import type { XanoClient } from '../client/xano-client.js';
import { rollbackText } from '../cli/commands/rollback-report.js';
import { readDesired } from './desired.js';
import { rollbackOnTarget } from './rollback-run.js';
import { deployDesired, planAgainst } from './run.js';
import { syntheticWorkspace } from './synthetic.js';
import { emulatorTarget, FAST_RETRY, type TestTarget } from './__tests__/helpers.js';
import { remoteFingerprint } from '../plan/fingerprint.js';
import { pullRemote } from '../remote/pull.js';
import { readDocuments } from '../remote/read-back.js';
import { StalePlanError } from '../apply/errors.js';

const open: TestTarget[] = [];
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length > 0) await closers.pop()?.();
  while (open.length > 0) await open.pop()?.close();
});
async function target() {
  const t = await emulatorTarget();
  open.push(t);
  return t;
}
const view = async (t: TestTarget) => (await pullRemote(t.client)).objects.map((o) => `${o.identity}|${o.guid}|${o.canonicalText}`).sort();
const isWrite = (method: string, path: string) => method !== 'GET' && !path.endsWith('/dry-run');

/** A client whose process "dies" at its Nth write: the request is sent (or not) and no answer ever comes. */
function dyingClient(t: TestTarget, dieAt: number, landed: boolean): { client: XanoClient; died: Promise<void> } {
  const token = t.emulator?.token ?? '';
  const url = t.emulator?.url ?? '';
  const http = createHttpTransport({ instanceUrl: url, token, timeouts: DEFAULT_TIMEOUTS, redact: createRedactor([token]) });
  closers.push(() => http.close());
  let writes = 0;
  let signal: () => void = () => undefined;
  const died = new Promise<void>((resolve) => (signal = resolve));
  const transport: Transport = async (req) => {
    if (!isWrite(req.method, req.path) || ++writes !== dieAt) return http(req);
    if (landed) await http(req);
    signal();
    return new Promise(() => undefined);
  };
  return { client: createXanoClient({ instanceUrl: url, token, workspaceId: 1, branch: 'v1', transport, ...FAST_RETRY }), died };
}

/** What the dead process leaves behind: its lock, naming its deploy, with a pid that is gone. */
function staleLock(t: TestTarget, deployId: string): void {
  const pid = spawnSync(process.execPath, ['-e', '']).pid ?? 999_999;
  writeFileSync(t.lockFile, JSON.stringify({ pid, host: hostname(), since: new Date().toISOString(), deployId }));
}

const CASES = [
  { mode: 'objects', dieAt: 4, landed: true },
  { mode: 'objects', dieAt: 4, landed: false },
  { mode: 'transaction', dieAt: 1, landed: true },
  { mode: 'transaction', dieAt: 1, landed: false },
] as const;

describe('crash-safe records', () => {
  for (const c of CASES) {
    it(`${c.mode}: a client that dies at write ${c.dieAt} (${c.landed ? 'landed' : 'never sent'}) leaves the step in flight; rollback restores the previous state; a rerun converges`, async () => {
      const t = await target();
      await deployDesired(t, readDesired(syntheticWorkspace(12, 0)), { allow: new Set(), mode: 'objects', records: t.records });
      const gen0 = await view(t);
      const dying = dyingClient(t, c.dieAt, c.landed);
      const v1 = readDesired(syntheticWorkspace(12, 1));
      void deployDesired({ ...t, client: dying.client }, v1, { allow: new Set(), mode: c.mode, records: t.records }).catch(() => undefined);
      await dying.died;
      const newest = (await t.records.list()).at(-1);
      const inFlight = newest?.steps.filter((s) => s.status === 'in-flight') ?? [];
      expect(inFlight.length).toBe(c.mode === 'objects' ? 1 : 11);
      staleLock(t, newest?.id ?? '');
      const outcome = await rollbackOnTarget(t, t.records);
      expect(outcome.kind).toBe('rolled-back');
      const text = rollbackText(outcome);
      const undone = c.mode === 'objects' ? (c.landed ? 4 : 3) : c.landed ? 11 : 0;
      expect(text).toContain(`${undone} step(s) undone, ${11 - undone} never reached the target`);
      expect(await view(t)).toEqual(gen0);
      expect((await deployDesired(t, v1, { allow: new Set(), mode: c.mode, records: t.records })).record?.status).toBe('applied');
      expect((await planAgainst(t, v1)).plan.steps.every((s) => s.kind === 'noop')).toBe(true);
    });
  }
});

describe('a write that lands after the rollback read the remote', () => {
  it('is caught by the re-read at the end of the rollback and undone', async () => {
    const t = await target();
    await deployDesired(t, readDesired(syntheticWorkspace(12, 0)), { allow: new Set(), mode: 'objects', records: t.records });
    const gen0 = await view(t);
    const token = t.emulator?.token ?? '';
    const url = t.emulator?.url ?? '';
    const http = createHttpTransport({ instanceUrl: url, token, timeouts: DEFAULT_TIMEOUTS, redact: createRedactor([token]) });
    closers.push(() => http.close());
    let writes = 0;
    let held: (() => Promise<unknown>) | undefined;
    let died: () => void = () => undefined;
    const dead = new Promise<void>((resolve) => (died = resolve));
    const dying: Transport = (req) => {
      if (!isWrite(req.method, req.path) || ++writes !== 4) return http(req);
      held = () => http(req);
      died();
      return new Promise(() => undefined);
    };
    const client = (transport: Transport) => createXanoClient({ instanceUrl: url, token, workspaceId: 1, branch: 'v1', transport, ...FAST_RETRY });
    void deployDesired({ ...t, client: client(dying) }, readDesired(syntheticWorkspace(12, 1)), { allow: new Set(), mode: 'objects', records: t.records }).catch(() => undefined);
    await dead;
    staleLock(t, (await t.records.list()).at(-1)?.id ?? '');
    const lands: Transport = async (req) => {
      if (req.method === 'GET' && req.path.endsWith('/multidoc') && held) await [held, (held = undefined)][0]?.();
      return http(req);
    };
    const outcome = await rollbackOnTarget({ ...t, client: client(lands) }, t.records);
    expect(outcome.kind).toBe('rolled-back');
    expect(held).toBeUndefined();
    expect(await view(t)).toEqual(gen0);
  });
});

describe('one pull per deploy, fingerprint re-read before the first write', () => {
  it('a multidoc re-read gives the same fingerprint as the full pull', async () => {
    const t = await target();
    await deployDesired(t, readDesired(syntheticWorkspace(30, 0)), { allow: new Set(), mode: 'objects', records: t.records });
    const docs = (await readDocuments(t.client)) ?? [];
    expect(docs).toHaveLength(30);
    expect(remoteFingerprint(docs)).toBe(remoteFingerprint((await pullRemote(t.client)).objects));
  });

  it('a change made while the gate runs is caught just before the first write: stale, nothing written, no record', async () => {
    const t = await target();
    await deployDesired(t, readDesired(syntheticWorkspace(12, 0)), { allow: new Set(), mode: 'objects', records: t.records });
    const intruder = 'function "intruder" {\n  input {\n  }\n  stack {\n  }\n  response = null\n}\n';
    const lint = async () => {
      await t.client.functions.create(intruder);
      return [];
    };
    const gen0 = await view(t);
    const err = await deployDesired(t, readDesired(syntheticWorkspace(12, 1)), { allow: new Set(), mode: 'objects', records: t.records, lint }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StalePlanError);
    expect((await t.records.list()).length).toBe(1);
    const now = await view(t);
    expect(now.filter((o) => !o.startsWith('function:intruder'))).toEqual(gen0);
    expect(now).toHaveLength(gen0.length + 1);
  });
});
