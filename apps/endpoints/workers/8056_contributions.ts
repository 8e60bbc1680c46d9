// WORKERS endpoint `test-function-8056-contributions` (reference: the seed's workers, domain §1.4; daily-sync step 8).
import { contribution, rezenContributions } from '@xac-app/functions';
import { userWorker } from './shared_test_function.ts';

export const { endpoint: testFunction8056Contributions, tests: testFunction8056ContributionsTests, decl: worker8056Contributions } =
  userWorker(8056, 'contributions', 'reZEN - Contributions', rezenContributions, [contribution]);
