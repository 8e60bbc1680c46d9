// §6 lambda_job_status (902): one row per Lambda coordinator run (the seed gives no fields). The
// coordinator's endpoint adds it `pending` and starts the batch in the background; the batch moves it
// `running` (with started_at) and then `completed` or `error` (with finished_at), so a caller that was
// answered at once can follow the run here.
import { t, table } from '@xac/xanoscript-dsl/dsl';

/** The FUB collections the coordinator is asked for (domain §1.3 step 4's `endpoint_type`). */
export const LAMBDA_ENDPOINT_TYPES = ['people', 'events', 'calls', 'appointments', 'deals', 'textMessages'] as const;

export const lambdaJobStatus = table('lambda_job_status', {
  description: 'Lambda coordinator jobs: one row per run, queued by its endpoint and advanced by the background batch.',
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    // The last time the run changed the row (read by the validation suites).
    t.timestamp('updated_at').optional().nullable(),
    // The coordinator's two inputs (domain §1.3 step 4).
    t.enum('endpoint_type', LAMBDA_ENDPOINT_TYPES),
    t.int('ad_user_id').references('user'),
    t.enum('status', ['pending', 'running', 'completed', 'error']).default('pending'),
    t.timestamp('started_at').optional().nullable(),
    t.timestamp('finished_at').optional().nullable(),
    // What the run did: pages and records fetched from FUB, rows written (upserts) and of those the
    // rows that were new, so a re-run that only updated rows in place shows records_added = 0.
    t.int('pages').default(0),
    t.int('records_fetched').default(0),
    t.int('records_synced').default(0),
    t.int('records_added').default(0),
    t.text('error_message').optional().nullable(),
    // The id of the background job that runs it (what function.run async answers).
    t.text('background_job_id').optional().nullable(),
  ],
  index: [
    { type: 'primary', field: ['id'] },
    { type: 'btree', field: ['status', 'started_at'] },
    { type: 'btree', field: ['ad_user_id'] },
  ],
});
