// §6 participant (696) (reconstructed from the seed report; types are our choice where it gives none).
import { t, table } from '@xac/xanoscript-dsl/dsl';

export const participant = table('participant', {
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    // When a sync last wrote the row (a re-sync updates it by its raw id instead of adding one).
    t.timestamp('updated_at').optional().nullable(),
    // reZEN gives a participant no id of its own: `<transaction id>:<yentaId>` names it, unique, so a re-sync updates the row.
    t.text('participant_id_raw'),
    // The participant's reZEN agent id (yentaId, as served); `agent_id` resolves only for agents of this workspace.
    t.text('agent_id_raw').optional().nullable(),
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
    { type: 'btree|unique', field: ['participant_id_raw'] },
  ],
});
