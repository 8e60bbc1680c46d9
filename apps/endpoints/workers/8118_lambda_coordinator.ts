// WORKERS endpoint `test-function-8118-lambda-coordinator` (daily-sync step 4, domain §1.3–1.4; body
// `{endpoint_type, ad_user_id}`): the Lambda coordinator as a background batch that does not block its
// caller (§7 pattern 16). It checks the input, queues a `pending` lambda_job_status row, starts
// Workers/FUB - Lambda Coordinator Worker Task with function.run async and answers at once with the
// job's ids; the batch then runs on its own. A missing ad_user_id is an error result at the top level
// (the seed answered success false with its skip nested in data).
//
// Idempotence: the coordinator is the one-off import of a user's collection (domain §4.4: the FUB
// onboarding workers call it); once a job of this user and endpoint type is `completed` there is nothing
// new for it to do (the daily workers keep the rows current from their cursors), so a second call answers
// the skip shape and queues nothing. A job still `pending`/`running` whose row moved in the last
// STALE_MINUTES is live, and the call skips too; one whose row has not moved for longer lost its process
// (a batch touches its row on every page, and a page waits at most 30 s for FUB), so it is ended `error`
// ("interrupted"). With no completed job, the call asks FUB how many records the collection has (one
// request, `limit=1`: `_metadata.total`) and skips when the table already holds that many of the user's
// rows (the daily workers or an earlier, failed job wrote them); otherwise it queues a job, whose batch
// writes only the rows that are new or changed. The answer comes before the batch runs, so a skip must
// be decided here: a queued job that then wrote nothing would be a success that changed no data.
import { fubAppointments, fubCalls, fubDeals, fubEvents, fubPeople, fubTextMessages, lambdaCoordinatorWorkerTask, lambdaJobLogs, lambdaJobStatus, LAMBDA_ENDPOINT_TYPES, user } from '@xac-app/functions';
import { endpointTests, workerTest } from '@xac/validators/suites';
import { now, query, t, type Shape, type Stack, type X } from '@xac/xanoscript-dsl/dsl';
import { z } from 'zod';
import { skipShape } from './shared_fub_cases.ts';
import { workers } from './api_group.ts';

const refused = (code: string, message: string) => ({ success: false, data: null, error: { code, message }, step: 'validate_input' });

/** How long a pending or running job's row may stay still before its run is taken as dead. */
export const STALE_MINUTES = 15;

export const testFunction8118LambdaCoordinator = query('test-function-8118-lambda-coordinator', {
  verb: 'POST',
  api_group: workers,
  description: 'Starts the Lambda coordinator (one FUB collection of a user) in the background and answers its job at once.',
  input: [
    t.enum('endpoint_type', LAMBDA_ENDPOINT_TYPES).description('The FUB collection to import'),
    t.int('ad_user_id').optional().nullable().description('The user whose FUB account is imported (ad_user_id, not user_id)'),
  ],
}, (s) => {
  const adUserId = s.var('ad_user_id', s.input.ad_user_id.firstNotEmpty(0));
  s.if(adUserId.lte(0), (b) => b.return(refused('MISSING_AD_USER_ID', 'ad_user_id is required: the id of the user whose FUB account is imported (the coordinator reads ad_user_id, not user_id)')));
  const known = s.db.has(user, { field_name: 'id', field_value: adUserId, as: 'ad_user_known' });
  s.if(known.not(), (b) => b.return(refused('UNKNOWN_USER', 'No user has this ad_user_id')));
  checkPrevious(s, adUserId, s.input.endpoint_type);
  checkHeld(s, adUserId, s.input.endpoint_type);
  const job = s.db.add(lambdaJobStatus, { data: { endpoint_type: s.input.endpoint_type, ad_user_id: adUserId, status: 'pending', updated_at: now }, as: 'lambda_job' });
  const started = s.run(lambdaCoordinatorWorkerTask, { lambda_job_status_id: job.id }, 'background_job', { async: true });
  const backgroundId = s.var('background_job_id', started.get('job_id', '').toText());
  s.db.edit(lambdaJobStatus, { field_name: 'id', field_value: job.id, data: { background_job_id: backgroundId, updated_at: now } });
  return {
    success: true,
    data: { lambda_job_status_id: job.id, background_job_id: backgroundId, status: 'pending', endpoint_type: s.input.endpoint_type, ad_user_id: adUserId },
    error: null,
    step: 'queued',
  };
});

