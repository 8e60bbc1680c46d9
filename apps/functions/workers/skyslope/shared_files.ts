// The SkySlope file syncs (transactions, listings; not among the seed's 22 workers or 11 daily-sync
// steps, whose report names only their staging tables, stage_transactions_skyslope → transaction and
// stage_listing_skyslope → listing) share one frame: input `{user_id}` (int), the user whose SkySlope
// account's files are synced (transaction.user_id and listing's owner; the seed keeps one
// skyslope_connection per user); the list paged from `$env.SKYSLOPE_BASE_URL/api/files/<collection>`
// (`page` from 1, `pageSize=100`, until `links.next` is null), each new or changed record (its
// `modifiedOn`) staged unprocessed on its guid; then each unprocessed staged row of the user written to
// the final table on its raw id; the outcome in the user's skyslope_sync_state row of the entity.
//
// transaction and listing hold reZEN's rows and SkySlope's under one unique key, the raw id
// (`transaction_id_raw`, `listing_id_raw`): db.add_or_edit on it would take over a reZEN row that had
// the same id. The key is the source's own id (SkySlope's guid, reZEN's uuid), so the two never meet in
// practice; a staged row whose raw id another source's row holds is left to it (shared_source.ts),
// counted in `other_source`.
import { fn, t, type FunctionDef, type Stack, type Table, type X } from '@xac/xanoscript-dsl/dsl';
import { user } from '../../tables/user.ts';
import { skipped } from '../fub/shared_fub.ts';
import { fetchPages } from '../shared_paging.ts';
import { processStaged, stageIfChanged, type StagingShape } from '../shared_staging.ts';
import { writeIfOwn } from '../shared_source.ts';
import { recordSkyslopeSyncState } from '../shared_sync_state.ts';

type In = { user_id: 'int' };

/** The `sync_source` / `data_source` value of the rows these workers write. */
export const SKYSLOPE = 'skyslope';

export interface SkyslopeFiles {
  readonly name: string;
  readonly description: string;
  /** The path under `/api/files/`, the key of the records in the page body's `value`, and the entity in skyslope_sync_state (`transactions`). */
  readonly collection: 'transactions' | 'listings';
  /** One record's name, for variable names (`transaction`). */
  readonly singular: string;
  /** The record's SkySlope id (`transactionGuid`). */
  readonly guidField: string;
  readonly stage: Table<string, StagingShape>;
  /** The source of the final row that holds this raw id, '' when none does. */
  readonly heldBy: (s: Stack<In>, rawId: X<'text'>) => X<'text'>;
  /** Upserts the final row of a staged record. */
  readonly write: (s: Stack<In>, rawId: X<'text'>, payload: X<'json'>, userId: X<'int'>) => void;
}

/**
 * A SkySlope file sync worker: input `{user_id}`, the frame around one collection.
 * @example export const skyslopeListingsSync = skyslopeFilesWorker({ name: 'Workers/SkySlope - Listings Sync', collection: 'listings', … });
 */
export function skyslopeFilesWorker(spec: SkyslopeFiles): FunctionDef<In> {
  const entity = spec.collection;
  return fn(spec.name, { description: spec.description, input: [t.int('user_id').description('The user whose SkySlope account is synced')] }, (s) => {
    s.precondition(s.input.user_id.gt(0), { error_type: 'inputerror', error: 'user_id must be a positive integer' });
    const userId = s.input.user_id;
    const known = s.db.has(user, { field_name: 'id', field_value: userId, as: `${entity}_user_known` });
    s.if(known.not(), (b) => b.return({ success: false, data: null, error: { code: 'UNKNOWN_USER', message: 'No user has this user_id' }, step: 'validate_input' }));
    const staged = s.var(`${entity}_staged`, 0);
    const fetched = fetchPages(s, {
      url: s.env('SKYSLOPE_BASE_URL').concat(`/api/files/${spec.collection}`),
      page: ['page', 1],
      pageSize: 'pageSize',
      records: (body) => body.get('value', {}).get(spec.collection, []),
      hasMore: (body) => body.get('links', {}).get('next', null).notNull(),
      prefix: entity,
    }, (record, b) => {
      const changed = stageIfChanged(b, spec.stage, userId, record, record.get(spec.guidField, ''), (p) => p.get('modifiedOn', ''), `staged_${spec.singular}`);
      b.if(changed, (c) => c.update(staged, staged.add(1)));
    }, (error, b) => {
      recordSkyslopeSyncState(b, { entity, status: 'error', records: 0, error: error.get('message', 'request failed') }, userId);
      b.return({ success: false, data: null, error, step: `fetch_${entity}` });
    });
    const written = s.var(`${entity}_written`, 0);
    const otherSource = s.var(`${entity}_other_source`, 0);
    processStaged(s, spec.stage, userId, spec.singular, (row, payload, b) => {
      writeIfOwn(b, spec.heldBy(b, row.external_id), SKYSLOPE, spec.singular, { written, otherSource }, (w) => spec.write(w, row.external_id, payload, userId));
    });
    recordSkyslopeSyncState(s, { entity, status: 'success', records: written }, userId);
    // A file left to another source changed nothing: a success must have written a row.
    s.if(written.eq(0), (b) => b.return(skipped(`No SkySlope ${entity} changed since the last sync`, `sync_${entity}`)));
    return { success: true, data: { fetched, staged, written, other_source: otherSource }, error: null, step: 'complete' };
  });
}
