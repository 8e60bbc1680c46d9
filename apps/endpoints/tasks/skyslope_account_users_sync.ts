// TASKS endpoint `test-skyslope-account-users-sync` (daily-sync step 11, domain §1.3, body `{}`): runs
// Tasks/SkySlope - Account Users Sync (7966) and answers its result as it is (a skip stays at the top
// level). The seed's endpoint answered null from an empty stack.
import { skyslopeAccountUsersSync } from '@xac-app/functions';
import { endpointTests } from '@xac/validators/suites';
import { query } from '@xac/xanoscript-dsl/dsl';
import { fubSyncResult, pulled } from '../workers/shared_fub_cases.ts';
import { tasks } from './api_group.ts';

export const testSkyslopeAccountUsersSync = query('test-skyslope-account-users-sync', {
  verb: 'POST',
  api_group: tasks,
  description: 'Runs Tasks/SkySlope - Account Users Sync and answers its result.',
}, (s) => s.run(skyslopeAccountUsersSync, {}, 'task_result'));

export const testSkyslopeAccountUsersSyncTests = endpointTests(testSkyslopeAccountUsersSync, [
  { name: 'syncs the account users', input: {}, response: fubSyncResult(pulled) },
]);
