// WORKERS endpoint `test-function-8069-equity-ob` (reference: the seed's workers, domain §1.4).
import { equityTransactions, onboardingEquity } from '@xac-app/functions';
import { userWorker } from './shared_test_function.ts';

export const { endpoint: testFunction8069EquityOb, tests: testFunction8069EquityObTests, decl: worker8069EquityOb } =
  userWorker(8069, 'equity-ob', 'reZEN - Onboarding Process Equity', onboardingEquity, [equityTransactions]);
