// TASKS endpoint `test-function-7960-daily-update-people` (daily-sync step 5, domain §1.3, body `{}`):
// runs Tasks/FUB - Daily Update People and answers its result as it is (a skip stays at the top level).
import { fubDailyUpdatePeople } from '@xac-app/functions';
import { endpointTests } from '@xac/validators/suites';
import { query } from '@xac/xanoscript-dsl/dsl';
import { z } from 'zod';
import { fubSyncResult, pulled } from '../workers/shared_fub_cases.ts';
import { tasks } from './api_group.ts';

export const testFunction7960DailyUpdatePeople = query('test-function-7960-daily-update-people', {
  verb: 'POST',
  api_group: tasks,
  description: 'Runs Tasks/FUB - Daily Update People (every onboarded FUB user) and answers its result.',
}, (s) => s.run(fubDailyUpdatePeople, {}, 'task_result'));

export const testFunction7960DailyUpdatePeopleTests = endpointTests(testFunction7960DailyUpdatePeople, [
  { name: 'updates every onboarded user', input: {}, response: fubSyncResult({ ...pulled, users: z.number().int() }) },
]);
