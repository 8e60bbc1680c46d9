// Endpoint 18371 `test-metrics-create-snapshot` (reconstructed, reference/domain.md §4.2): runs
// function 8140 for one user so it can be checked without waiting for the hourly task.
import { createSnapshot } from '@xac-app/functions';
import { query, t } from '@xac/xanoscript-dsl/dsl';
import { endpointTests } from '@xac/validators/suites';
import { z } from 'zod';
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

export const testMetricsCreateSnapshotTests = endpointTests(testMetricsCreateSnapshot, [
  {
    name: 'writes a snapshot for user 60',
    input: { user_id: '60' },
    response: z.object({ success: z.literal(true), data: z.record(z.string(), z.unknown()), error: z.null(), step: z.literal('test-metrics-create-snapshot') }),
  },
  { name: 'answers the precondition for a user id that is not a number', input: { user_id: 'abc' }, status: 400 },
]);
