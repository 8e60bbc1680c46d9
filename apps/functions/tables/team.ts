// §6 team (704) (reconstructed from the seed report; types are our choice where it gives none).
import { t, table } from '@xac/xanoscript-dsl/dsl';

export const team = table('team', {
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    t.text('team_name'),
    t.text('team_id_raw'),
    t.text('status').optional().nullable(),
    t.int('team_owner_agent_id').optional().nullable().references('agent'),
  ],
  index: [
    { type: 'primary', field: ['id'] },
    { type: 'btree|unique', field: ['team_id_raw'] },
  ],
});
