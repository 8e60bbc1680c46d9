// WORKERS endpoint `test-function-8072-pending-contributions` (reference: the seed's workers, domain §1.4).
import { contributionsPending, onboardingPendingContributions, stagePendingContributionRezen } from '@xac-app/functions';
import { userWorker } from './shared_test_function.ts';

export const { endpoint: testFunction8072PendingContributions, tests: testFunction8072PendingContributionsTests, decl: worker8072PendingContributions } =
  userWorker(8072, 'pending-contributions', 'reZEN - Onboarding Process Pending Contributions', onboardingPendingContributions, [contributionsPending, stagePendingContributionRezen]);
