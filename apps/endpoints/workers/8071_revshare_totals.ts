// WORKERS endpoint `test-function-8071-revshare-totals` (reference: the seed's workers, domain §1.4;
// daily-sync step 10).
import { onboardingRevshareTotals, revshareTotals } from '@xac-app/functions';
import { userWorker } from './shared_test_function.ts';

export const { endpoint: testFunction8071RevshareTotals, tests: testFunction8071RevshareTotalsTests, decl: worker8071RevshareTotals } =
  userWorker(8071, 'revshare-totals', 'reZEN - Onboarding Process RevShare Totals', onboardingRevshareTotals, [revshareTotals]);
