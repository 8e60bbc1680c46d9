// WORKERS endpoint `test-function-8060-load-contributions` (reference: the seed's workers, domain §1.4).
import { contribution, stageContributionsRezenOnboarding, onboardingLoadContributions } from '@xac-app/functions';
import { userWorker } from './shared_test_function.ts';

export const { endpoint: testFunction8060LoadContributions, tests: testFunction8060LoadContributionsTests, decl: worker8060LoadContributions } =
  userWorker(8060, 'load-contributions', 'reZEN - Onboarding Load Contributions', onboardingLoadContributions, [contribution, stageContributionsRezenOnboarding]);
