// WORKERS endpoint `test-function-8073-contributions` (reference: the seed's workers, domain §1.4).
import { contribution, onboardingContributions, stageContributionsRezenOnboarding } from '@xac-app/functions';
import { userWorker } from './shared_test_function.ts';

export const { endpoint: testFunction8073Contributions, tests: testFunction8073ContributionsTests, decl: worker8073Contributions } =
  userWorker(8073, 'contributions', 'reZEN - Onboarding Process Contributions', onboardingContributions, [contribution, stageContributionsRezenOnboarding]);
