// §6 network_member (698) (reconstructed from the seed report; types are our choice where it gives none).
import { t, table } from '@xac/xanoscript-dsl/dsl';

export const networkMember = table('network_member', {
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    // When a sync last wrote the row (a re-sync updates it by its raw id instead of adding one).
    t.timestamp('updated_at').optional().nullable(),
    // One row per user and downline agent, `<user_id>:<yentaId>`: unique, so a re-sync updates instead of duplicating.
    t.text('network_member_id_raw'),
    // reZEN's ids (yentaIds) of the downline agent and its sponsor; the int ids resolve only for agents of this workspace.
    t.text('downline_agent_id_raw').optional().nullable(),
    t.text('sponsoring_agent_id_raw').optional().nullable(),
    t.int('user_id').references('user'),
    t.int('agent_id').optional().nullable().references('agent'),
    t.int('downline_agent_id').optional().nullable().references('agent'),
    t.int('sponsoring_agent_id').optional().nullable().references('agent'),
    t.int('tier').optional().nullable(),
    t.decimal('sponsor_split').optional().nullable(),
    t.bool('capped').default(false),
    t.decimal('cap_amount').optional().nullable(),
    t.decimal('total_contribution').optional().nullable(),
    // From reZEN's contributors list (worker 8061): how many revenue-share contributions the member has
    // paid the user and their total (contributionCount, totalContribution.amount); total_contribution
    // above is the down-network's figure, which counts towards the member's cap.
    t.int('contribution_count').optional().nullable(),
    t.decimal('contributed_amount').optional().nullable(),
  ],
  index: [
    { type: 'primary', field: ['id'] },
    { type: 'btree', field: ['user_id'] },
    { type: 'btree|unique', field: ['network_member_id_raw'] },
  ],
});
