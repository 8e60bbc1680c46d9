// §6 fub_appointments (423), written from stage_appointments_fub_onboarding: the seed gives only its
// name, so the columns are the stand-ins' FUB appointment fields (docs/stand-ins.md).
import { t, table } from '@xac/xanoscript-dsl/dsl';

export const fubAppointments = table('fub_appointments', {
  description: 'Follow Up Boss appointments, one row per FUB appointment id (from the onboarding staging table).',
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    // The last time a sync wrote the row (read by the daily-sync suite).
    t.timestamp('updated_at').optional().nullable(),
    // FUB's appointment id: unique, so a second sync updates instead of duplicating.
    t.int('fub_appointment_id'),
    t.int('user_id').references('user'),
    // FUB's `title`, `description`, `allDay`, `start`, `end`, `location`, and the invited person.
    t.text('title').optional().nullable(),
    t.text('description').optional().nullable(),
    t.bool('all_day').optional().nullable(),
    t.timestamp('starts_at').optional().nullable(),
    t.timestamp('ends_at').optional().nullable(),
    t.text('location').optional().nullable(),
    t.int('person_id').optional().nullable(),
  ],
  index: [
    { type: 'primary', field: ['id'] },
    { type: 'btree|unique', field: ['fub_appointment_id'] },
    { type: 'btree', field: ['user_id'] },
  ],
});