/** Skips after a completed or live job of this user and type; ends a dead one (`error`, with a log line). */
function checkPrevious<I extends Shape>(s: Stack<I>, adUserId: X<'int'>, type: X<'text'>): void {
  const last = s.db.query(lambdaJobStatus, {
    where: (c) => c.ad_user_id.eq(adUserId).and(c.endpoint_type.eq(type)), sort: { id: 'desc' }, return: { type: 'single' }, as: 'last_lambda_job',
  });
  const lastId = s.var('last_lambda_job_id', last.get('id', 0));
  const status = s.var('last_lambda_status', last.get('status', ''));
  s.if(status.eq('completed'), (b) => b.return({
    success: true, skipped: true, step: 'check_previous',
    reason: type.concat(' of user ', adUserId, ' already imported by lambda job ', lastId, ' (completed); the daily workers keep them current'),
  }));
  s.if(status.eq('pending').or(status.eq('running')), (b) => {
    const still = b.var('last_lambda_still_ms', now.toMs().sub(last.get('updated_at', now).toMs()));
    b.if(still.lt(STALE_MINUTES * 60_000), (live) => live.return({
      success: true, skipped: true, step: 'check_previous',
      reason: type.concat(' of user ', adUserId, ' is being imported by lambda job ', lastId, ' (', status, ')'),
    }));
    const message = b.var('lambda_interrupted', type.concat(' import interrupted: its job row had not moved for ', still.div(60_000).floor(), ' min (', status, '), so its run was taken as dead'));
    b.db.add(lambdaJobLogs, { data: { lambda_job_status_id: lastId, level: 'error', message, offset: null, records: 0, status: null, updated_at: now } });
    b.db.edit(lambdaJobStatus, { field_name: 'id', field_value: lastId, data: { status: 'error', error_message: message, finished_at: now, updated_at: now } });
  });
}

type Held = <I extends Shape>(c: Stack<I>, userId: X<'int'>) => X<'int'>;
const count = { type: 'count' } as const;
/** The user's rows in the table the batch imports into, by endpoint type. */
const HELD: ReadonlyArray<readonly [string, Held]> = [
  ['people', (c, u) => c.db.query(fubPeople, { where: (w) => w.user_id.eq(u), return: count, as: 'lambda_held_people' })],
  ['calls', (c, u) => c.db.query(fubCalls, { where: (w) => w.user_id.eq(u), return: count, as: 'lambda_held_calls' })],
  ['events', (c, u) => c.db.query(fubEvents, { where: (w) => w.user_id.eq(u), return: count, as: 'lambda_held_events' })],
  ['appointments', (c, u) => c.db.query(fubAppointments, { where: (w) => w.user_id.eq(u), return: count, as: 'lambda_held_appointments' })],
  ['deals', (c, u) => c.db.query(fubDeals, { where: (w) => w.user_id.eq(u), return: count, as: 'lambda_held_deals' })],
  ['textMessages', (c, u) => c.db.query(fubTextMessages, { where: (w) => w.user_id.eq(u), return: count, as: 'lambda_held_text_messages' })],
];

/** Skips when the type's table already holds as many of the user's rows as FUB has records; a failed count request is the error result. */
function checkHeld<I extends Shape>(s: Stack<I>, adUserId: X<'int'>, type: X<'text'>): void {
  const url = s.var('lambda_count_url', s.env('FUB_BASE_URL').concat('/v1/', type));
  const answer = s.var('lambda_count_answer', {} as unknown as X<'json'>);
  const reason = s.var('lambda_count_reason', 'request failed');
  s.tryCatch(
    (tr) => { tr.update(answer, tr.request({ url, method: 'GET', params: { limit: 1, offset: 0 }, timeout: 30, as: 'lambda_count_request' })); },
    (ca, e) => ca.update(reason, e.get('message', 'no answer')),
  );
  const response = s.var('lambda_count_response', answer.get('response', {}));
  const status = s.var('lambda_count_status', response.get('status', 0));
  s.if(status.ne(200), (b) => b.return({
    success: false, data: null, step: 'count_records',
    error: { status, url, offset: 0, message: response.get('result', {}).get('error', reason) },
  }));
  const total = s.var('lambda_fub_total', response.get('result', {}).get('_metadata', {}).get('total', 0));
  const held = s.var('lambda_held', 0);
  const sw = s.switch(type);
  for (const [name, rows] of HELD) sw.case(name, (c) => c.update(held, rows(c, adUserId)));
  s.if(total.gt(0).and(held.gte(total)), (b) => b.return({
    success: true, skipped: true, step: 'count_records',
    reason: type.concat(' of user ', adUserId, ': the table already holds ', held, ' rows, FUB has ', total, ' records'),
  }));
}

// A pass must change the data the batch imports: the job row changes on every call, even one whose batch fails.
export const lambdaCoordinatorWorker = workerTest({
  id: 8118, name: 'FUB - Lambda Coordinator Worker Task', endpoint: testFunction8118LambdaCoordinator,
  input: { endpoint_type: 'people', ad_user_id: 60 }, writes: [fubPeople],
});

const queued = z.object({
  success: z.literal(true),
  data: z.object({ lambda_job_status_id: z.number().int(), background_job_id: z.string(), status: z.literal('pending'), endpoint_type: z.literal('people'), ad_user_id: z.literal(60) }),
  error: z.null(),
  step: z.literal('queued'),
});
// The refusals (missing ad_user_id, unknown user) answer 200 with success false, which the endpoints
// suite never counts as a pass; apps/endpoints/test/fub-lambda-coordinator.test.ts checks them.
export const testFunction8118LambdaCoordinatorTests = endpointTests(testFunction8118LambdaCoordinator, [
  // Queued, or the skip once the people are already held (7960's case, run before it, writes them all).
  { name: 'queues the people of user 60, or skips once they are held', input: { endpoint_type: 'people', ad_user_id: 60 }, response: z.union([queued, skipShape]) },
  { name: 'refuses an endpoint_type FUB has no collection for', input: { endpoint_type: 'listings', ad_user_id: 60 }, status: 400 },
]);
