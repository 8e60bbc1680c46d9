// Function 8067 "Workers/FUB - Onboarding Appointments Worker" (daily-sync step 2, domain §1.3): the
// user's FUB appointments changed since the last sync are staged in stage_appointments_fub_onboarding
// (upsert on the FUB id, marked unprocessed), then every unprocessed staged row of the user is written
// to fub_appointments (upsert on fub_appointment_id) and flagged processed. Nothing staged → skip.
import { now } from '@xac/xanoscript-dsl/dsl';
import { fubAppointments } from '../../tables/fub_appointments.ts';
import { stageAppointmentsFubOnboarding } from '../../tables/stage_appointments_fub_onboarding.ts';
import { processStaged, stageRecord } from '../shared_staging.ts';
import { fubUserWorker, orNull, pullFailed, pullFub, skipped } from './shared_fub.ts';

export const fubOnboardingAppointments = fubUserWorker('Workers/FUB - Onboarding Appointments Worker', 'Stages the user\'s Follow Up Boss appointments and writes them to fub_appointments.', (s, userId) => {
  const pull = pullFub(s, userId, { collection: 'appointments', entity: 'appointments', updatedField: 'updated' }, (record, b) => {
    stageRecord(b, stageAppointmentsFubOnboarding, userId, record, b.var('appointment_external_id', record.get('id', 0).toText()));
  });
  s.if(pull.error.notNull(), (b) => b.return(pullFailed('fetch_appointments', pull.error)));
  const written = processStaged(s, stageAppointmentsFubOnboarding, userId, 'appointment', (row, a, b) => {
    const appointmentId = b.var('appointment_id', row.external_id.toInt().firstNotEmpty(0));
    b.db.addOrEdit(fubAppointments, {
      field_name: 'fub_appointment_id',
      field_value: appointmentId,
      data: {
        fub_appointment_id: appointmentId, user_id: userId, title: a.get('title', orNull.text),
        description: a.get('description', orNull.text), all_day: a.get('allDay', orNull.bool), starts_at: a.get('start', orNull.text).toTimestamp(),
        ends_at: a.get('end', orNull.text).toTimestamp(), location: a.get('location', orNull.text),
        person_id: a.get('invitees', []).get(0, {}).get('personId', orNull.int), updated_at: now,
      },
    });
  });
  s.if(written.eq(0), (b) => b.return(skipped('No staged FUB appointments to process', 'process_appointments')));
  return { success: true, data: { fetched: pull.fetched, staged: pull.changed, written }, error: null, step: 'complete' };
});
