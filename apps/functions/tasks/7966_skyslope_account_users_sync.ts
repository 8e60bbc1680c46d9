// Function 7966 "Tasks/SkySlope - Account Users Sync" (daily-sync step 11, domain §1.3, body `{}`; the
// seed's endpoint had an empty stack until it was wired to 7966, §7 pattern 12): pages the SkySlope
// account's users (`GET $env.SKYSLOPE_BASE_URL/api/users`, `page` from 1, `links.next` null on the
// last page) into skyslope_users on SkySlope's `userGuid`, writing a user only when it is new or one of
// its fields changed, and records the outcome in skyslope_sync_state (account-wide: no user). Nothing
// changed → the skip shape; a failed request → the FP error result, recorded as `error`.
import { fn, now, op, type X } from '@xac/xanoscript-dsl/dsl';
import { skyslopeUsers } from '../tables/skyslope_users.ts';
import { fetchPages } from '../workers/shared_paging.ts';
import { recordSkyslopeSyncState } from '../workers/shared_sync_state.ts';
import { orNull, skipped } from '../workers/fub/shared_fub.ts';

export const skyslopeAccountUsersSync = fn('Tasks/SkySlope - Account Users Sync', { description: 'Syncs the SkySlope account\'s users into skyslope_users.' }, (s) => {
  const written = s.var('users_written', 0);
  const fetched = fetchPages(s, {
    url: s.env('SKYSLOPE_BASE_URL').concat('/api/users'),
    page: ['page', 1],
    pageSize: 'pageSize',
    records: (body) => body.get('value', {}).get('users', []),
    hasMore: (body) => body.get('links', {}).get('next', null).notNull(),
    prefix: 'users',
  }, (record, b) => {
    const guid = b.var('user_guid', record.get('userGuid', ''));
    const existing = b.db.get(skyslopeUsers, { field_name: 'skyslope_user_id_raw', field_value: guid, as: 'user_existing' });
    const data = {
      skyslope_user_id_raw: guid, first_name: record.get('firstName', orNull.text), last_name: record.get('lastName', orNull.text),
      email: record.get('email', orNull.text), role: record.get('role', orNull.text), status: record.get('status', orNull.text),
      skyslope_created_at: record.get('createdOn', orNull.text).toTimestamp(),
    };
    const differs = (col: 'first_name' | 'last_name' | 'email' | 'role' | 'status', value: X<'text' | 'null'>) => op.cmp(existing.get(col, orNull.text), '!=', value);
    const changed = b.var('user_changed', existing.isNull()
      .or(differs('first_name', data.first_name)).or(differs('last_name', data.last_name)).or(differs('email', data.email))
      .or(differs('role', data.role)).or(differs('status', data.status)));
    b.if(changed, (c) => {
      c.db.addOrEdit(skyslopeUsers, { field_name: 'skyslope_user_id_raw', field_value: guid, data: { ...data, updated_at: now } });
      c.update(written, written.add(1));
    });
  }, (error, b) => {
    recordSkyslopeSyncState(b, { entity: 'users', status: 'error', records: 0, error: error.get('message', 'request failed') });
    b.return({ success: false, data: null, error, step: 'fetch_users' });
  });
  recordSkyslopeSyncState(s, { entity: 'users', status: 'success', records: written });
  s.if(written.eq(0), (b) => b.return(skipped('No SkySlope users changed since the last sync', 'sync_users')));
  return { success: true, data: { fetched, written }, error: null, step: 'complete' };
});
