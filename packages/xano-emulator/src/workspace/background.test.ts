// The emulator's background worker and task schedule: function.run async = true returns at once
// and runs later (working.md "Async (fire and forget)"; the seed's Lambda coordinator, which must not
// block its HTTP caller); tasks run on demand and on their schedule (tasks.md) on a clock the test drives.
import { afterEach, describe, expect, it } from 'vitest';
import { manualClock, type Value } from '@xac/xanoscript-runtime';
import { pushDocuments, startEmulatorHarness, type EmulatorHarness } from '../testing/harness.js';

const group = `api_group "Lambda" {\n  canonical = "lambda"\n}\n`;
const log = `table "lambda_jobs_log" {\n  auth = false\n  schema {\n    int id\n    text endpoint_type\n    int ad_user_id\n    int batch\n  }\n}\n`;
const coordinator = `function "lambda_coordinator" {\n  input {\n    text endpoint_type\n    int ad_user_id\n    int batches\n  }\n  stack {\n    for ($input.batches) {\n      each as $i {\n        util.sleep {\n          value = 0.2\n        }\n        db.add "lambda_jobs_log" {\n          data = {endpoint_type: $input.endpoint_type, ad_user_id: $input.ad_user_id, batch: $i}\n        }\n      }\n    }\n  }\n  response = {batches: $input.batches}\n}\n`;
const failing = `function "lambda_failing" {\n  input {\n  }\n  stack {\n    precondition (false) {\n      error = "upstream refused"\n    }\n  }\n  response = null\n}\n`;
const start = `query "test-function-8118-lambda-coordinator" verb=POST {\n  api_group = "Lambda"\n  input {\n    text endpoint_type\n    int ad_user_id\n  }\n  stack {\n    function.run "lambda_coordinator" {\n      input = {endpoint_type: $input.endpoint_type, ad_user_id: $input.ad_user_id, batches: 5}\n      async = true\n    } as $job\n    function.run "lambda_failing" {\n      async = true\n    }\n  }\n  response = {started: true, job: $job}\n}\n`;
const count = `query "log-count" verb=GET {\n  api_group = "Lambda"\n  input {\n  }\n  stack {\n    db.query "lambda_jobs_log" {\n      return = {type: "count"}\n    } as $n\n  }\n  response = $n\n}\n`;

let h: EmulatorHarness | undefined;
afterEach(async () => h?.close());

