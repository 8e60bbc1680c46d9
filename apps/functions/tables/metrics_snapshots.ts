// Reconstructed: table 503 of reference/domain.md §6; the report names no columns, these are the
// ones Metrics - Create Snapshot writes.
import { t, table } from '@xac/xanoscript-dsl/dsl';

export const metricsSnapshots = table('metrics_snapshots', {
  description: 'Hourly per-user transaction metrics.',
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    t.int('user_id').references('user'),
    t.timestamp('snapshot_at'),
    t.int('open_count').default(0),
    t.int('open_updated').default(0),
    t.int('closed_count').default(0),
    t.int('closed_updated').default(0),
  ],
  index: [
    { type: 'primary', field: ['id'] },
    { type: 'btree', field: ['user_id', 'snapshot_at'] },
  ],
});
