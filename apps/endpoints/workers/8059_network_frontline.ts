// WORKERS endpoint `test-function-8059-network-frontline` (reference: the seed's workers, domain §1.4).
import { networkMember, rezenNetworkFrontline } from '@xac-app/functions';
import { userWorker } from './shared_test_function.ts';

export const { endpoint: testFunction8059NetworkFrontline, tests: testFunction8059NetworkFrontlineTests, decl: worker8059NetworkFrontline } =
  userWorker(8059, 'network-frontline', 'reZEN - Network Frontline', rezenNetworkFrontline, [networkMember]);
