// WORKERS endpoint `test-function-8062-network-downline` (reference: the seed's workers, domain §1.4; daily-sync step 9).
import { networkMember, onboardingNetworkDownline } from '@xac-app/functions';
import { userWorker } from './shared_test_function.ts';

export const { endpoint: testFunction8062NetworkDownline, tests: testFunction8062NetworkDownlineTests, decl: worker8062NetworkDownline } =
  userWorker(8062, 'network-downline', 'reZEN - Onboarding Process Network Downline', onboardingNetworkDownline, [networkMember]);
