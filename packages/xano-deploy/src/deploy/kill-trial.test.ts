// The kill -9 trial (issue 13 "Must show"): the built `xac apply` runs as a child against an emulator
// this test starts on 127.0.0.1, and is killed with SIGKILL at a seeded random point — a random request
// of the deploy plus a random delay, with the emulator's latency fault widening every window — in both
// write modes. Before each run the previous state is live through a successful deploy (its record is
// the newest), the situation in which a plain rollback used to undo the wrong deploy. After each kill a
// plain `xac rollback` must leave the remote exactly as it was before the deploy (identity, guid,
// canonical text), and re-running the deploy must converge. Kill points are drawn from the moment the
// child holds the target's lock (its first act as a deploy): a kill before that is a deploy that never
// started, for which "roll back the newest deploy" rightly means the previous one.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RecordStore } from '../apply/record.js';
import { startEmulator, type EmulatorHandle } from '@xac/xano-emulator';
import { pullRemote } from '../remote/pull.js';
import { readDesired, type DesiredFile } from './desired.js';
import { rollbackText } from '../cli/commands/rollback-report.js';
import { rollbackOnTarget } from './rollback-run.js';
import { deployDesired, planAgainst } from './run.js';
import { syntheticWorkspace } from './synthetic.js';
import { openTarget, type OpenTarget } from './target.js';
import { FAST_RETRY } from './__tests__/helpers.js';

const RUNS = 20;
const SEED = 13;
const LATENCY_MS = 20;
/** Requests an uninterrupted child sends after taking the lock, roughly (pull, dry-run, re-read, writes, verify). */
const SPAN = { objects: 19, transaction: 10 } as const;
type Mode = keyof typeof SPAN;

const cli = join(import.meta.dirname, '..', '..', 'dist', 'cli', 'main.js');
const TOKEN = 'kill-trial-token-5b1d0c2e9a';
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** mulberry32: the same kill points on every run of the test. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EXTRA = { file: 'apps/syn/xs/function/extra.xs', text: 'function "extra" {\n  input {\n  }\n  stack {\n  }\n  response = 1\n}\n' };
/** v0 → v1: 7 updates (a table gains a column), 1 create, 1 delete (`--prune --allow delete`). */
const V0 = syntheticWorkspace(8, 0);
const V1: DesiredFile[] = [...syntheticWorkspace(8, 1).filter((f) => !f.file.endsWith('f_0001.xs')), EXTRA];

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'xac-kill-'));
  dirs.push(root);
  writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages: []\n');
  for (const f of V1) {
    mkdirSync(dirname(join(root, f.file)), { recursive: true });
    writeFileSync(join(root, f.file), f.text);
  }
  return root;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Trial {
  readonly root: string;
  readonly emu: EmulatorHandle;
  readonly t: OpenTarget;
  readonly records: RecordStore;
  /** The emulator's fault options, read on every request: latency only while the child runs. */
  readonly faults: { latencyMs: number };
}

