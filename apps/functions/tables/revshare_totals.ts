// `revshare_totals` (table 383 of the seed report): a user's revenue-share income summed per reZEN
// revshare tier (1–5) from the contribution table (the pipeline's contribution → revshare_totals step).
import { t, table } from '@xac/xanoscript-dsl/dsl';

export const revshareTotals = table('revshare_totals', {
  description: 'Revenue-share totals of a user per tier, recomputed from contribution by worker 8071.',
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    // When the totals were last recomputed.
    t.timestamp('updated_at').optional().nullable(),
    t.int('user_id').references('user'),
    // "<user_id>:<tier>": one row per user and tier, the key a recomputation updates by.
    t.text('revshare_totals_id_raw'),
    t.int('tier'),
    // The sums of contribution.amount by contribution.status (PAID, PENDING) and overall.
    t.decimal('paid_amount').default(0),
    t.decimal('pending_amount').default(0),
    t.decimal('total_amount').default(0),
    t.int('contribution_count').default(0),
  ],
  index: [
    { type: 'primary', field: ['id'] },
    { type: 'btree|unique', field: ['revshare_totals_id_raw'] },
    { type: 'btree', field: ['user_id'] },
  ],
});
