// WORKERS endpoint `test-function-8057-stage-contributions` (reference: the seed's workers, domain §1.4).
import { stageContributionsRezenOnboarding, onboardingStageContributions } from '@xac-app/functions';
import { userWorker } from './shared_test_function.ts';

export const { endpoint: testFunction8057StageContributions, tests: testFunction8057StageContributionsTests, decl: worker8057StageContributions } =
  userWorker(8057, 'stage-contributions', 'reZEN - Onboarding Process Stage Contributions', onboardingStageContributions, [stageContributionsRezenOnboarding]);
