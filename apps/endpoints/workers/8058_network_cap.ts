// WORKERS endpoint `test-function-8058-network-cap` (reference: the seed's workers, domain §1.4).
import { agentCapData, rezenNetworkCapData } from '@xac-app/functions';
import { userWorker } from './shared_test_function.ts';

export const { endpoint: testFunction8058NetworkCap, tests: testFunction8058NetworkCapTests, decl: worker8058NetworkCap } =
  userWorker(8058, 'network-cap', 'reZEN - Network Cap Data', rezenNetworkCapData, [agentCapData]);
