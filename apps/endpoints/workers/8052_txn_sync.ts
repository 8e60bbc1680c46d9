// WORKERS endpoint `test-function-8052-txn-sync` (reference: the seed's workers, domain §1.4; daily-sync step 6).
import { participant, rezenTransactionsSync, transaction } from '@xac-app/functions';
import { userWorker } from './shared_test_function.ts';

export const { endpoint: testFunction8052TxnSync, tests: testFunction8052TxnSyncTests, decl: worker8052TxnSync } =
  userWorker(8052, 'txn-sync', 'reZEN - Transactions Sync', rezenTransactionsSync, [transaction, participant]);
