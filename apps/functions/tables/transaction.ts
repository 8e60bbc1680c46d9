// Reconstructed from reference/domain.md §6 (transaction, table 675); types are our choice.
import { t, table } from '@xac/xanoscript-dsl/dsl';

export const transaction = table('transaction', {
  description: 'Real-estate transactions synced from reZEN and SkySlope.',
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    t.timestamp('updated_at').optional().nullable(),
    t.text('status'),
    t.text('stage').optional(),
    t.enum('lifecycle_state', ['open', 'pending', 'closed', 'terminated']).default('open'),
    t.date('contract_date').optional().nullable(),
    t.date('closing_date').optional().nullable(),
    t.decimal('sale_price').optional().nullable(),
    t.decimal('list_price').optional().nullable(),
    t.decimal('gross_commission').optional().nullable(),
    t.text('transaction_id_raw'),
    t.text('sync_source').description('rezen or skyslope'),
    t.bool('closed').default(false),
    t.bool('terminated').default(false),
    t.timestamp('metrics_updated_at').optional().nullable(),
    t.int('user_id').references('user'),
    t.int('team_id').optional().nullable().references('team'),
    t.int('listing_id').optional().nullable().references('listing'),
    t.int('transaction_owner_agent_id').optional().nullable().references('agent'),
  ],
  index: [
    { type: 'primary', field: ['id'] },
    { type: 'btree|unique', field: ['transaction_id_raw'] },
    { type: 'btree', field: ['user_id', 'lifecycle_state'] },
    { type: 'btree', field: ['transaction_owner_agent_id'] },
  ],
});
