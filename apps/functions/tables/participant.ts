// §6 participant (696) (reconstructed from the seed report; types are our choice where it gives none).
import { t, table } from '@xac/xanoscript-dsl/dsl';

export const participant = table('participant', {
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    t.text('role'),
    t.decimal('commission_split').optional().nullable(),
    t.bool('paid').default(false),
    t.bool('is_real_agent').default(true),
    t.int('transaction_id').references('transaction'),
    t.int('agent_id').optional().nullable().references('agent'),
    t.int('user_id').optional().nullable().references('user'),
  ],
  index: [
    { type: 'primary', field: ['id'] },
    { type: 'btree', field: ['transaction_id'] },
  ],
});
