// §6 transaction (675) (reconstructed from the seed report; types are our choice where it gives none).
import { t, table } from '@xac/xanoscript-dsl/dsl';

export const transaction = table('transaction', {
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    t.text('status'),
    t.text('stage').optional().nullable(),
    t.text('lifecycle_state'),
    t.date('contract_date').optional().nullable(),
    t.date('closing_date').optional().nullable(),
    t.decimal('sale_price').optional().nullable(),
    t.decimal('list_price').optional().nullable(),
    t.decimal('gross_commission').optional().nullable(),
    t.text('transaction_id_raw'),
    t.text('sync_source'),
    t.bool('closed').default(false),
    t.bool('terminated').default(false),
    t.int('listing_id').optional().nullable().references('listing'),
    t.int('user_id').references('user'),
    t.int('team_id').optional().nullable().references('team'),
    t.int('transaction_owner_agent_id').optional().nullable().references('agent'),
  ],
  index: [
    { type: 'primary', field: ['id'] },
    { type: 'btree|unique', field: ['transaction_id_raw'] },
    { type: 'btree', field: ['transaction_owner_agent_id'] },
  ],
});
