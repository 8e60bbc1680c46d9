// §6 network_hierarchy (684), a closure table (reconstructed from the seed report; types are our choice where it gives none).
import { t, table } from '@xac/xanoscript-dsl/dsl';

export const networkHierarchy = table('network_hierarchy', {
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    t.int('ancestor_agent_id').references('agent'),
    t.int('descendant_agent_id').references('agent'),
    t.int('depth'),
    t.json('path_json').optional().nullable(),
  ],
  index: [
    { type: 'primary', field: ['id'] },
    { type: 'btree', field: ['ancestor_agent_id', 'depth'] },
  ],
});
