// §6 contribution (701) (reconstructed from the seed report; types are our choice where it gives none).
import { t, table } from '@xac/xanoscript-dsl/dsl';

export const contribution = table('contribution', {
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    // When a sync last wrote the row (a re-sync updates it by its raw id instead of adding one).
    t.timestamp('updated_at').optional().nullable(),
    t.decimal('amount'),
    t.text('contribution_type'),
    t.text('status'),
    t.date('contribution_date').optional().nullable(),
    t.text('contribution_id_raw'),
    t.int('tier').optional().nullable(),
    t.int('user_id').references('user'),
    t.int('agent_id').optional().nullable().references('agent'),
    t.int('transaction_id').optional().nullable().references('transaction'),
    t.int('contributing_agent_id').optional().nullable().references('agent'),
    t.int('receiving_agent_id').optional().nullable().references('agent'),
  ],
  index: [
    { type: 'primary', field: ['id'] },
    { type: 'btree|unique', field: ['contribution_id_raw'] },
    // Revshare totals (worker 8071) read a user's contributions per tier.
    { type: 'btree', field: ['user_id', 'tier'] },
  ],
});
