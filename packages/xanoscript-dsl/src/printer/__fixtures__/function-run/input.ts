// `function.run` on a typed callee (required and optional inputs) and on a name; the untyped
// result is read with `.get` defaults, including nested ones.
import { fn, t } from '../../../dsl/index.js';

export const syncTransactions = fn(
  'Workers/reZEN - Sync Transactions',
  { input: [t.int('user_id'), t.text('lifecycle_group'), t.bool('full').optional()] },
  () => ({ success: true, data: { transactions_updated: 0 }, error: null }),
);

export default fn(
  'Workers/reZEN - Sync User',
  { input: [t.int('user_id')] },
  (s) => {
    const open = s.run(syncTransactions, { user_id: s.input.user_id, lifecycle_group: 'open' }, 'open_result');
    const closed = s.run(syncTransactions, { user_id: s.input.user_id, lifecycle_group: 'closed', full: true }, 'closed_result');
    const ping = s.run('Utils/Ping reZEN', {}, 'ping_result');
    const updated = s.var(
      'updated',
      open.get('data', {}).get('transactions_updated', 0).add(closed.get('data', {}).get('transactions_updated', 0)),
    );
    return {
      success: open.get('success', false).and(closed.get('success', false)),
      updated,
      error: open.get('error', null).orElse(closed.get('error', null)),
      rezen_up: ping.get('ok', false),
    };
  },
);
