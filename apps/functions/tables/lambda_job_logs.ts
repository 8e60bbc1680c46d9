// §6 lambda_job_logs (901): what a Lambda coordinator run did, one row per page fetched and one per
// failure (the seed gives no fields), tied to its lambda_job_status row.
import { t, table } from '@xac/xanoscript-dsl/dsl';

export const lambdaJobLogs = table('lambda_job_logs', {
  description: 'Lambda coordinator log lines: one per page fetched, and one per failure.',
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    // When the line was written (the validation suites read updated_at where a worker writes a table).
    t.timestamp('updated_at').optional().nullable(),
    t.int('lambda_job_status_id').references('lambda_job_status'),
    t.enum('level', ['info', 'error']).default('info'),
    t.text('message'),
    // The page's offset at FUB and the records it held (the failed request's offset for an error).
    t.int('offset').optional().nullable(),
    t.int('records').default(0),
    // The HTTP status of a failed request (0: no answer); null on a page line.
    t.int('status').optional().nullable(),
  ],
  index: [
    { type: 'primary', field: ['id'] },
    { type: 'btree', field: ['lambda_job_status_id'] },
  ],
});
