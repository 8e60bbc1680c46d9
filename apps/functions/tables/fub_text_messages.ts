// §6 fub_text_messages (424), written from stage_text_messages_fub_onboarding: the seed gives only its
// name, so the columns are the stand-ins' FUB text-message fields (docs/stand-ins.md), keyed by FUB's id.
import { t, table } from '@xac/xanoscript-dsl/dsl';

export const fubTextMessages = table('fub_text_messages', {
  description: 'Follow Up Boss text messages, one row per FUB text message id (from the onboarding staging table).',
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    // The last time a sync wrote the row (read by the daily-sync suite).
    t.timestamp('updated_at').optional().nullable(),
    // FUB's text message id (`id`): unique, so a second sync updates instead of duplicating.
    t.int('fub_text_message_id'),
    // The user whose FUB account was synced.
    t.int('user_id').references('user'),
    // FUB's `personId`, `userId` (the agent), `isIncoming`, `status`, `message`, `fromNumber`,
    // `toNumber` and `created` (when it was sent or received).
    t.int('person_id').optional().nullable(),
    t.int('fub_user_id').optional().nullable(),
    t.bool('is_incoming').optional().nullable(),
    t.text('status').optional().nullable(),
    t.text('message').optional().nullable(),
    t.text('from_number').optional().nullable(),
    t.text('to_number').optional().nullable(),
    t.timestamp('sent_at').optional().nullable(),
  ],
  index: [
    { type: 'primary', field: ['id'] },
    { type: 'btree|unique', field: ['fub_text_message_id'] },
    { type: 'btree', field: ['user_id'] },
  ],
});
