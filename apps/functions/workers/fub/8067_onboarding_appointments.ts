// Function 8067 "Workers/FUB - Onboarding Appointments Worker" (daily-sync step 2, domain §1.3): the
// user's FUB appointments changed since the last sync are staged in stage_appointments_fub_onboarding
// (upsert on the FUB id, marked unprocessed), then every unprocessed staged row of the user is written
// to fub_appointments (upsert on fub_appointment_id) and flagged processed. Nothing staged → skip.
import { stageAppointmentsFubOnboarding } from '../../tables/stage_appointments_fub_onboarding.ts';
import { processStaged, stageRecord } from '../shared_staging.ts';
import { upsertFubAppointment } from './fub_rows.ts';
import { fubUserWorker, pullFailed, pullFub, skipped } from './shared_fub.ts';

export const fubOnboardingAppointments = fubUserWorker('Workers/FUB - Onboarding Appointments Worker', 'Stages the user\'s Follow Up Boss appointments and writes them to fub_appointments.', (s, userId) => {
  const pull = pullFub(s, userId, { collection: 'appointments', entity: 'appointments', updatedField: 'updated' }, (record, b) => {
    stageRecord(b, stageAppointmentsFubOnboarding, userId, record, b.var('appointment_external_id', record.get('id', 0).toText()));
  });
  s.if(pull.error.notNull(), (b) => b.return(pullFailed('fetch_appointments', pull.error)));
  const written = processStaged(s, stageAppointmentsFubOnboarding, userId, 'appointment', (row, a, b) => {
    const appointmentId = b.var('appointment_id', row.external_id.toInt().firstNotEmpty(0));
    upsertFubAppointment(b, a, appointmentId, { userId });
  });
  s.if(written.eq(0), (b) => b.return(skipped('No staged FUB appointments to process', 'process_appointments')));
  return { success: true, data: { fetched: pull.fetched, staged: pull.changed, written }, error: null, step: 'complete' };
});
