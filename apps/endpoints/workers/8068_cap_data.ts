// WORKERS endpoint `test-function-8068-cap-data` (reference: the seed's workers, domain §1.4).
import { agentCapData, onboardingCapData } from '@xac-app/functions';
import { userWorker } from './shared_test_function.ts';

export const { endpoint: testFunction8068CapData, tests: testFunction8068CapDataTests, decl: worker8068CapData } =
  userWorker(8068, 'cap-data', 'reZEN - Onboarding Process Cap Data', onboardingCapData, [agentCapData]);
