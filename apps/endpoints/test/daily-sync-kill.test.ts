// A process killed in the middle of a daily-sync step, then the next day's run by a fresh process on
// the same data dir. The first run goes to a real `xac emulator` process (its database PGlite on disk
// in the data dir, as the CLI keeps it); the test sends steps 1-4 and SIGKILLs the process while step
// 4's background batch is between its pages (its job row `running`, some people written), so nothing
// of the run gets to catch, log or finish. The next run is an emulator started in this process on the
// same data dir with its clock a day ahead (the next daily sync); it ends the dead job as interrupted,
// imports the people the dead one did not get to, runs every other step, and leaves no job in flight
// without a start time; a run after it skips every step.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientSuiteTarget, declaredSuites, openTarget, type OpenTarget } from '@xac/xano-deploy';
import { startStandIns } from '@xac/xano-deploy/stand-ins';
import { ensureEmulatorToken, startEmulator, type EmulatorHandle } from '@xac/xano-emulator';
import { pushDocuments } from '@xac/xano-emulator/testing';
import { databaseFromEnv } from '@xac/xanoscript-runtime';
import { dailySyncSuite } from '@xac/validators/suites';
import { compiled, type StandIns } from './integration-harness.ts';
import { finalCounts, inFlight, served, type Row } from './job-rows.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const cli = join(root, 'packages', 'xano-deploy', 'dist', 'cli', 'main.js');
const dataDir = mkdtempSync(join(tmpdir(), 'xac-sync-kill-'));
const steps = declaredSuites(root).dailySync ?? [];
const DAY = 24 * 3_600_000;
let standIns: StandIns;
let child: ChildProcess | undefined;
let emu: EmulatorHandle | undefined;
let t: OpenTarget | undefined;

const env = () => ({ FUB_BASE_URL: standIns.baseUrls.fub, REZEN_BASE_URL: standIns.baseUrls.rezen, SKYSLOPE_BASE_URL: standIns.baseUrls.skyslope });
const openDatabase = () => databaseFromEnv({}, join(dataDir, 'db'));
const rowsAt = (url: string, token: string) => async (table: string): Promise<Row[]> => {
  const res = await fetch(`${url}/api:meta/emulator/table/${table}/rows`, { headers: { authorization: `Bearer ${token}` } });
  return ((await res.json()) as Row[]).sort((a, b) => (a['id'] as number) - (b['id'] as number));
};
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** `xac emulator --data-dir` in its own process; resolves with its URL once it listens. */
function startChild(): Promise<string> {
  const { DATABASE_URL: _db, XANO_TOKEN: _token, ...rest } = process.env;
  const p = spawn(process.execPath, [cli, 'emulator', '--port', '0', '--data-dir', dataDir], { cwd: root, env: { ...rest, ...env() }, stdio: ['ignore', 'pipe', 'pipe'] });
  child = p;
  return new Promise((resolve, reject) => {
    let out = '';
    p.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    p.stderr?.on('data', (d: Buffer) => { out += d.toString(); });
    p.once('exit', (code) => reject(new Error(`xac emulator exited (${String(code)}) before listening: ${out}`)));
  });
}

beforeAll(async () => {
  standIns = await startStandIns({ seed: 1, size: 200, faults: { delayMs: 100 } });
  // The workspace and the fixture rows, written to the data dir by an emulator that then stops.
  const { token } = await ensureEmulatorToken(dataDir, {});
  const setup = await startEmulator({ dataDir, token, env: env(), openDatabase, schedulerIntervalMs: 0 });
  await pushDocuments(setup, compiled());
  await setup.seed(JSON.parse(readFileSync(join(root, 'apps', 'endpoints', 'fixtures', 'pipeline.json'), 'utf8')));
  await setup.stop();
}, 60_000);
afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await t?.close();
  await emu?.stop();
  await standIns?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the daily sync killed in the middle of step 4, then the next day\'s run', () => {
  it('ends the dead job as interrupted, resumes the import and completes every step; no job in flight without a start time', async () => {
    const token = readFileSync(join(dataDir, 'token'), 'utf8').trim();
    const url = await startChild();
    const rows1 = rowsAt(url, token);
    for (const st of steps.filter((s) => s.step <= 4)) {
      const res = await fetch(`${url}/api:${st.canonical ?? ''}/${st.path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(st.input) });
      expect((await res.json()) as Row, st.name).toMatchObject({ success: true });
    }
    // Step 4 answered at once; its batch runs in the child. Kill it between the batch's two pages.
    let people = 0;
    for (let waited = 0; waited < 30_000; waited += 20) {
      const job = (await rows1('lambda_job_status')).at(-1);
      people = (await rows1('fub_people')).length;
      if (job?.['status'] === 'running' && people > 0 && people < 200) break;
      await sleep(20);
    }
    const exited = new Promise((r) => child?.once('exit', r));
    child?.kill('SIGKILL');
    await exited;
    expect(people).toBeGreaterThan(0);

    // The next day's sync, by a fresh process on the same data dir.
    const clock = { now: () => Date.now() + DAY, sleep: (ms: number) => sleep(ms) };
    emu = await startEmulator({ dataDir, token, env: env(), openDatabase, schedulerIntervalMs: 0, clock });
    const rows = rowsAt(emu.url, token);
    // What the kill left: the job running (with its start time), fewer people than served.
    expect(await inFlight(rows)).toEqual([{ table: 'lambda_job_status', id: 1, status: 'running', started: true }]);
    // (Read here, not at the last poll: the child may have written a few more before the signal landed.)
    const left = (await rows('fub_people')).length;
    expect(left).toBeGreaterThanOrEqual(people);
    expect(left).toBeLessThan(200);
    t = await openTarget(root, { name: 'emulator', instanceUrl: emu.url, workspaceId: 1, branch: 'v1', token }, { preflight: false });
    const running = emu;
    const target = clientSuiteTarget('emulator', t.client, { origin: emu.url, settle: () => running.idle() });
    const declared = (r: Awaited<ReturnType<typeof dailySyncSuite>>) => r.filter((c) => steps.some((s) => c.name === `${s.step}. ${s.name}`));

    const second = declared(await dailySyncSuite(steps, target));
    // Steps 1-3 finished before the kill and skip; step 4 imports the rest; 5-11 never ran and pass.
    expect(second.map((c) => [c.name, c.outcome])).toEqual(steps.map((s) => [`${s.step}. ${s.name}`, s.step <= 3 ? 'skipped' : 'passed']));
    const jobs = await rows('lambda_job_status');
    expect(jobs).toEqual([
      expect.objectContaining({ id: 1, status: 'error', error_message: expect.stringMatching(/^people import interrupted: its job row had not moved for 14\d\d min \(running\)/) }),
      // (PostgreSQL's id sequence skips ahead after a crash, as its recovery does: the new job's id is not 2.)
      expect.objectContaining({ id: expect.any(Number), status: 'completed', records_fetched: 200, records_synced: 200 - left, records_added: 200 - left }),
    ]);
    const busy = await inFlight(rows);
    expect(busy.filter((j) => !j.started)).toEqual([]);
    expect(busy.filter((j) => j.table !== 'rezen_onboarding_jobs')).toEqual([]);
    expect(await finalCounts(rows)).toEqual(served(standIns.counts));

    const third = declared(await dailySyncSuite(steps, target));
    expect(third.map((c) => [c.name, c.outcome])).toEqual(second.map((c) => [c.name, 'skipped']));
  }, 120_000);
});
