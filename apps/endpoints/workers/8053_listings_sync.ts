// WORKERS endpoint `test-function-8053-listings-sync` (reference: the seed's workers, domain §1.4; daily-sync step 7).
import { listing, rezenListingsSync } from '@xac-app/functions';
import { userWorker } from './shared_test_function.ts';

export const { endpoint: testFunction8053ListingsSync, tests: testFunction8053ListingsSyncTests, decl: worker8053ListingsSync } =
  userWorker(8053, 'listings-sync', 'reZEN - Listings Sync', rezenListingsSync, [listing]);
