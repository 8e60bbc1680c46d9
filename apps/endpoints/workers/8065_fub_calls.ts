// WORKERS endpoint `test-function-8065-fub-calls` (daily-sync step 1, domain §1.3–1.4): runs
// Workers/FUB - Get Calls for `{user_id}` and answers its result as it is (a skip stays at the top level).
import { fubCalls, fubGetCalls } from '@xac-app/functions';
import { endpointTests, workerTest } from '@xac/validators/suites';
import { query, t } from '@xac/xanoscript-dsl/dsl';
import { workers } from './api_group.ts';
import { fubSyncResult, pulled } from './shared_fub_cases.ts';

export const testFunction8065FubCalls = query('test-function-8065-fub-calls', {
  verb: 'POST',
  api_group: workers,
  description: 'Runs Workers/FUB - Get Calls for one user and answers its result.',
  input: [t.int('user_id').description('The user whose FUB calls are synced')],
}, (s) => s.run(fubGetCalls, { user_id: s.input.user_id }, 'worker_result'));

export const fubGetCallsWorker = workerTest({ id: 8065, name: 'FUB - Get Calls', endpoint: testFunction8065FubCalls, input: { user_id: 60 }, writes: [fubCalls] });

export const testFunction8065FubCallsTests = endpointTests(testFunction8065FubCalls, [
  { name: 'syncs user 60', input: { user_id: 60 }, response: fubSyncResult(pulled) },
  { name: 'refuses a missing user_id', input: {}, status: 400 },
]);
