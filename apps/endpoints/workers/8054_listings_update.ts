// WORKERS endpoint `test-function-8054-listings-update` (reference: the seed's workers, domain §1.4).
import { listing, rezenListingsUpdate } from '@xac-app/functions';
import { userWorker } from './shared_test_function.ts';

export const { endpoint: testFunction8054ListingsUpdate, tests: testFunction8054ListingsUpdateTests, decl: worker8054ListingsUpdate } =
  userWorker(8054, 'listings-update', 'reZEN - Listings Update', rezenListingsUpdate, [listing]);
