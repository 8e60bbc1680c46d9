// §6 lambda_job_status (902): one row per Lambda coordinator run (the seed gives no fields). Its status
// follows the FUB job vocabulary (New → In Process with `started` → Complete/Error with `finished`).
import { t, table } from '@xac/xanoscript-dsl/dsl';

export const lambdaJobStatus = table('lambda_job_status', {
  description: 'Lambda coordinator jobs: one row per run, queued by its endpoint and advanced by the background job.',
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    t.timestamp('updated_at').optional().nullable(),
    // The coordinator's two inputs (domain §1.3 step 4).
    t.enum('endpoint_type', ['people', 'events', 'calls', 'appointments', 'deals', 'textMessages']),
    t.int('ad_user_id').references('user'),
    t.enum('status', ['New', 'In Process', 'Complete', 'Error']).default('New'),
    t.timestamp('started').optional().nullable(),
    t.timestamp('finished').optional().nullable(),
    // Records written by the run, and why it failed.
    t.int('records_synced').default(0),
    t.text('error_message').optional().nullable(),
    // The id of the background job that runs it (what function.run async answers).
    t.text('background_job_id').optional().nullable(),
  ],
  index: [
    { type: 'primary', field: ['id'] },
    { type: 'btree', field: ['status', 'started'] },
  ],
});
