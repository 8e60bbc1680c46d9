// §6 skyslope_sync_state (689); fields as pipeline-health-check reads them (§2) (reconstructed from the seed report; types are our choice where it gives none).
import { t, table } from '@xac/xanoscript-dsl/dsl';

export const skyslopeSyncState = table('skyslope_sync_state', {
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    t.text('entity_type'),
    t.timestamp('last_sync_at').optional().nullable(),
    t.text('status'),
    t.text('error_message').optional().nullable(),
    t.int('records_synced').default(0),
    // Null for an account-wide sync (SkySlope syncs the account, not one user).
    t.int('user_id').optional().nullable().references('user'),
  ],
  index: [
    { type: 'primary', field: ['id'] },
    { type: 'btree', field: ['user_id', 'entity_type'] },
  ],
});
