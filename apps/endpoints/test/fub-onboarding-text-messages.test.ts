// Workers/FUB - Onboarding Text Messages Worker through its WORKERS test endpoint
// (`test-fub-onboarding-text-messages`), end to end on the emulator against the stand-ins: every served
// text message is staged once, processed into fub_text_messages once (field by field) and flagged; the
// fub_sync_state cursor and the fub_sync_jobs text_messages columns record the run; pipeline-health-check
// counts the staged rows; a second run skips and changes no row. A FUB answering 500 on the second page
// gives the error result, writes no final row, keeps the cursor and marks the job ERROR; the run after it
// writes every text message once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distinct, servedFub, startPipeline, type Pipeline } from './fub-harness.ts';
import type { Row } from './integration-harness.ts';

const WORKERS = '4UsTtl3m';
const PATH = 'test-fub-onboarding-text-messages';
const STAGE = 'stage_text_messages_fub_onboarding';

const stagingOf = async (p: Pipeline) => {
  const health = await p.get('LIdBL1AN', 'pipeline-health-check');
  const data = health.json['data'] as { staging: Row[]; finalTables: Record<string, number> };
  return { staged: data.staging.find((s) => s['table'] === STAGE), final: data.finalTables['fub_text_messages'] };
};
const state = async (p: Pipeline) => (await p.rows('fub_sync_state')).filter((r) => r['entity_type'] === 'text_messages');

describe('test-fub-onboarding-text-messages against the stand-ins', () => {
  let p: Pipeline;
  beforeAll(async () => { p = await startPipeline({ size: 200 }); }, 60_000);
  afterAll(async () => p?.close());

  it('stages and writes every served text message once, then a second run skips and changes nothing', async () => {
    const served = await servedFub(p, 'textMessages');
    const n = p.standIns.counts['fub.textMessages'];
    expect(served).toHaveLength(n);
    expect(n).toBeGreaterThan(100); // more than one FUB page
    expect((await p.post(WORKERS, PATH, { user_id: 60 })).json).toEqual({ success: true, data: { fetched: n, staged: n, written: n }, error: null, step: 'complete' });
    const staged = await p.rows(STAGE);
    expect(staged).toHaveLength(n);
    expect(staged.every((r) => r['is_processed'] === true && r['user_id'] === 60)).toBe(true);
    const rows = await p.rows('fub_text_messages');
    expect(rows).toHaveLength(n);
    expect(distinct(rows, 'fub_text_message_id')).toBe(n);
    const byId = new Map(rows.map((r) => [r['fub_text_message_id'], r]));
    for (const m of served) {
      expect(byId.get(m['id'])).toMatchObject({
        user_id: 60, person_id: m['personId'], fub_user_id: m['userId'], is_incoming: m['isIncoming'], status: m['status'], message: m['message'],
        from_number: m['fromNumber'], to_number: m['toNumber'], sent_at: Date.parse(m['created'] as string),
      });
    }
    const newest = Math.max(...served.map((m) => Date.parse(m['updated'] as string)));
    expect(await state(p)).toEqual([expect.objectContaining({ user_id: 60, status: 'ready', records_synced: n, error_message: null, cursor: String(newest) })]);
    const [job] = await p.rows('fub_sync_jobs');
    expect(job).toMatchObject({ type: 'onboarding', user_id: 60, text_messages_status: 'COMPLETED', people_status: null });
    expect(job?.['text_messages_last_finished_at']).toBeGreaterThanOrEqual(job?.['text_messages_last_started_at'] as number);
    expect(await stagingOf(p)).toEqual({ staged: { table: STAGE, total: n, backlog: 0 }, final: n });

    expect((await p.post(WORKERS, PATH, { user_id: 60 })).json).toEqual({ success: true, skipped: true, reason: 'No staged FUB text messages to process', step: 'process_text_messages' });
    expect(await p.rows('fub_text_messages')).toEqual(rows);
    expect(await p.rows(STAGE)).toEqual(staged);
    expect(await state(p)).toEqual([expect.objectContaining({ status: 'ready', records_synced: 0, cursor: String(newest) })]);
    expect(await p.rows('fub_sync_jobs')).toHaveLength(1);
  }, 60_000);

  it('refuses a user_id that is no positive integer', async () => {
    expect((await p.post(WORKERS, PATH, { user_id: 'sixty' })).status).toBe(400);
  });
});

describe('test-fub-onboarding-text-messages when FUB fails on the second page', () => {
  let p: Pipeline;
  // Every 2nd request answers 500: page 1 arrives, page 2 fails.
  beforeAll(async () => { p = await startPipeline({ size: 200, faults: { failEvery: 2 } }); }, 60_000);
  afterAll(async () => p?.close());

  it('answers the error result, writes no final row and keeps the cursor; the next run writes every text message once', async () => {
    expect((await p.post(WORKERS, PATH, { user_id: 60 })).json).toMatchObject({
      success: false, data: null, error: { status: 500, offset: 100, url: `${p.standIns.baseUrls.fub}/v1/textMessages`, message: expect.stringContaining('stand-in fault') },
      step: 'fetch_text_messages',
    });
    expect(await p.rows('fub_text_messages')).toEqual([]);
    const staged = await p.rows(STAGE);
    expect(staged).toHaveLength(100);
    expect(staged.every((r) => r['is_processed'] === false)).toBe(true);
    expect(await state(p)).toEqual([expect.objectContaining({ status: 'error', records_synced: 0, cursor: '0', error_message: expect.stringContaining('stand-in fault') })]);
    expect(await p.rows('fub_sync_jobs')).toEqual([expect.objectContaining({ type: 'onboarding', text_messages_status: 'ERROR' })]);
    expect((await stagingOf(p)).staged).toEqual({ table: STAGE, total: 100, backlog: 100 });

    p.standIns.setFaults({});
    const n = p.standIns.counts['fub.textMessages'];
    expect((await p.post(WORKERS, PATH, { user_id: 60 })).json).toEqual({ success: true, data: { fetched: n, staged: n, written: n }, error: null, step: 'complete' });
    const rows = await p.rows('fub_text_messages');
    expect(rows).toHaveLength(n);
    expect(new Set(rows.map((r) => r['fub_text_message_id']))).toEqual(new Set((await servedFub(p, 'textMessages')).map((m) => m['id'])));
    expect(await p.rows(STAGE)).toHaveLength(n);
    expect(await stagingOf(p)).toEqual({ staged: { table: STAGE, total: n, backlog: 0 }, final: n });
    expect(await p.rows('fub_sync_jobs')).toEqual([expect.objectContaining({ text_messages_status: 'COMPLETED' })]);
  }, 60_000);
});
