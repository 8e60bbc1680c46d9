// Function 8140 "Workers/Metrics - Create Snapshot", as fixed in the seed report; reconstructed
// (reference/domain.md §4.1). Its two bugs cannot be written here: `s.input.user_id` is text, so
// `field_value` only compiles after `.toInt().firstNotEmpty(0)`, and the sub-call's result is
// untyped, so it can only be read with `.get(key, default)`.
import { fn, now, t } from '@xac/xanoscript-dsl/dsl';
import { metricsSnapshots } from '../tables/metrics_snapshots.ts';
import { transaction } from '../tables/transaction.ts';
import { user } from '../tables/user.ts';
import { transactionsByLifecycleGroup } from './metrics_transactions_by_lifecycle_group.ts';

export const createSnapshot = fn(
  'Workers/Metrics - Create Snapshot',
  {
    description: 'Writes one metrics snapshot for a user (run hourly by task 2433).',
    input: [t.text('user_id').description('User id as text, as the hourly task sends it')],
  },
  (s) => {
    const userId = s.var('user_id_int', s.input.user_id.toInt().firstNotEmpty(0));
    s.precondition(userId.gt(0), { error_type: 'inputerror', error: 'user_id must be a positive integer' });
    const found = s.db.get(user, { field_name: 'id', field_value: userId, as: 'user' });
    const owner = s.requireFound(found, 'User not found');

    const open = s.run(transactionsByLifecycleGroup, { user_id: userId, lifecycle_group: 'open' }, 'lifecycle_open_result');
    const openUpdated = s.var('open_updated', open.get('data', {}).get('transactions_updated', 0));
    const closed = s.run(transactionsByLifecycleGroup, { user_id: userId, lifecycle_group: 'closed' }, 'lifecycle_closed_result');
    const closedUpdated = s.var('closed_updated', closed.get('data', {}).get('transactions_updated', 0));

    const countIn = (state: string, as: string) =>
      s.db.query(transaction, {
        where: (c) => c.user_id.eq(userId).and(c.lifecycle_state.eq(state)),
        return: { type: 'count' },
        as,
      });
    const openCount = countIn('open', 'open_count');
    const closedCount = countIn('closed', 'closed_count');

    const snapshot = s.db.add(metricsSnapshots, {
      data: {
        user_id: owner.id,
        snapshot_at: now,
        open_count: openCount,
        open_updated: openUpdated,
        closed_count: closedCount,
        closed_updated: closedUpdated,
      },
      as: 'snapshot',
    });
    return {
      success: true,
      data: { snapshot_id: snapshot.id, open_updated: openUpdated, closed_updated: closedUpdated },
      error: null,
      step: 'complete',
    };
  },
);
