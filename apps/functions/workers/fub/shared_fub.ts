// Syncing one Follow Up Boss collection (docs/stand-ins.md: `GET $env.FUB_BASE_URL/v1/<collection>`,
// `limit`/`offset` paging, `_metadata.nextLink` null on the last page): every page is fetched with
// api.request and its status checked before the body is read; a record is handed on only when it
// changed since the entity's cursor (the newest `updated` the last sync saw, kept in fub_sync_state),
// so a second run with nothing new writes nothing and skips. The outcome goes to fub_sync_state
// (last_sync_at, records_synced, status ready/error, error_message, cursor). The paging itself
// (pageFub) is also the Lambda coordinator's, which imports whole collections without a cursor.
import { fn, now, op, t, type Shape, type Stack, type X } from '@xac/xanoscript-dsl/dsl';
import { fubSyncState } from '../../tables/fub_sync_state.ts';

/** One FUB collection as a sync reads it. */
export interface FubCollection {
  /** The path under `/v1/` and the key of the page body that holds the records (`calls`). */
  readonly collection: string;
  /** The entity name in fub_sync_state and in results (`calls`). */
  readonly entity: string;
  /** The record field that says when it last changed (`updated`, deals' `updatedAt`). */
  readonly updatedField: string;
}

/** What a sync of one collection found. */
export interface FubPull {
  readonly fetched: X<'int'>;
  readonly changed: X<'int'>;
  /** null, or `{status, url, offset, message}` of the request that failed. */
  readonly error: X<'json'>;
}

/**
 * Pages through a FUB collection for a user, handing each record changed since the cursor to `each`,
 * then records the outcome in fub_sync_state. The caller returns on `error`.
 * @example const pull = pullFub(s, userId, { collection: 'calls', entity: 'calls', updatedField: 'updated' }, (call, b) => b.db.addOrEdit(fubCalls, …));
 */
export function pullFub<I extends Shape>(s: Stack<I>, userId: X<'int'>, c: FubCollection, each: (record: X<'json'>, s: Stack<I>) => void): FubPull {
  const p = c.entity;
  const state = s.db.query(fubSyncState, { where: (w) => w.user_id.eq(userId).and(w.entity_type.eq(c.entity)), return: { type: 'single' }, as: `${p}_sync_state` });
  const cursor = s.var(`${p}_cursor`, state.get('cursor', '0').toInt().firstNotEmpty(0));
  const newest = s.var(`${p}_newest`, cursor);
  const changed = s.var(`${p}_changed`, 0);
  const { fetched, error } = pageFub(s, { prefix: p, collection: c.collection, key: c.collection }, (record, b) => {
    const at = b.var(`${p}_updated_ms`, record.get(c.updatedField, '1970-01-01T00:00:00Z').toTimestamp().toMs());
    b.if(at.gt(cursor), (ch) => {
      each(record, ch);
      ch.update(changed, changed.add(1));
      ch.if(at.gt(newest), (nw) => nw.update(newest, at));
    });
  });
  const ok = s.var(`${p}_ok`, op.cmp(error, '==', null));
  // A failed run keeps the old cursor: pages come in id order, so records after the failure may be older.
  const data = {
    entity_type: c.entity, user_id: userId, last_sync_at: now,
    status: ok.then('ready', 'error'), records_synced: ok.then(changed, 0),
    error_message: ok.then(null, error.get('message', 'request failed')), cursor: ok.then(newest, cursor).toText(),
  };
  s.if(state.isNull(), (b) => b.db.add(fubSyncState, { data }))
    .else((b) => b.db.edit(fubSyncState, { field_name: 'id', field_value: state.get('id', 0), data }));
  return { fetched, changed, error };
}

/** Where pageFub reads: `GET $env.FUB_BASE_URL/v1/<collection>`, records under `key` of each page body. */
export interface FubPaging {
  /** A prefix for the variables the loop declares (unique in the stack). */
  readonly prefix: string;
  /** The collection's path under `/v1/` (a name, or an expression such as an input). */
  readonly collection: string | X<'text'>;
  /** The key of the page body that holds the records (FUB names it after the collection). */
  readonly key: string | X<'text'>;
}

