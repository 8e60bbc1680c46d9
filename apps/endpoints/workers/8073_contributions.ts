// WORKERS endpoint `test-function-8073-contributions` (reference: the seed's workers, domain §1.4).
import { onboardingContributions } from '@xac-app/functions';
import { userWorkerEndpoint } from './shared_test_function.ts';

export const testFunction8073Contributions = userWorkerEndpoint(8073, 'contributions', onboardingContributions);
