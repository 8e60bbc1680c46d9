// Function 8069 "Workers/reZEN - Onboarding Process Equity" (reference: the seed's workers, domain
// §1.4; equity_transactions, §6): the onboarding counterpart of Equity (8055), as Cap Data (8068) is
// of Network Cap Data (8058): it pages every reZEN equity transaction of the user into
// equity_transactions (upsert on reZEN's id, the writer 8055 uses) and sets the job's `equity_data`.
// The seed's 8069 re-declared a var in its catch (domain §7, pattern 8); a failure here goes through
// the frame's fail, which records the message and sets the job to Error.
import { fetchPages } from '../shared_paging.ts';
import { equityList, writeEquity } from './shared_equity.ts';
import { onboardingWorker } from './shared_onboarding.ts';

export const onboardingEquity = onboardingWorker({
  name: 'Workers/reZEN - Onboarding Process Equity',
  description: 'Onboarding step: writes every reZEN equity transaction of the user to equity_transactions.',
  flag: 'equity_data',
  entity: 'equity_data',
  run: (s, ctx) => {
    const fetched = fetchPages(s, equityList(s, ctx.yentaId, 'equity_ob'), (record, b) => writeEquity(b, ctx.userId, b.var('equity_ob_id', record.get('id', '')), record), (error, b) => ctx.fail(b, error));
    return { records: fetched, data: { fetched } };
  },
});
