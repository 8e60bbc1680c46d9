// §6 fub_people (419) (reconstructed from the seed report; types are our choice where it gives none).
import { t, table } from '@xac/xanoscript-dsl/dsl';

export const fubPeople = table('fub_people', {
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    // The last time a sync wrote the row (read by the daily-sync suite).
    t.timestamp('updated_at').optional().nullable(),
    // FUB's person id: unique, so a second sync updates instead of duplicating.
    t.int('fub_people_id'),
    t.text('first_name').optional().nullable(),
    t.text('last_name').optional().nullable(),
    t.json('emails').optional().nullable(),
    t.int('stage_id').optional().nullable(),
    t.text('stage_name').optional().nullable(),
    t.text('source').optional().nullable(),
    t.json('tags').optional().nullable(),
    // FUB's `assignedUserId` (the seed's assigned_to → fub_users).
    t.int('assigned_to').optional().nullable(),
    t.int('user_id').references('user'),
    t.int('agent_id').optional().nullable().references('agent'),
    t.int('fub_account_id').optional().nullable(),
  ],
  index: [
    { type: 'primary', field: ['id'] },
    { type: 'btree|unique', field: ['fub_people_id'] },
    { type: 'btree', field: ['user_id'] },
  ],
});
