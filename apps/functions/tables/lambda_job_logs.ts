// §6 lambda_job_logs (901): what a Lambda coordinator run did, one row per page or failure (the seed
// gives no fields).
import { t, table } from '@xac/xanoscript-dsl/dsl';

export const lambdaJobLogs = table('lambda_job_logs', {
  description: 'Lambda coordinator log lines: one per page fetched, and one per failure.',
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    t.int('lambda_job_status_id').references('lambda_job_status'),
    t.enum('level', ['info', 'error']).default('info'),
    t.text('message'),
    // The page's offset at FUB and the records it held.
    t.int('offset').optional().nullable(),
    t.int('records').default(0),
  ],
  index: [
    { type: 'primary', field: ['id'] },
    { type: 'btree', field: ['lambda_job_status_id'] },
  ],
});
