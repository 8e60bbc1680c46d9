// Recording a sync's outcome in `<integration>_sync_state` (last_sync_at, records_synced, status,
// error_message), one row per user and entity: the health check reads these rows (its sync-age and
// failure-rate checks). Shared by the reZEN and SkySlope workers.
import { now, type Shape, type Stack, type X } from '@xac/xanoscript-dsl/dsl';
import { rezenSyncState } from '../tables/rezen_sync_state.ts';
import { skyslopeSyncState } from '../tables/skyslope_sync_state.ts';

export interface SyncOutcome {
  /** What was synced (`contributions`, `users`): one row per user (or account) and entity. */
  readonly entity: string;
  readonly status: 'success' | 'error';
  readonly records: X<'int'> | number;
  readonly error?: X<'text'> | string;
}

/**
 * Updates (or adds) the reZEN sync-state row of a user's entity with the outcome of one run.
 * @example recordRezenSyncState(s, userId, { entity: 'contributions', status: 'success', records: count });
 */
export function recordRezenSyncState<I extends Shape>(s: Stack<I>, userId: X<'int'>, o: SyncOutcome): void {
  const existing = s.db.query(rezenSyncState, {
    where: (c) => c.user_id.eq(userId).and(c.entity_type.eq(o.entity)),
    return: { type: 'single' },
    as: `${o.entity}_sync_state`,
  });
  const data = { entity_type: o.entity, user_id: userId, last_sync_at: now, status: o.status, records_synced: o.records, error_message: o.error ?? null };
  s.if(existing.isNull(), (b) => b.db.add(rezenSyncState, { data }))
    .else((b) => b.db.edit(rezenSyncState, { field_name: 'id', field_value: existing.get('id', 0), data }));
}

/**
 * Updates (or adds) the SkySlope sync-state row of an entity: account-wide (no user) for the account's
 * users, or a user's row for the files of the user's SkySlope account (transactions, listings).
 * @example recordSkyslopeSyncState(s, { entity: 'users', status: 'success', records: count });
 */
export function recordSkyslopeSyncState<I extends Shape>(s: Stack<I>, o: SyncOutcome, userId?: X<'int'>): void {
  const existing = s.db.query(skyslopeSyncState, {
    where: (c) => c.entity_type.eq(o.entity).and(userId === undefined ? c.user_id.isNull() : c.user_id.eq(userId)),
    return: { type: 'single' },
    as: `${o.entity}_sync_state`,
  });
  const data = { entity_type: o.entity, user_id: userId ?? null, last_sync_at: now, status: o.status, records_synced: o.records, error_message: o.error ?? null };
  s.if(existing.isNull(), (b) => b.db.add(skyslopeSyncState, { data }))
    .else((b) => b.db.edit(skyslopeSyncState, { field_name: 'id', field_value: existing.get('id', 0), data }));
}
