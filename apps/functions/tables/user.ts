// Reconstructed from the seed report and reference/domain.md §6 (the seed's scripts are not public);
// column types are our choice where the reference gives none.
import { t, table } from '@xac/xanoscript-dsl/dsl';

export const user = table('user', {
  auth: true,
  description: 'People who sign in: agents, team leaders and staff.',
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    t.text('first_name').filters('trim'),
    t.text('last_name').filters('trim'),
    t.email('email').filters('trim', 'lower').sensitive(),
    t.text('cell_phone').optional(),
    t.image('avatar').optional().nullable(),
    t.bool('active').default(true),
    t.bool('demo_account').default(false),
    t.timestamp('last_login').optional().nullable(),
    t.int('agent_id').optional().nullable().references('agent'),
    t.int('team_id').optional().nullable().references('team'),
    t.int('brokerage_id').optional().nullable().references('brokerage'),
  ],
  index: [
    { type: 'primary', field: ['id'] },
    { type: 'btree|unique', field: ['email'] },
    { type: 'btree', field: ['agent_id'] },
  ],
});
