// Function 8065 "Workers/FUB - Get Calls" (daily-sync step 1, domain §1.3): the user's FUB calls changed
// since the last sync, upserted into fub_calls on FUB's call id; no change → the skip shape.
import { upsertFubCall } from './fub_rows.ts';
import { fubUserWorker, pullFailed, pullFub, skipped } from './shared_fub.ts';

export const fubGetCalls = fubUserWorker('Workers/FUB - Get Calls', 'Fetches the user\'s Follow Up Boss calls into fub_calls.', (s, userId) => {
  const pull = pullFub(s, userId, { collection: 'calls', entity: 'calls', updatedField: 'updated' }, (call, b) => {
    upsertFubCall(b, call, { userId });
  });
  s.if(pull.error.notNull(), (b) => b.return(pullFailed('fetch_calls', pull.error)));
  s.if(pull.changed.eq(0), (b) => b.return(skipped('No FUB calls changed since the last sync', 'fetch_calls')));
  return { success: true, data: { fetched: pull.fetched, written: pull.changed }, error: null, step: 'complete' };
});
