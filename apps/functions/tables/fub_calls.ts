// §6 fub_calls (418): the seed gives only its name and counts, so the columns are the stand-ins' FUB
// call fields (docs/stand-ins.md) that a call log needs, keyed by FUB's call id.
import { t, table } from '@xac/xanoscript-dsl/dsl';

export const fubCalls = table('fub_calls', {
  description: 'Follow Up Boss calls, one row per FUB call id (upserted by Workers/FUB - Get Calls).',
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    // The last time a sync wrote the row: the daily-sync suite reads it to see what a step changed.
    t.timestamp('updated_at').optional().nullable(),
    // FUB's call id (`id`): unique, so a second sync updates instead of duplicating.
    t.int('fub_call_id'),
    // The user whose FUB account was synced.
    t.int('user_id').references('user'),
    // FUB's `personId`, `phone`, `isIncoming`, `duration` (s), `outcome`, `note`, `userId`, `created`.
    t.int('person_id').optional().nullable(),
    t.text('phone').optional().nullable(),
    t.bool('is_incoming').optional().nullable(),
    t.int('duration').optional().nullable(),
    t.text('outcome').optional().nullable(),
    t.text('note').optional().nullable(),
    t.int('fub_user_id').optional().nullable(),
    t.timestamp('called_at').optional().nullable(),
  ],
  index: [
    { type: 'primary', field: ['id'] },
    { type: 'btree|unique', field: ['fub_call_id'] },
    { type: 'btree', field: ['user_id'] },
  ],
});
