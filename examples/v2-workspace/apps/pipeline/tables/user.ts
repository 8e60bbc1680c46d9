// §6 user (664) (reconstructed from the seed report; types are our choice where it gives none).
import { t, table } from '@xac/xanoscript-dsl/dsl';

export const user = table('user', {
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    t.text('first_name').optional().nullable(),
    t.text('last_name').optional().nullable(),
    t.email('email'),
    t.text('cell_phone').optional().nullable(),
    t.bool('active').default(true),
    t.bool('demo_account').default(false),
    t.timestamp('last_login').optional().nullable(),
    t.int('agent_id').optional().nullable().references('agent'),
    t.int('team_id').optional().nullable().references('team'),
  ],
  index: [
    { type: 'primary', field: ['id'] },
  ],
});
