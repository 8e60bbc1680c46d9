// Daily-sync step 5, Tasks/FUB - Daily Update People (7960) through its TASKS test endpoint with `{}`,
// end to end on the emulator against the stand-ins: every user whose FUB onboarding is Complete gets
// every served person in fub_people (field by field) and one daily_update row in fub_sync_jobs; a
// second run adds no row and skips; with no onboarded user it skips; a FUB that fails is an FP Result
// error naming the user, with the job row and the sync state in ERROR.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distinct, servedFub, startPipeline, type Pipeline } from './fub-harness.ts';

const TASKS = '4psV7fp6';
const PATH = 'test-function-7960-daily-update-people';

describe('test-function-7960-daily-update-people against the stand-ins', () => {
  let p: Pipeline;
  beforeAll(async () => {
    p = await startPipeline({ size: 200, user: { agent_id: 7 } });
    // User 60 onboarded (twice: updated once); user 61's onboarding still runs, so it is left alone.
    await p.h.emu.seed({
      agent: [{ id: 7, agent_id_raw: 'agent-60', user_id: 60 }],
      user: [{ id: 61, first_name: 'Not', last_name: 'Onboarded', email: 'u61@example.com' }],
      fub_onboarding_jobs: [{ id: 1, user_id: 60, status: 'Complete' }, { id: 2, user_id: 61, status: 'In Process' }, { id: 3, user_id: 60, status: 'Complete' }],
    });
  }, 60_000);
  afterAll(async () => p?.close());

  it('writes every served person once for the onboarded user, then a second run skips and adds nothing', async () => {
    const served = await servedFub(p, 'people');
    const n = p.standIns.counts['fub.people'];
    expect(served).toHaveLength(n);
    expect(n).toBeGreaterThan(100); // more than one FUB page
    const first = await p.post(TASKS, PATH, {});
    expect(first.status).toBe(200);
    expect(first.json).toEqual({ success: true, data: { users: 1, fetched: n, written: n }, error: null, step: 'complete' });
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
    const jobs = await p.rows('fub_sync_jobs');
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ type: 'daily_update', user_id: 60, people_status: 'COMPLETED' });
    expect(jobs[0]?.['people_last_finished_at']).toBeGreaterThanOrEqual(jobs[0]?.['people_last_started_at'] as number);
    expect((await p.rows('fub_sync_state')).find((r) => r['entity_type'] === 'people')).toMatchObject({ user_id: 60, status: 'ready', records_synced: n });

    const second = await p.post(TASKS, PATH, {});
    expect(second.json).toEqual({ success: true, skipped: true, reason: 'No FUB people changed since the last sync', step: 'update_people' });
    expect(await p.rows('fub_people')).toHaveLength(n);
    expect(await p.rows('fub_sync_jobs')).toHaveLength(1);
  }, 30_000);
});

describe('Tasks/FUB - Daily Update People with no onboarded user, then a failing FUB', () => {
  let p: Pipeline;
  beforeAll(async () => { p = await startPipeline({ size: 200, faults: { failEvery: 2 } }); }, 60_000);
  afterAll(async () => p?.close());

  it('skips when no FUB onboarding is Complete, and answers the failure per user when FUB fails', async () => {
    expect((await p.post(TASKS, PATH, {})).json).toEqual({ success: true, skipped: true, reason: 'No FUB account has completed onboarding', step: 'select_users' });
    expect(p.standIns.stats.total).toBe(0);
    await p.h.emu.seed({ fub_onboarding_jobs: [{ id: 1, user_id: 60, status: 'Complete' }] });
    const r = await p.post(TASKS, PATH, {});
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({
      success: false, data: null, step: 'update_people',
      error: { users: 1, failures: [{ user_id: 60, error: { status: 500, offset: 100 } }] },
    });
    expect((await p.rows('fub_sync_jobs'))[0]).toMatchObject({ user_id: 60, people_status: 'ERROR' });
    expect((await p.rows('fub_sync_state'))[0]).toMatchObject({ entity_type: 'people', status: 'error', cursor: '0' });
  }, 30_000);
});
