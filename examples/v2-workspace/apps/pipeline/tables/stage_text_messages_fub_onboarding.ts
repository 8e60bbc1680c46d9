// §6 staging (498) → fub_text_messages: rows are kept after processing, is_processed marks them; the payload is kept as fetched (reconstructed from the seed report; types are our choice where it gives none).
import { t, table } from '@xac/xanoscript-dsl/dsl';

export const stageTextMessagesFubOnboarding = table('stage_text_messages_fub_onboarding', {
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    t.int('user_id').references('user'),
    t.json('payload'),
    t.bool('is_processed').default(false),
  ],
  index: [
    { type: 'primary', field: ['id'] },
    { type: 'btree', field: ['is_processed'] },
  ],
});
