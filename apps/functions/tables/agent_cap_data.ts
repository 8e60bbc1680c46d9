// `agent_cap_data`: the cap part of the seed's normalised agent (§6 of the seed report: agent → agent plus
// agent_cap_data, …). Columns are the cap fields reZEN's down-network list serves per agent.
import { t, table } from '@xac/xanoscript-dsl/dsl';

export const agentCapData = table('agent_cap_data', {
  description: 'reZEN cap status of each agent in a user\'s network, one row per reZEN agent (yenta) id.',
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    // When the last sync wrote the row.
    t.timestamp('updated_at').optional().nullable(),
    // The user whose onboarding fetched it.
    t.int('user_id').references('user'),
    // yentaId: reZEN's agent id, the key a re-sync updates by.
    t.text('agent_id_raw'),
    // capped, capAmount.amount, totalContribution.amount: whether the agent reached the cap, the cap, and
    // what the agent has contributed towards it.
    t.bool('capped').default(false),
    t.decimal('cap_amount').optional().nullable(),
    t.decimal('total_contribution').optional().nullable(),
  ],
  index: [
    { type: 'primary', field: ['id'] },
    { type: 'btree|unique', field: ['agent_id_raw'] },
    { type: 'btree', field: ['user_id'] },
  ],
});
