// WORKERS endpoint `test-function-10022-get-deals` (daily-sync step 3, domain §1.3–1.4): runs
// Workers/FUB - Get Deals for `{user_id}` and answers its result as it is.
import { fubDeals, fubGetDeals } from '@xac-app/functions';
import { endpointTests, workerTest } from '@xac/validators/suites';
import { query, t } from '@xac/xanoscript-dsl/dsl';
import { workers } from './api_group.ts';
import { fubSyncResult, pulled } from './shared_fub_cases.ts';

export const testFunction10022GetDeals = query('test-function-10022-get-deals', {
  verb: 'POST',
  api_group: workers,
  description: 'Runs Workers/FUB - Get Deals for one user and answers its result.',
  input: [t.int('user_id').description('The user whose FUB deals are synced')],
}, (s) => s.run(fubGetDeals, { user_id: s.input.user_id }, 'worker_result'));

export const fubGetDealsWorker = workerTest({ id: 10022, name: 'FUB - Get Deals', endpoint: testFunction10022GetDeals, input: { user_id: 60 }, writes: [fubDeals] });

export const testFunction10022GetDealsTests = endpointTests(testFunction10022GetDeals, [
  { name: 'syncs user 60', input: { user_id: 60 }, response: fubSyncResult(pulled) },
  { name: 'refuses a missing user_id', input: {}, status: 400 },
]);
