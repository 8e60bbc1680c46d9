// §6 agent (670) (reconstructed from the seed report; types are our choice where it gives none).
import { t, table } from '@xac/xanoscript-dsl/dsl';

export const agent = table('agent', {
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    // When a sync last wrote the row (reZEN - Agent Data, 8051, refreshes the profile columns below).
    t.timestamp('updated_at').optional().nullable(),
    t.text('agent_id_raw'),
    t.text('first_name').optional().nullable(),
    t.text('last_name').optional().nullable(),
    t.email('email').optional().nullable(),
    t.text('phone').optional().nullable(),
    t.text('agent_status').optional().nullable(),
    t.text('type').optional().nullable(),
    t.date('join_date').optional().nullable(),
    t.int('user_id').references('user'),
    t.int('team_id').optional().nullable().references('team'),
  ],
  index: [
    { type: 'primary', field: ['id'] },
    { type: 'btree|unique', field: ['agent_id_raw'] },
    { type: 'btree', field: ['user_id'] },
  ],
});
