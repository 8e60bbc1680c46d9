// Function 10022 "Workers/FUB - Get Deals" (daily-sync step 3, domain §1.3): the user's FUB deals changed
// since the last sync, upserted into fub_deals on FUB's deal id; no change → the skip shape.
import { upsertFubDeal } from './fub_rows.ts';
import { fubUserWorker, pullFailed, pullFub, skipped } from './shared_fub.ts';

export const fubGetDeals = fubUserWorker('Workers/FUB - Get Deals', 'Fetches the user\'s Follow Up Boss deals into fub_deals.', (s, userId) => {
  const pull = pullFub(s, userId, { collection: 'deals', entity: 'deals', updatedField: 'updatedAt' }, (deal, b) => {
    upsertFubDeal(b, deal, { userId });
  });
  s.if(pull.error.notNull(), (b) => b.return(pullFailed('fetch_deals', pull.error)));
  s.if(pull.changed.eq(0), (b) => b.return(skipped('No FUB deals changed since the last sync', 'fetch_deals')));
  return { success: true, data: { fetched: pull.fetched, written: pull.changed }, error: null, step: 'complete' };
});
