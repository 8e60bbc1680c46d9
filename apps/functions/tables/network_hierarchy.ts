// §6 network_hierarchy (684), a closure table (reconstructed from the seed report; types are our choice
// where it gives none). Worker 8070 (Onboarding Process Agent Sponsor Tree) writes it: one row per
// user, ancestor and descendant of the user's reZEN sponsor tree, the user's own agent at the root.
import { t, table } from '@xac/xanoscript-dsl/dsl';

export const networkHierarchy = table('network_hierarchy', {
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    // When a sync last wrote the row (a re-sync updates it by its raw id instead of adding one).
    t.timestamp('updated_at').optional().nullable(),
    // `<user_id>:<ancestor yentaId>:<descendant yentaId>`: unique, so a re-sync updates instead of duplicating.
    t.text('network_hierarchy_id_raw'),
    // The user whose onboarding built the row.
    t.int('user_id').optional().nullable().references('user'),
    // reZEN's ids (yentaIds); the int ids resolve only for agents of this workspace (as in network_member).
    t.text('ancestor_agent_id_raw').optional().nullable(),
    t.text('descendant_agent_id_raw').optional().nullable(),
    t.int('ancestor_agent_id').optional().nullable().references('agent'),
    t.int('descendant_agent_id').optional().nullable().references('agent'),
    t.int('depth'),
    // The yentaIds from the ancestor down to the descendant, both included.
    t.json('path_json').optional().nullable(),
  ],
  index: [
    { type: 'primary', field: ['id'] },
    { type: 'btree', field: ['ancestor_agent_id', 'depth'] },
    { type: 'btree|unique', field: ['network_hierarchy_id_raw'] },
    { type: 'btree', field: ['user_id'] },
  ],
});
