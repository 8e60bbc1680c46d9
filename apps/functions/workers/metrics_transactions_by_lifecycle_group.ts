// Reconstructed (reference/domain.md §4.1: the "lifecycle" sub-call of function 8140, probably
// function 8282). It refreshes a user's transactions in one lifecycle group and answers in the
// FP Result shape {success, data, error, step} that callers must read through `data`.
import { fn, now, t } from '@xac/xanoscript-dsl/dsl';
import { transaction } from '../tables/transaction.ts';

export const transactionsByLifecycleGroup = fn(
  'Workers/Metrics - Transactions by Lifecycle Group',
  {
    description: 'Marks the metrics of a user\'s transactions in one lifecycle group as refreshed.',
    input: [t.int('user_id'), t.enum('lifecycle_group', ['open', 'pending', 'closed', 'terminated'])],
  },
  (s) => {
    const rows = s.db.query(transaction, {
      where: (c) => c.user_id.eq(s.input.user_id).and(c.lifecycle_state.eq(s.input.lifecycle_group)),
      as: 'transactions',
    });
    const updated = s.var('updated', 0);
    s.foreach(rows, 'txn', (txn, b) => {
      b.db.edit(transaction, { field_name: 'id', field_value: txn.id, data: { metrics_updated_at: now } });
      b.update(updated, updated.add(1));
    });
    return {
      success: true,
      data: { lifecycle_group: s.input.lifecycle_group, transactions_updated: updated },
      error: null,
      step: 'complete',
    };
  },
);