const post = async (emu: EmulatorHarness['emu'], path: string, body: unknown) => {
  const res = await fetch(`${emu.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as Record<string, Value> };
};

describe('function.run async = true in the emulator (working.md "Async (fire and forget)")', () => {
  it('the Lambda coordinator endpoint answers before its slow batch ends; result and errors are recorded', async () => {
    h = await startEmulatorHarness({ schedulerIntervalMs: 0 });
    await pushDocuments(h.emu, [group, log, coordinator, failing, start, count]);
    const t0 = performance.now();
    const r = await post(h.emu, '/api:lambda/test-function-8118-lambda-coordinator', { endpoint_type: 'people', ad_user_id: '60' });
    const answeredMs = performance.now() - t0;
    expect(r).toMatchObject({ status: 200, json: { started: true, job: { job_id: expect.any(Number) } } });
    // Five batches of 0.2 s each are 1 s of work; the caller had its answer first.
    expect(h.emu.jobs().find((j) => j.name === 'lambda_coordinator')?.status).not.toBe('done');
    await h.emu.idle();
    const jobs = h.emu.jobs();
    const done = jobs.find((j) => j.name === 'lambda_coordinator')!;
    expect(done).toMatchObject({ kind: 'async', status: 'done', result: { batches: 5 } });
    expect(done.finishedAt! - done.queuedAt).toBeGreaterThanOrEqual(1000);
    expect(answeredMs).toBeLessThan(done.finishedAt! - done.queuedAt);
    expect(jobs.find((j) => j.name === 'lambda_failing')).toMatchObject({ status: 'failed', error: { name: 'PreconditionError', status: 500 } });
    const n = await fetch(`${h.emu.url}/api:lambda/log-count`);
    expect(await n.json()).toBe(5);
    const listed = await fetch(`${h.emu.url}/api:meta/emulator/jobs`, { headers: { authorization: `Bearer ${h.emu.token}` } });
    expect(((await listed.json()) as { name: string; status: string }[]).map((j) => `${j.name} ${j.status}`)).toEqual(['lambda_coordinator done', 'lambda_failing failed']);
  });
});

const counter = `table "tick" {\n  auth = false\n  schema {\n    int id\n    timestamp at\n  }\n}\n`;
const hourly = `task "hourly_tick" {\n  stack {\n    db.add "tick" {\n      data = {at: now}\n    }\n  }\n  schedule = [{starts_on: 2026-01-01 00:00:00+0000, freq: 3600, ends_on: 2026-01-01 03:00:00+0000}]\n}\n`;
const ticks = `api_group "Ops" {\n  canonical = "ops"\n}\n`;
const listTicks = `query "ticks" verb=GET {\n  api_group = "Ops"\n  input {\n  }\n  stack {\n    db.query "tick" {\n      sort = {id: "asc"}\n    } as $rows\n  }\n  response = $rows|map:$$.at\n}\n`;

describe('tasks on their schedule and on demand (tasks.md "Schedule")', () => {
  it('runs a task once per due occurrence on the driven clock, up to ends_on, and on demand', async () => {
    const clock = manualClock(Date.UTC(2026, 0, 1, 0, 30));
    h = await startEmulatorHarness({ clock, schedulerIntervalMs: 0 });
    await pushDocuments(h.emu, [counter, hourly, ticks, listTicks]);
    expect(h.emu.runDueTasks()).toEqual([]);
    await clock.sleep(30 * 60_000); // 01:00: one occurrence
    expect(h.emu.runDueTasks().map((j) => `${j.name} ${j.at}`)).toEqual(['hourly_tick schedule']);
    await h.emu.idle(); // a queued run reads `now` when it runs
    await clock.sleep(10 * 60_000); // 01:10: none
    expect(h.emu.runDueTasks()).toEqual([]);
    await clock.sleep(5 * 3600_000); // 06:10: 02:00 and 03:00 were missed: one catch-up run; ends_on stops the rest
    expect(h.emu.runDueTasks()).toHaveLength(1);
    await h.emu.idle();
    await clock.sleep(3600_000);
    expect(h.emu.runDueTasks()).toEqual([]);
    const onDemand = await fetch(`${h.emu.url}/api:meta/emulator/task/hourly_tick/run?wait=true`, { method: 'POST', headers: { authorization: `Bearer ${h.emu.token}` } });
    expect(await onDemand.json()).toMatchObject({ kind: 'task', name: 'hourly_tick', at: 'on demand' });
    await h.emu.idle();
    const rows = await (await fetch(`${h.emu.url}/api:ops/ticks`)).json();
    expect(rows).toEqual([Date.UTC(2026, 0, 1, 1), Date.UTC(2026, 0, 1, 6, 10), Date.UTC(2026, 0, 1, 7, 10)]);
    expect(h.emu.jobs().every((j) => j.status === 'done')).toBe(true);
    expect(h.emu.runTask('no_such_task')).toBeUndefined();
  });

  it('ticks by itself on the system clock while the emulator runs', async () => {
    const at = Math.ceil((Date.now() + 1000) / 1000) * 1000;
    const soon = new Date(at).toISOString().slice(0, 19).replace('T', ' ');
    h = await startEmulatorHarness({ schedulerIntervalMs: 100 });
    const once = `task "soon" {\n  stack {\n    db.add "tick" {\n      data = {at: now}\n    }\n  }\n  schedule = [{starts_on: ${soon}+0000}]\n}\n`;
    await pushDocuments(h.emu, [counter, once]);
    await new Promise((r) => setTimeout(r, at + 700 - Date.now()));
    await h.emu.idle();
    expect(h.emu.jobs().map((j) => `${j.name} ${j.status}`)).toEqual(['soon done']);
  });
});
