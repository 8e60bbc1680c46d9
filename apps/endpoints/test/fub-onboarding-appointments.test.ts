// Daily-sync step 2, Workers/FUB - Onboarding Appointments Worker (8067) through its WORKERS test
// endpoint, end to end against the stand-ins: every served appointment is staged once, processed into
// fub_appointments once (field by field as served) and flagged; a second run stages nothing and skips.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distinct, servedFub, startPipeline, type Pipeline } from './fub-harness.ts';

describe('test-function-8067-onboarding-appointments against the stand-ins', () => {
  let p: Pipeline;
  beforeAll(async () => { p = await startPipeline({ size: 2400 }); }, 60_000);
  afterAll(async () => p?.close());

  it('stages and processes every served appointment once, then skips', async () => {
    const served = await servedFub(p, 'appointments');
    expect(served).toHaveLength(p.standIns.counts['fub.appointments']);
    expect(served.length).toBeGreaterThan(100); // more than one FUB page
    const n = served.length;
    const first = await p.post('4UsTtl3m', 'test-function-8067-onboarding-appointments', { user_id: 60 });
    expect(first.json).toEqual({ success: true, data: { fetched: n, staged: n, written: n }, error: null, step: 'complete' });
    const staged = await p.rows('stage_appointments_fub_onboarding');
    expect(staged).toHaveLength(n);
    expect(staged.every((r) => r['is_processed'] === true && r['user_id'] === 60)).toBe(true);
    const rows = await p.rows('fub_appointments');
    expect(rows).toHaveLength(n);
    expect(distinct(rows, 'fub_appointment_id')).toBe(n);
    const byId = new Map(rows.map((r) => [r['fub_appointment_id'], r]));
    for (const a of served) {
      const invitee = (a['invitees'] as Array<Record<string, unknown>>)[0] ?? {};
      expect(byId.get(a['id'])).toMatchObject({
        user_id: 60, title: a['title'], all_day: a['allDay'], person_id: invitee['personId'],
        starts_at: Date.parse(a['start'] as string), ends_at: Date.parse(a['end'] as string),
      });
    }
    const second = await p.post('4UsTtl3m', 'test-function-8067-onboarding-appointments', { user_id: 60 });
    expect(second.json).toEqual({ success: true, skipped: true, reason: 'No staged FUB appointments to process', step: 'process_appointments' });
    expect(await p.rows('fub_appointments')).toHaveLength(n);
    expect(await p.rows('stage_appointments_fub_onboarding')).toHaveLength(n);
  }, 30_000);
});
