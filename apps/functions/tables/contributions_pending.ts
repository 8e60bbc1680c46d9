// `contributions_pending` (table 431 of the seed report): reZEN revenue-share contributions not paid
// yet, the first table of the pipeline contributions_pending → contribution → income → revshare_totals.
// Columns are the fields reZEN's contributions list serves for a PENDING contribution.
import { t, table } from '@xac/xanoscript-dsl/dsl';

export const contributionsPending = table('contributions_pending', {
  description: 'reZEN revenue-share contributions still pending, one row per reZEN contribution id.',
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    // When the last sync wrote the row.
    t.timestamp('updated_at').optional().nullable(),
    // The user whose onboarding fetched it.
    t.int('user_id').references('user'),
    // id: reZEN's contribution id, the key a re-sync updates by.
    t.text('contribution_id_raw'),
    // transactionId: the reZEN transaction the contribution comes from.
    t.text('transaction_id_raw').optional().nullable(),
    // contributingAgentYentaId / receivingAgentYentaId: reZEN agent ids (the agents may not be synced yet).
    t.text('contributing_agent_id_raw').optional().nullable(),
    t.text('receiving_agent_id_raw').optional().nullable(),
    // amount.amount, tier, status, contributionType, contributionDate.
    t.decimal('amount'),
    t.int('tier').optional().nullable(),
    t.text('status'),
    t.text('contribution_type').optional().nullable(),
    t.date('contribution_date').optional().nullable(),
  ],
  index: [
    { type: 'primary', field: ['id'] },
    { type: 'btree|unique', field: ['contribution_id_raw'] },
    { type: 'btree', field: ['user_id'] },
  ],
});
