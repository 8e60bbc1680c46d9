// WORKERS endpoint `test-fub-onboarding-text-messages`: runs Workers/FUB - Onboarding Text Messages
// Worker for `{user_id}` and answers its result as it is. Not among the seed's 22 workers (nor its 11
// daily-sync steps), so no `test-function-<id>-` path and no workerTest() declaration.
import { fubOnboardingTextMessages } from '@xac-app/functions';
import { userEndpoint } from './shared_test_function.ts';

export const { endpoint: testFubOnboardingTextMessages, tests: testFubOnboardingTextMessagesTests } = userEndpoint('test-fub-onboarding-text-messages', fubOnboardingTextMessages);
