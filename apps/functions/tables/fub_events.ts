// §6 fub_events (450): the seed gives only its name and counts, so the columns are the stand-ins' FUB
// event fields (docs/stand-ins.md), keyed by FUB's event id. The Lambda coordinator writes it.
import { t, table } from '@xac/xanoscript-dsl/dsl';

export const fubEvents = table('fub_events', {
  description: 'Follow Up Boss events, one row per FUB event id (written by the Lambda coordinator).',
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    // The last time a sync wrote the row (read by the daily-sync suite).
    t.timestamp('updated_at').optional().nullable(),
    // FUB's event id: unique, so a second sync updates instead of duplicating.
    t.int('fub_event_id'),
    t.int('user_id').references('user'),
    // FUB's `type`, `personId`, `source`, `created`.
    t.text('type').optional().nullable(),
    t.int('person_id').optional().nullable(),
    t.text('source').optional().nullable(),
    t.timestamp('occurred_at').optional().nullable(),
  ],
  index: [
    { type: 'primary', field: ['id'] },
    { type: 'btree|unique', field: ['fub_event_id'] },
    { type: 'btree', field: ['user_id'] },
  ],
});
