// Daily-sync step 4, the Lambda coordinator (8118) through its WORKERS test endpoint, end to end on
// the emulator against the stand-ins: the call answers at once with a pending job while the batch
// (slowed by the stand-ins' delay) is still to run; the batch then imports every served record field
// by field, logs each page and ends its job row completed with its counts; a second run skips (no job,
// no row rewritten); bad input is an error result at the top level; a FUB 500 ends the job in error
// with a log line, and the next call is a new job that writes only the rows the failed one did not get
// to; a pending job whose row has not moved for STALE_MINUTES is ended as interrupted and replaced.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STALE_MINUTES } from '../workers/8118_lambda_coordinator.ts';
import { distinct, servedFub, startPipeline, type Pipeline } from './fub-harness.ts';

const WORKERS = '4UsTtl3m';
const PATH = 'test-function-8118-lambda-coordinator';
const BATCH = 'Workers/FUB - Lambda Coordinator Worker Task';
const DELAY_MS = 400;

const jobRow = async (p: Pipeline, id: unknown) => (await p.rows('lambda_job_status')).find((r) => r['id'] === id);
const logsOf = async (p: Pipeline, id: unknown) => (await p.rows('lambda_job_logs')).filter((r) => r['lambda_job_status_id'] === id).sort((a, b) => (a['id'] as number) - (b['id'] as number));

describe('test-function-8118-lambda-coordinator (a background batch) against slow stand-ins', () => {
  let p: Pipeline;
  beforeAll(async () => { p = await startPipeline({ size: 200, faults: { delayMs: DELAY_MS }, user: { agent_id: 7 } }); }, 60_000);
  afterAll(async () => p?.close());

  it('answers before the batch ends, then the batch imports every served person and completes its job', async () => {
    const n = p.standIns.counts['fub.people'];
    expect(n).toBeGreaterThan(100); // two FUB pages, each answered after DELAY_MS
    const t0 = Date.now();
    const answer = await p.post(WORKERS, PATH, { endpoint_type: 'people', ad_user_id: 60 });
    const answeredAt = Date.now();
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({
      success: true,
      data: { lambda_job_status_id: expect.any(Number), background_job_id: expect.stringMatching(/^\d+$/), status: 'pending', endpoint_type: 'people', ad_user_id: 60 },
      error: null,
      step: 'queued',
    });
    const id = (answer.json['data'] as Record<string, unknown>)['lambda_job_status_id'];
    // At the answer the batch has not finished: its job is not done, its row not completed, no person written.
    const background = p.h.emu.jobs().find((j) => j.name === BATCH);
    expect(['queued', 'running']).toContain(background?.status);
    expect(String(background?.id)).toBe((answer.json['data'] as Record<string, unknown>)['background_job_id']);
    expect((await jobRow(p, id))?.['status']).not.toBe('completed');
    expect((await p.rows('fub_people')).length).toBeLessThan(n);

    await p.h.emu.idle();
    const done = p.h.emu.jobs().find((j) => j.name === BATCH);
    expect(done).toMatchObject({ status: 'done', result: { success: true, data: { lambda_job_status_id: id, endpoint_type: 'people', pages: 2, fetched: n, written: n, added: n }, error: null, step: 'complete' } });
    expect(answeredAt - t0).toBeLessThan((done?.finishedAt ?? 0) - (done?.queuedAt ?? 0));
    const row = await jobRow(p, id);
    expect(row).toMatchObject({ endpoint_type: 'people', ad_user_id: 60, status: 'completed', pages: 2, records_fetched: n, records_synced: n, records_added: n, error_message: null });
    expect((row?.['finished_at'] as number) - (row?.['started_at'] as number)).toBeGreaterThanOrEqual(2 * DELAY_MS - 50);
    expect((await logsOf(p, id)).map((l) => [l['level'], l['offset'], l['records']])).toEqual([['info', 0, 100], ['info', 100, n - 100]]);

    const served = await servedFub(p, 'people');
    const rows = await p.rows('fub_people');
    expect(rows).toHaveLength(n);
    expect(distinct(rows, 'fub_people_id')).toBe(n);
    const byId = new Map(rows.map((r) => [r['fub_people_id'], r]));
    for (const person of served) {
      expect(byId.get(person['id'])).toMatchObject({
        user_id: 60, agent_id: 7, first_name: person['firstName'], last_name: person['lastName'], emails: person['emails'],
        stage_id: person['stageId'], stage_name: person['stage'], source: person['source'], tags: person['tags'], assigned_to: person['assignedUserId'],
      });
    }
    // A full import, not a delta: the daily workers' cursor is left alone.
    expect(await p.rows('fub_sync_state')).toEqual([]);
  }, 60_000);

  it('a second run answers the skip shape, queues no job and rewrites no row', async () => {
    const before = await p.rows('fub_people');
    const jobs = await p.rows('lambda_job_status');
    const answer = await p.post(WORKERS, PATH, { endpoint_type: 'people', ad_user_id: 60 });
    expect(answer.json).toEqual({ success: true, skipped: true, step: 'check_previous', reason: `people of user 60 already imported by lambda job ${String(jobs[0]?.['id'])} (completed); the daily workers keep them current` });
    await p.h.emu.idle();
    expect(await p.rows('fub_people')).toEqual(before);
    expect(await p.rows('lambda_job_status')).toEqual(jobs);
  }, 60_000);

  it('imports the other collections into their tables (events field by field)', async () => {
    const answer = await p.post(WORKERS, PATH, { endpoint_type: 'events', ad_user_id: 60 });
    expect(answer.json).toMatchObject({ success: true, data: { status: 'pending', endpoint_type: 'events' } });
    await p.h.emu.idle();
    const served = await servedFub(p, 'events');
    const rows = await p.rows('fub_events');
    expect(rows).toHaveLength(served.length);
    const byId = new Map(rows.map((r) => [r['fub_event_id'], r]));
    for (const event of served) {
      expect(byId.get(event['id'])).toMatchObject({
        user_id: 60, type: event['type'], person_id: event['personId'], source: event['source'], occurred_at: Date.parse(event['created'] as string),
      });
    }
  }, 60_000);

  it('imports text messages into fub_text_messages, field by field as the onboarding worker writes them', async () => {
    const answer = await p.post(WORKERS, PATH, { endpoint_type: 'textMessages', ad_user_id: 60 });
    expect(answer.json).toMatchObject({ success: true, data: { status: 'pending', endpoint_type: 'textMessages' } });
    await p.h.emu.idle();
    const id = (answer.json['data'] as Record<string, unknown>)['lambda_job_status_id'];
    const served = await servedFub(p, 'textMessages');
    expect(await jobRow(p, id)).toMatchObject({ status: 'completed', pages: 2, records_fetched: served.length, records_added: served.length });
    const rows = await p.rows('fub_text_messages');
    expect(rows).toHaveLength(served.length);
    const byId = new Map(rows.map((r) => [r['fub_text_message_id'], r]));
    for (const m of served) {
      expect(byId.get(m['id'])).toMatchObject({
        user_id: 60, person_id: m['personId'], fub_user_id: m['userId'], is_incoming: m['isIncoming'], status: m['status'], message: m['message'],
        from_number: m['fromNumber'], to_number: m['toNumber'], sent_at: Date.parse(m['created'] as string),
      });
    }
  }, 60_000);

  it('refuses bad input with an error result at the top level, queuing nothing', async () => {
    const jobs = (await p.rows('lambda_job_status')).length;
    const refused = (code: string) => ({ success: false, data: null, error: { code, message: expect.any(String) }, step: 'validate_input' });
    for (const body of [{ endpoint_type: 'people' }, { endpoint_type: 'people', user_id: 60 }, { endpoint_type: 'people', ad_user_id: null }]) {
      expect((await p.post(WORKERS, PATH, body)).json).toEqual(refused('MISSING_AD_USER_ID'));
    }
    expect((await p.post(WORKERS, PATH, { endpoint_type: 'people', ad_user_id: 999 })).json).toEqual(refused('UNKNOWN_USER'));
    expect((await p.post(WORKERS, PATH, { endpoint_type: 'listings', ad_user_id: 60 })).status).toBe(400);
    expect(await p.rows('lambda_job_status')).toHaveLength(jobs);
  }, 30_000);
});

