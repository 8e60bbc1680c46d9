// §6 network_member (698) (reconstructed from the seed report; types are our choice where it gives none).
import { t, table } from '@xac/xanoscript-dsl/dsl';

export const networkMember = table('network_member', {
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    t.int('user_id').references('user'),
    t.int('agent_id').optional().nullable().references('agent'),
    t.int('downline_agent_id').optional().nullable().references('agent'),
    t.int('sponsoring_agent_id').optional().nullable().references('agent'),
    t.int('tier').optional().nullable(),
    t.decimal('sponsor_split').optional().nullable(),
    t.bool('capped').default(false),
    t.decimal('cap_amount').optional().nullable(),
    t.decimal('total_contribution').optional().nullable(),
  ],
  index: [
    { type: 'primary', field: ['id'] },
    { type: 'btree', field: ['user_id'] },
  ],
});
