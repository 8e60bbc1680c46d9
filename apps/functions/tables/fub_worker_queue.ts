// §6 fub_worker_queue (709) (reconstructed from the seed report; types are our choice where it gives none).
import { t, table } from '@xac/xanoscript-dsl/dsl';

export const fubWorkerQueue = table('fub_worker_queue', {
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    t.text('process_status'),
    t.text('endpoint_type'),
    t.json('worker_input').optional().nullable(),
    t.timestamp('pickup_at').optional().nullable(),
    t.timestamp('finish_at').optional().nullable(),
    t.int('user_id').optional().nullable().references('user'),
    t.int('ad_user_id').optional().nullable().references('user'),
    t.int('fub_user_id').optional().nullable(),
  ],
  index: [
    { type: 'primary', field: ['id'] },
    { type: 'btree', field: ['process_status'] },
  ],
});
