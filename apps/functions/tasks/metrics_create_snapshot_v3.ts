// Background task 2433 "Metrics - Create Snapshot V3" (reconstructed, reference/domain.md §4.1):
// hourly from 2025-12-03 04:00 UTC.
import { task } from '@xac/xanoscript-dsl/dsl';
import { createSnapshotTask } from './metrics_create_snapshot.ts';

export const createSnapshotHourly = task(
  'Metrics - Create Snapshot V3',
  {
    description: 'Runs Tasks/Metrics - Create Snapshot every hour.',
    tags: ['metrics', 'internal', 'hourly'],
    active: true,
    schedule: [{ starts_on: '2025-12-03 04:00:00+0000', freq: 3600 }],
  },
  (s) => {
    const result = s.run(createSnapshotTask, {}, 'run_result');
    s.if(result.get('success', false).eq(false), (b) => b.debugLog(result.get('data', {})));
  },
);
