// WORKERS endpoint `test-function-8055-equity` (reference: the seed's workers, domain §1.4).
import { equityTransactions, rezenEquity } from '@xac-app/functions';
import { userWorker } from './shared_test_function.ts';

export const { endpoint: testFunction8055Equity, tests: testFunction8055EquityTests, decl: worker8055Equity } =
  userWorker(8055, 'equity', 'reZEN - Equity', rezenEquity, [equityTransactions]);
