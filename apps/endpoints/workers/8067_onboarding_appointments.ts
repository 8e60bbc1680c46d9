// WORKERS endpoint `test-function-8067-onboarding-appointments` (daily-sync step 2, domain §1.3–1.4):
// runs Workers/FUB - Onboarding Appointments Worker for `{user_id}` and answers its result as it is.
import { fubAppointments, fubOnboardingAppointments } from '@xac-app/functions';
import { endpointTests, workerTest } from '@xac/validators/suites';
import { query, t } from '@xac/xanoscript-dsl/dsl';
import { z } from 'zod';
import { workers } from './api_group.ts';
import { fubSyncResult, pulled } from './shared_fub_cases.ts';

export const testFunction8067OnboardingAppointments = query('test-function-8067-onboarding-appointments', {
  verb: 'POST',
  api_group: workers,
  description: 'Runs Workers/FUB - Onboarding Appointments Worker for one user and answers its result.',
  input: [t.int('user_id').description('The user whose FUB appointments are synced')],
}, (s) => s.run(fubOnboardingAppointments, { user_id: s.input.user_id }, 'worker_result'));

export const fubOnboardingAppointmentsWorker = workerTest({ id: 8067, name: 'FUB - Onboarding Appointments Worker', endpoint: testFunction8067OnboardingAppointments, input: { user_id: 60 }, writes: [fubAppointments] });

export const testFunction8067OnboardingAppointmentsTests = endpointTests(testFunction8067OnboardingAppointments, [
  { name: 'syncs user 60', input: { user_id: 60 }, response: fubSyncResult({ ...pulled, staged: z.number().int() }) },
  { name: 'refuses a missing user_id', input: {}, status: 400 },
]);
