// Function 8065 "Workers/FUB - Get Calls" (daily-sync step 1, domain §1.3): the user's FUB calls changed
// since the last sync, upserted into fub_calls on FUB's call id; no change → the skip shape.
import { now } from '@xac/xanoscript-dsl/dsl';
import { fubCalls } from '../../tables/fub_calls.ts';
import { fubUserWorker, orNull, pullFailed, pullFub, skipped } from './shared_fub.ts';

export const fubGetCalls = fubUserWorker('Workers/FUB - Get Calls', 'Fetches the user\'s Follow Up Boss calls into fub_calls.', (s, userId) => {
  const pull = pullFub(s, userId, { collection: 'calls', entity: 'calls', updatedField: 'updated' }, (call, b) => {
    b.db.addOrEdit(fubCalls, {
      field_name: 'fub_call_id',
      field_value: call.get('id', 0),
      data: {
        fub_call_id: call.get('id', 0), user_id: userId, person_id: call.get('personId', orNull.int), phone: call.get('phone', orNull.text),
        is_incoming: call.get('isIncoming', orNull.bool), duration: call.get('duration', orNull.int), outcome: call.get('outcome', orNull.text),
        note: call.get('note', orNull.text), fub_user_id: call.get('userId', orNull.int), called_at: call.get('created', orNull.text).toTimestamp(), updated_at: now,
      },
    });
  });
  s.if(pull.error.notNull(), (b) => b.return(pullFailed('fetch_calls', pull.error)));
  s.if(pull.changed.eq(0), (b) => b.return(skipped('No FUB calls changed since the last sync', 'fetch_calls')));
  return { success: true, data: { fetched: pull.fetched, written: pull.changed }, error: null, step: 'complete' };
});