describe('the Lambda coordinator when FUB fails', () => {
  let p: Pipeline;
  // The endpoint's count request and the first page are answered, the second page fails.
  beforeAll(async () => { p = await startPipeline({ size: 200, faults: { failEvery: 3 } }); }, 60_000);
  afterAll(async () => p?.close());

  it('ends the job in error with a log line for the failure, keeping the page it had', async () => {
    const answer = await p.post(WORKERS, PATH, { endpoint_type: 'people', ad_user_id: 60 });
    expect(answer.json).toMatchObject({ success: true, step: 'queued' });
    const id = (answer.json['data'] as Record<string, unknown>)['lambda_job_status_id'];
    await p.h.emu.idle();
    expect(p.h.emu.jobs().find((j) => j.name === BATCH)).toMatchObject({
      status: 'done', result: { success: false, data: null, error: { status: 500, offset: 100, lambda_job_status_id: id }, step: 'fetch_records' },
    });
    const row = await jobRow(p, id);
    expect(row).toMatchObject({ status: 'error', pages: 1, records_fetched: 100, records_synced: 100, records_added: 100 });
    expect(row?.['error_message']).toMatch(/FUB status 500 at offset 100/);
    expect(row?.['finished_at']).toEqual(expect.any(Number));
    expect((await logsOf(p, id)).map((l) => [l['level'], l['offset'], l['status']])).toEqual([['info', 0, null], ['error', 100, 500]]);
    expect(await p.rows('fub_people')).toHaveLength(100);
  }, 60_000);
});

