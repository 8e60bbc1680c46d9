// The reZEN daily-sync workers (8052 Transactions Sync, 8053 Listings Sync, 8056 Contributions) share
// one frame: input `{user_id}` (int); the user's reZEN agent (yenta) id, or
// `{success: false, error: {code: "NO_REZEN_AGENT"}}`; the step's body, which pages a reZEN list into
// its stage_* table (only new or changed records: shared_staging.ts stageIfChanged) and processes the
// user's unprocessed staged rows into the final tables; the outcome in rezen_sync_state. Nothing
// written → the skip shape at the top level. A failed request records `error` in rezen_sync_state and
// returns `{success: false, data: null, error: {status, url, page, message}, step}`; nothing throws.
import { fn, t, type FunctionDef, type Shape, type Stack, type X } from '@xac/xanoscript-dsl/dsl';
import { recordRezenSyncState } from '../shared_sync_state.ts';
import { agentYentaId, rezenList, type StepContext } from './shared_onboarding.ts';

type In = { user_id: 'int' };

export interface RezenSyncSpec {
  /** `Workers/reZEN - Transactions Sync`. */
  readonly name: string;
  readonly description: string;
  /** The entity in rezen_sync_state, the result's `step`, and the skip reason (`transactions`). */
  readonly entity: string;
  /** Does the step; returns the number of final rows it wrote and the result's `data`. */
  readonly run: (s: Stack<In>, ctx: StepContext) => { records: X<'int'>; data: Record<string, X<'int'>> };
}

/**
 * A reZEN daily-sync worker: input `{user_id}` (int), the frame around `spec.run`.
 * @example export const listingsSync = rezenSyncWorker({ name: 'Workers/reZEN - Listings Sync', entity: 'listings', description: '…', run: (s, ctx) => … });
 */
export function rezenSyncWorker(spec: RezenSyncSpec): FunctionDef<In> {
  return fn(spec.name, { description: spec.description, input: [t.int('user_id').description('The user whose reZEN data to sync')] }, (s) => {
    const userId = s.input.user_id;
    const yentaId = agentYentaId(s, userId);
    s.if(yentaId.eq(''), (b) => b.return({ success: false, data: null, error: { code: 'NO_REZEN_AGENT', message: 'The user has no reZEN agent id (agent.agent_id_raw)' }, step: spec.entity }));
    const fail = (b: Stack<In>, error: X<'json'>) => {
      recordRezenSyncState(b, userId, { entity: spec.entity, status: 'error', records: 0, error: error.get('message', 'failed') });
      b.return({ success: false, data: null, error, step: spec.entity });
    };
    const { records, data } = spec.run(s, { userId, yentaId, fail });
    recordRezenSyncState(s, userId, { entity: spec.entity, status: 'success', records });
    s.if(records.eq(0), (b) => b.return({ success: true, skipped: true, reason: `No reZEN ${spec.entity} changed since the last sync`, step: spec.entity }));
    return { success: true, data, error: null, step: spec.entity };
  });
}

/** The user's reZEN transactions, every lifecycle group (`/arrakis/api/v1/transactions/participant/{yentaId}/transactions`). */
export function transactionsList<I extends Shape>(s: Stack<I>, yentaId: X<'text'>) {
  return rezenList(s.env('REZEN_BASE_URL').concat('/arrakis/api/v1/transactions/participant/', yentaId, '/transactions'), 'transactions');
}

/** The user's reZEN listings, every lifecycle group (`/arrakis/api/v1/transactions/participant/{yentaId}/listings`). */
export function listingsList<I extends Shape>(s: Stack<I>, yentaId: X<'text'>) {
  return rezenList(s.env('REZEN_BASE_URL').concat('/arrakis/api/v1/transactions/participant/', yentaId, '/listings'), 'listings');
}
