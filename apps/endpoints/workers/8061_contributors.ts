// WORKERS endpoint `test-function-8061-contributors` (reference: the seed's workers, domain §1.4).
import { networkMember, onboardingContributors } from '@xac-app/functions';
import { userWorker } from './shared_test_function.ts';

export const { endpoint: testFunction8061Contributors, tests: testFunction8061ContributorsTests, decl: worker8061Contributors } =
  userWorker(8061, 'contributors', 'reZEN - Onboarding Process Contributors', onboardingContributors, [networkMember]);