describe('the Lambda coordinator after a failed job', () => {
  let p: Pipeline;
  // Every 4th request fails: with one request sent first, the first job's count (2) and first page (3) are
  // answered and its second page (4) fails; the next job's count and two pages (5, 6, 7) are answered.
  beforeAll(async () => { p = await startPipeline({ size: 200, faults: { failEvery: 4 } }); }, 60_000);
  afterAll(async () => p?.close());

  it('the next call is a new job that writes the people the failed one missed and rewrites none', async () => {
    await fetch(`${p.standIns.baseUrls.fub}/v1/people?limit=1`);
    const first = await p.post(WORKERS, PATH, { endpoint_type: 'people', ad_user_id: 60 });
    await p.h.emu.idle();
    expect(await jobRow(p, (first.json['data'] as Record<string, unknown>)['lambda_job_status_id'])).toMatchObject({ status: 'error', records_synced: 100 });
    const before = await p.rows('fub_people');
    expect(before).toHaveLength(100);
    const answer = await p.post(WORKERS, PATH, { endpoint_type: 'people', ad_user_id: 60 });
    expect(answer.json).toMatchObject({ success: true, step: 'queued' });
    const id = (answer.json['data'] as Record<string, unknown>)['lambda_job_status_id'];
    await p.h.emu.idle();
    const n = p.standIns.counts['fub.people'];
    expect(await jobRow(p, id)).toMatchObject({ status: 'completed', pages: 2, records_fetched: n, records_synced: n - 100, records_added: n - 100 });
    const after = await p.rows('fub_people');
    expect(after).toHaveLength(n);
    expect(distinct(after, 'fub_people_id')).toBe(n);
    expect(after.slice(0, 100)).toEqual(before);
  }, 60_000);

  it('a count request that fails is the error result, queuing nothing', async () => {
    // Requests so far: 1 + 3 + 3; the 8th, this call's count, fails.
    const jobs = await p.rows('lambda_job_status');
    const failed = await p.post(WORKERS, PATH, { endpoint_type: 'deals', ad_user_id: 60 });
    expect(failed.json).toMatchObject({ success: false, data: null, step: 'count_records', error: { status: 500, offset: 0, message: expect.stringMatching(/^stand-in fault/) } });
    expect(await p.rows('lambda_job_status')).toEqual(jobs);
  }, 60_000);
});

describe('the Lambda coordinator after earlier jobs', () => {
  let p: Pipeline;
  beforeAll(async () => { p = await startPipeline({ size: 200 }); }, 60_000);
  afterAll(async () => p?.close());

  it('skips while a pending job is live, then ends one that has not moved for STALE_MINUTES as interrupted and queues a new job', async () => {
    const live = Date.now() - 60_000;
    const dead = Date.now() - (STALE_MINUTES + 1) * 60_000;
    await p.h.emu.seed({ lambda_job_status: [{ id: 1, endpoint_type: 'people', ad_user_id: 60, status: 'running', started_at: live, updated_at: live, pages: 1 }] });
    expect((await p.post(WORKERS, PATH, { endpoint_type: 'people', ad_user_id: 60 })).json).toEqual({ success: true, skipped: true, step: 'check_previous', reason: 'people of user 60 is being imported by lambda job 1 (running)' });
    await p.h.emu.seed({ lambda_job_status: [{ id: 2, endpoint_type: 'calls', ad_user_id: 60, status: 'running', started_at: dead, updated_at: dead, pages: 1 }] });
    const answer = await p.post(WORKERS, PATH, { endpoint_type: 'calls', ad_user_id: 60 });
    expect(answer.json).toMatchObject({ success: true, step: 'queued' });
    await p.h.emu.idle();
    const old = await jobRow(p, 2);
    expect(old).toMatchObject({ status: 'error', error_message: `calls import interrupted: its job row had not moved for ${STALE_MINUTES + 1} min (running), so its run was taken as dead` });
    expect((await logsOf(p, 2)).map((l) => [l['level'], l['message']])).toEqual([['error', old?.['error_message']]]);
    const id = (answer.json['data'] as Record<string, unknown>)['lambda_job_status_id'];
    expect(await jobRow(p, id)).toMatchObject({ status: 'completed', records_added: p.standIns.counts['fub.calls'] });
    expect(await p.rows('fub_calls')).toHaveLength(p.standIns.counts['fub.calls']);
  }, 60_000);

  it('skips, queuing nothing, when the table already holds as many of the user\'s rows as FUB has (the daily people update wrote them)', async () => {
    await p.h.emu.seed({ lambda_job_status: [{ id: 9, endpoint_type: 'people', ad_user_id: 60, status: 'error', error_message: 'FUB status 500 at offset 100' }] });
    const served = await servedFub(p, 'people');
    await p.h.emu.seed({ fub_people: served.map((person) => ({ fub_people_id: person['id'], user_id: 60 })) });
    const answer = await p.post(WORKERS, PATH, { endpoint_type: 'people', ad_user_id: 60 });
    expect(answer.json).toEqual({ success: true, skipped: true, step: 'count_records', reason: `people of user 60: the table already holds ${served.length} rows, FUB has ${served.length} records` });
    expect((await p.rows('lambda_job_status')).filter((r) => r['endpoint_type'] === 'people').map((r) => r['id'])).toEqual([1, 9]);
  }, 60_000);
});
