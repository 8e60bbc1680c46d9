// Endpoint 18371 `test-metrics-create-snapshot` (reconstructed, reference/domain.md §4.2): runs
// function 8140 for one user so it can be checked without waiting for the hourly task.
import { createSnapshot } from '@xac-app/functions';
import { query, t } from '@xac/xanoscript-dsl/dsl';
import { migration } from './api_group.ts';

export const testMetricsCreateSnapshot = query(
  'test-metrics-create-snapshot',
  {
    verb: 'POST',
    api_group: migration,
    description: 'Runs Workers/Metrics - Create Snapshot for one user and returns its result.',
    input: [t.text('user_id')],
  },
  (s) => {
    const result = s.run(createSnapshot, { user_id: s.input.user_id }, 'snapshot_result');
    return {
      success: result.get('success', false),
      data: result.get('data', {}),
      error: result.get('error', null),
      step: 'test-metrics-create-snapshot',
    };
  },
);
