// WORKERS endpoints `test-skyslope-transactions-sync` and `test-skyslope-listings-sync`: run the
// SkySlope file syncs for `{user_id}` and answer their result as it is. The two workers are not among
// the seed's 22 (nor its 11 daily-sync steps), so they have no `test-function-<id>-` path and no
// workerTest() declaration: `xac validate workers` still scores the seed's 22; the endpoints suite runs
// their cases.
import { skyslopeListingsSync, skyslopeTransactionsSync } from '@xac-app/functions';
import { userEndpoint } from './shared_test_function.ts';

export const { endpoint: testSkyslopeTransactionsSync, tests: testSkyslopeTransactionsSyncTests } = userEndpoint('test-skyslope-transactions-sync', skyslopeTransactionsSync);
export const { endpoint: testSkyslopeListingsSync, tests: testSkyslopeListingsSyncTests } = userEndpoint('test-skyslope-listings-sync', skyslopeListingsSync);