/** What pageFub fetched, and the failure that stopped it. */
export interface FubPages {
  /** Records received, over every page. */
  readonly fetched: X<'int'>;
  /** null, or `{status, url, offset, message}` of the request that failed. */
  readonly error: X<'json'>;
}

/**
 * Pages through a FUB collection, 100 records a page, from offset 0 until `_metadata.nextLink` is null:
 * each record goes to `each`, then the page (its offset and record count) to `onPage`. The first
 * failed request (an error status, or no answer) stops the loop and is returned as `error`.
 * @example const pages = pageFub(s, { prefix: 'calls', collection: 'calls', key: 'calls' }, (call, b) => b.db.addOrEdit(fubCalls, …));
 */
export function pageFub<I extends Shape>(
  s: Stack<I>,
  o: FubPaging,
  each: (record: X<'json'>, s: Stack<I>) => void,
  onPage?: (page: { offset: X<'int'>; records: X<'int'> }, s: Stack<I>) => void,
): FubPages {
  const p = o.prefix;
  const path = typeof o.collection === 'string' ? [`/v1/${o.collection}`] : ['/v1/', o.collection];
  const url = s.var(`${p}_url`, s.env('FUB_BASE_URL').concat(...path));
  const offset = s.var(`${p}_offset`, 0);
  const more = s.var(`${p}_has_more`, true);
  const fetched = s.var(`${p}_fetched`, 0);
  const error = s.var(`${p}_error`, null as unknown as X<'json'>);
  s.while(more, (w) => {
    const answer = w.var(`${p}_answer`, {} as unknown as X<'json'>);
    w.tryCatch(
      (tr) => { tr.update(answer, tr.request({ url, method: 'GET', params: { limit: 100, offset }, timeout: 30, as: `${p}_request` })); },
      (ca, e) => ca.update(error, { status: 0, url, offset, message: e.get('message', 'no answer') }),
    );
    const response = w.var(`${p}_response`, answer.get('response', {}));
    w.if(op.cmp(error, '==', null).and(response.get('status', 0).ne(200)), (b) => {
      b.update(error, { status: response.get('status', 0), url, offset, message: response.get('result', {}).get('error', 'request failed') });
    });
    w.if(op.cmp(error, '==', null), (ok) => {
      const body = ok.var(`${p}_body`, response.get('result', {}));
      const records = ok.var(`${p}_page`, body.get(o.key, []));
      ok.foreach<'json'>(records, `${p}_record`, (record, b) => {
        b.update(fetched, fetched.add(1));
        each(record, b);
      });
      onPage?.({ offset, records: records.count() }, ok);
      ok.update(more, body.get('_metadata', {}).get('nextLink', null).notNull());
      ok.update(offset, offset.add(100));
    }).else((stop) => stop.update(more, false));
  });
  return { fetched, error };
}

/** Typed nulls: the default of a record field that may be missing (`call.get('phone', orNull.text)`). */
export const orNull = { text: null as string | null, int: null as 0 | null, decimal: null as 0.5 | null, bool: null as boolean | null };

/** The FP Result of a failed pull. */
export const pullFailed = (step: string, error: X<'json'>) => ({ success: false, data: null, error, step });

/** The project's skip shape (packages/validators skip-shape). */
export const skipped = (reason: string, step: string) => ({ success: true, skipped: true, reason, step });

/**
 * A FUB worker that takes `{user_id}` (int): checks it, then runs `body`, which returns the result.
 * @example export const getCalls = fubUserWorker('Workers/FUB - Get Calls', 'Fetches …', (s, userId) => ({ … }));
 */
export function fubUserWorker(name: string, description: string, body: (s: Stack<{ user_id: 'int' }>, userId: X<'int'>) => unknown) {
  return fn(name, { description, input: [t.int('user_id').description('The user whose FUB account is synced')] }, (s) => {
    s.precondition(s.input.user_id.gt(0), { error_type: 'inputerror', error: 'user_id must be a positive integer' });
    return body(s, s.input.user_id) as never;
  });
}