function child(tr: Trial, args: readonly string[]): { proc: ChildProcess; exited: Promise<{ code: number | null; out: string }> } {
  const env = { ...process.env, XANO_INSTANCE_URL: tr.emu.url, XANO_WORKSPACE_ID: '1', XANO_BRANCH: 'v1', XANO_TOKEN: TOKEN };
  const proc = spawn(process.execPath, [cli, ...args], { cwd: tr.root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  proc.stdout?.on('data', (d) => (out += d));
  proc.stderr?.on('data', (d) => (out += d));
  return { proc, exited: new Promise((resolve) => proc.on('exit', (code) => resolve({ code, out }))) };
}

const locked = (root: string) => existsSync(join(root, '.xac', 'locks')) && readdirSync(join(root, '.xac', 'locks')).some((f) => f.endsWith('.lock'));

/** Waits until `ready()` or the child exits; false when it exited first. */
async function until(ready: () => boolean, exited: { done: boolean }): Promise<boolean> {
  while (!ready()) {
    if (exited.done) return false;
    await sleep(1);
  }
  return true;
}

/** Runs `xac apply` and kills it at request `k` (counted from the lock) plus `delayMs`; what it printed unless killed. */
async function applyAndKill(tr: Trial, mode: Mode, k: number, delayMs: number): Promise<{ killed: boolean; out: string }> {
  const flag = mode === 'objects' ? '--no-transaction' : '--transaction';
  const { proc, exited } = child(tr, ['apply', flag, '--prune', '--allow', 'delete']);
  const state = { done: false };
  void exited.then(() => (state.done = true));
  let killed = false;
  if (await until(() => locked(tr.root), state)) {
    const start = tr.emu.faults.requests;
    if (await until(() => tr.emu.faults.requests - start >= k, state)) {
      await sleep(delayMs);
      killed = !state.done && proc.kill('SIGKILL');
    }
  }
  const { code, out } = await exited;
  return { killed, out: killed ? '' : `exit ${code}: ${out}` };
}

async function setUp(): Promise<Trial> {
  const root = project();
  const faults = { latencyMs: 0 };
  const emu = await startEmulator({ dataDir: join(root, 'emulator-data'), token: TOKEN, faults });
  const t = await openTarget(root, { name: 'trial', instanceUrl: emu.url, workspaceId: 1, branch: 'v1', token: TOKEN }, { client: FAST_RETRY });
  return { root, emu, t, faults, records: new RecordStore(join(root, '.xac', 'deploys')) };
}

const deploy = (tr: Trial, files: readonly DesiredFile[], mode: Mode) =>
  deployDesired(tr.t, readDesired(files), { allow: new Set(['delete', 'column-drop'] as const), mode, records: tr.records, prune: true });

/** `xac rollback` as the child CLI (every 5th run, both modes) or through the same library call in process. */
async function rollback(tr: Trial, viaCli: boolean): Promise<string> {
  if (!viaCli) return rollbackText(await rollbackOnTarget(tr.t, tr.records));
  const { exited } = child(tr, ['rollback']);
  const r = await exited;
  expect(r.code, r.out).toBe(0);
  expect(r.out).toMatch(/^(rolled back deploy |deploy \S+ (was already rolled back|\(pid \d+, started .*\) stopped before its first write))/);
  return r.out;
}

/** One pull, two views: with guids (the exact state) and without (what a deploy converges to). */
async function snapshot(t: OpenTarget): Promise<{ full: string[]; texts: string[] }> {
  const { objects } = await pullRemote(t.client);
  return { full: objects.map((o) => `${o.identity}|${o.guid}|${o.canonicalText}`).sort(), texts: objects.map((o) => `${o.identity}|${o.canonicalText}`).sort() };
}

/** Until the emulator has seen no request for a while: a write the killed child sent has landed or never will. */
async function quiet(emu: EmulatorHandle, ms: number): Promise<void> {
  let last = emu.faults.requests;
  let since = performance.now();
  while (performance.now() - since < ms) {
    await sleep(5);
    if (emu.faults.requests !== last) [last, since] = [emu.faults.requests, performance.now()];
  }
}

interface Tally {
  killed: number;
  finished: number;
  mixedBeforeRollback: number;
  mixed: number;
}

async function oneRun(tr: Trial, run: number, random: () => number, v1: readonly string[], tally: Tally): Promise<void> {
  const mode: Mode = run % 2 === 0 ? 'objects' : 'transaction';
  await deploy(tr, V0, mode);
  const before = (await snapshot(tr.t)).full;
  const k = Math.floor(random() * (SPAN[mode] + 1));
  const delay = Math.floor(random() * (LATENCY_MS + 5));
  tr.faults.latencyMs = LATENCY_MS;
  const { killed, out } = await applyAndKill(tr, mode, k, delay);
  await quiet(tr.emu, LATENCY_MS + 40);
  tr.faults.latencyMs = 0;
  tally[killed ? 'killed' : 'finished'] += 1;
  const after = await snapshot(tr.t);
  if (after.texts.join() !== v1.join() && after.full.join() !== before.join()) tally.mixedBeforeRollback += 1;
  const said = await rollback(tr, run % 5 === 4);
  const restored = (await snapshot(tr.t)).full;
  if (restored.join() !== before.join()) tally.mixed += 1;
  expect(restored, `run ${run} (${mode}, kill at request ${k} + ${delay} ms${killed ? '' : `, finished first: ${out}`}): rollback said: ${said}`).toEqual(before);
  expect((await deploy(tr, V1, mode)).record?.status).toBe('applied');
  expect((await snapshot(tr.t)).texts).toEqual(v1);
  if (run % 4 === 0) expect((await planAgainst(tr.t, readDesired(V1), true)).plan.steps.every((s) => s.kind === 'noop')).toBe(true);
}

describe('kill -9 trial', () => {
  it(`${RUNS} seeded SIGKILLs of \`xac apply\` over both write modes: rollback restores the state before the deploy, a rerun converges, 0 mixed states`, async () => {
    expect(existsSync(cli), `${cli}: run pnpm build first`).toBe(true);
    const tr = await setUp();
    const random = prng(SEED);
    const tally: Tally = { killed: 0, finished: 0, mixedBeforeRollback: 0, mixed: 0 };
    const started = performance.now();
    try {
      await deploy(tr, V1, 'objects');
      const v1 = (await snapshot(tr.t)).texts;
      for (let run = 0; run < RUNS; run++) await oneRun(tr, run, random, v1, tally);
    } finally {
      await tr.t.close();
      await tr.emu.stop();
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`kill trial: ${RUNS} runs (${RUNS / 2} per object, ${RUNS / 2} multidoc): ${tally.killed} killed mid-deploy, ${tally.finished} finished first; ${tally.mixedBeforeRollback} left a mixed remote before rollback, ${tally.mixed} after; ${seconds} s`);
    expect(tally.mixed).toBe(0);
    expect(tally.killed).toBeGreaterThanOrEqual(RUNS - 4);
  }, 180_000);
});
