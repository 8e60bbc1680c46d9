// Function 7937 "Tasks/Metrics - Create Snapshot" (reconstructed, reference/domain.md §4.1): the
// task wrapper that runs the worker for every active user, collecting failures instead of stopping.
import { fn } from '@xac/xanoscript-dsl/dsl';
import { user } from '../tables/user.ts';
import { createSnapshot } from '../workers/metrics_create_snapshot.ts';

export const createSnapshotTask = fn(
  'Tasks/Metrics - Create Snapshot',
  { description: 'Creates a metrics snapshot for every active user.' },
  (s) => {
    const users = s.db.query(user, { where: (c) => c.active.eq(true), as: 'active_users' });
    const processed = s.var('processed', 0);
    const errors = s.var('errors', [] as string[]);
    s.foreach(users, 'member', (member, b) => {
      b.tryCatch(
        (t) => {
          const result = t.run(createSnapshot, { user_id: member.id.toText() }, 'snapshot_result');
          t.if(result.get('success', false), (ok) => ok.update(processed, processed.add(1)))
            .else((bad) => bad.update(errors, errors.push(result.get('error', 'unknown error'))));
        },
        (c, error) => c.update(errors, errors.push(error.get('message', 'unknown error'))),
      );
    });
    return {
      success: errors.count().eq(0),
      data: { processed, failed: errors.count(), errors },
      error: null,
      step: 'complete',
    };
  },
);
