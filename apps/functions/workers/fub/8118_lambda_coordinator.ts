// Function 8118 "Workers/FUB - Lambda Coordinator Worker Task" (daily-sync step 4, domain §1.3; the
// seed's batch with a 7 h timeout, §7 pattern 16): imports one whole FUB collection of a user in the
// background. Its endpoint queues a `pending` lambda_job_status row and starts this function with
// function.run async; here the row goes `running`, every page of `GET /v1/<endpoint_type>` is upserted
// into the matching fub_* table on FUB's id (one lambda_job_logs line per page), and the row ends
// `completed` with its counts, or `error` with a log line for the failure. No cursor: it is a full
// import, so it leaves the daily workers' fub_sync_state alone. A record is written only when it is new
// or one of its columns changed, so a run after a failed or interrupted one writes the rows that one did
// not get to and rewrites none; each page also touches the job row (`updated_at`, `pages`), the heartbeat
// by which the endpoint tells a live run from one whose process died.
import { fn, now, t, type Shape, type Stack, type Table, type Val, type X } from '@xac/xanoscript-dsl/dsl';
import { fubAppointments } from '../../tables/fub_appointments.ts';
import { fubCalls } from '../../tables/fub_calls.ts';
import { fubDeals } from '../../tables/fub_deals.ts';
import { fubEvents } from '../../tables/fub_events.ts';
import { fubPeople } from '../../tables/fub_people.ts';
import { fubTextMessages } from '../../tables/fub_text_messages.ts';
import { lambdaJobLogs } from '../../tables/lambda_job_logs.ts';
import { lambdaJobStatus } from '../../tables/lambda_job_status.ts';
import { user } from '../../tables/user.ts';
import {
  fubAppointmentFields, fubCallFields, fubDealFields, fubEventFields, fubPersonFields, fubTextMessageFields, upsertFubAppointment, upsertFubCall, upsertFubDeal,
  upsertFubEvent, upsertFubPerson, upsertFubTextMessage, type FubOwner,
} from './fub_rows.ts';
import { orNull, pageFub, pullFailed, skipped } from './shared_fub.ts';

type In = { lambda_job_status_id: 'int' };

/** An endpoint type this batch imports: its table, the table's FUB-id column, the columns a record fills and its upsert. */
interface Kind<S extends Shape> {
  readonly type: string;
  readonly table: Table<string, S>;
  readonly key: keyof S & string;
  readonly fields: (record: X<'json'>, o: FubOwner) => Record<string, Val>;
  readonly write: (s: Stack<In>, record: X<'json'>, o: FubOwner) => void;
}

/** A kind with its record writer bound to its table's shape. */
const kind = <S extends Shape>(k: Kind<S>) => ({ type: k.type, table: k.table.name, record: (s: Stack<In>, record: X<'json'>, r: Run) => writeRecord(s, k, record, r) });

/** Every endpoint type of lambda_job_status (LAMBDA_ENDPOINT_TYPES). */
export const LAMBDA_KINDS = [
  kind({ type: 'people', table: fubPeople, key: 'fub_people_id', fields: fubPersonFields, write: upsertFubPerson }),
  kind({ type: 'calls', table: fubCalls, key: 'fub_call_id', fields: fubCallFields, write: upsertFubCall }),
  kind({ type: 'events', table: fubEvents, key: 'fub_event_id', fields: fubEventFields, write: upsertFubEvent }),
  kind({
    type: 'appointments', table: fubAppointments, key: 'fub_appointment_id',
    fields: (a, o) => fubAppointmentFields(a, a.get('id', 0), o), write: (s, a, o) => upsertFubAppointment(s, a, a.get('id', 0), o),
  }),
  kind({ type: 'deals', table: fubDeals, key: 'fub_deal_id', fields: fubDealFields, write: upsertFubDeal }),
  kind({
    type: 'textMessages', table: fubTextMessages, key: 'fub_text_message_id',
    fields: (m, o) => fubTextMessageFields(m, m.get('id', 0), o), write: (s, m, o) => upsertFubTextMessage(s, m, m.get('id', 0), o),
  }),
] as const;

export const lambdaCoordinatorWorkerTask = fn('Workers/FUB - Lambda Coordinator Worker Task', {
  description: 'Imports one Follow Up Boss collection of a user into its fub_* table in the background, tracking the run in lambda_job_status and lambda_job_logs.',
  input: [t.int('lambda_job_status_id').description('The pending lambda_job_status row the coordinator endpoint queued')],
}, (s) => {
  const job = s.db.get(lambdaJobStatus, { field_name: 'id', field_value: s.input.lambda_job_status_id, as: 'lambda_job' });
  s.if(job.isNull(), (b) => b.return({ success: false, data: null, error: { code: 'UNKNOWN_JOB', message: 'No lambda_job_status row has this id' }, step: 'load_job' }));
  s.if(job.get('status', '').ne('pending'), (b) => b.return(skipped('The job is not pending: it has already run', 'load_job')));
  const jobId = s.var('lambda_job_id', job.get('id', 0));
  const type = s.var('lambda_endpoint_type', job.get('endpoint_type', ''));
  const userId = s.var('lambda_user_id', job.get('ad_user_id', 0));
  s.db.edit(lambdaJobStatus, { field_name: 'id', field_value: jobId, data: { status: 'running', started_at: now, updated_at: now } });
  const owner = s.db.get(user, { field_name: 'id', field_value: userId, as: 'lambda_owner' });
  const agentId = s.var('lambda_agent_id', owner.get('agent_id', orNull.int));
  const counts = { pages: s.var('lambda_pages', 0), written: s.var('lambda_written', 0), added: s.var('lambda_added', 0) };
  const result = s.var('lambda_result', null as unknown as X<'json'>);
  // Whatever fails inside (a request, a write), the row must not stay `running`.
  s.tryCatch(
    (tr) => importCollection(tr, { jobId, type, owner: { userId, agentId }, counts, result }),
    (ca, e) => {
      const message = ca.var('lambda_crash', e.get('message', 'the batch failed'));
      ca.db.add(lambdaJobLogs, { data: { lambda_job_status_id: jobId, level: 'error', message, offset: null, records: 0, status: null, updated_at: now } });
      ca.db.edit(lambdaJobStatus, { field_name: 'id', field_value: jobId, data: { status: 'error', finished_at: now, error_message: message, updated_at: now } });
      ca.update(result, { success: false, data: null, error: { code: 'BATCH_FAILED', message, lambda_job_status_id: jobId }, step: 'import' });
    },
  );
  return result;
});

interface Run {
  readonly jobId: X<'int'>;
  readonly type: X<'text'>;
  readonly owner: FubOwner;
  readonly counts: { readonly pages: X<'int'>; readonly written: X<'int'>; readonly added: X<'int'> };
  readonly result: X<'json'>;
}

/** Pages the job's collection into its table, logging each page, and settles the job row and the result. */
function importCollection(s: Stack<In>, r: Run): void {
  const { pages, written, added } = r.counts;
  const pulled = pageFub(s, { prefix: 'lambda', collection: r.type, key: r.type }, (record, b) => {
    const sw = b.switch(r.type);
    for (const k of LAMBDA_KINDS) sw.case(k.type, (c) => k.record(c, record, r));
  }, (page, b) => {
    b.update(pages, pages.add(1));
    b.db.edit(lambdaJobStatus, { field_name: 'id', field_value: r.jobId, data: { pages, records_synced: written, records_added: added, updated_at: now } });
    b.db.add(lambdaJobLogs, {
      data: { lambda_job_status_id: r.jobId, level: 'info', message: r.type.concat(' page at offset ', page.offset, ': ', page.records, ' records'), offset: page.offset, records: page.records, status: null, updated_at: now },
    });
  });
  const done = { pages, records_fetched: pulled.fetched, records_synced: written, records_added: added, finished_at: now, updated_at: now };
  s.if(pulled.error.notNull(), (b) => {
    const message = b.var('lambda_failure', pulled.error.get('message', 'request failed').concat(' (FUB status ', pulled.error.get('status', 0), ' at offset ', pulled.error.get('offset', 0), ')'));
    b.db.add(lambdaJobLogs, {
      data: { lambda_job_status_id: r.jobId, level: 'error', message, offset: pulled.error.get('offset', orNull.int), records: 0, status: pulled.error.get('status', 0), updated_at: now },
    });
    b.db.edit(lambdaJobStatus, { field_name: 'id', field_value: r.jobId, data: { ...done, status: 'error', error_message: message } });
    b.update(r.result, pullFailed('fetch_records', pulled.error.set('lambda_job_status_id', r.jobId)));
  }).else((b) => {
    b.db.edit(lambdaJobStatus, { field_name: 'id', field_value: r.jobId, data: { ...done, status: 'completed', error_message: null } });
    b.update(r.result, {
      success: true, data: { lambda_job_status_id: r.jobId, endpoint_type: r.type, pages, fetched: pulled.fetched, written, added }, error: null, step: 'complete',
    });
  });
}

/** One record: written only when its FUB id is not in the table yet (counted as added) or a column it fills changed. */
function writeRecord<S extends Shape>(s: Stack<In>, k: Kind<S>, record: X<'json'>, r: Run): void {
  // Every kind's key is an int column holding FUB's `id`; a shape generic over S cannot show that.
  const id = record.get('id', 0) as never;
  const row = s.db.get(k.table, { field_name: k.key, field_value: id, as: `lambda_row_${k.type}` }) as unknown as X<'json'>;
  const fields = s.var(`lambda_fields_${k.type}`, k.fields(record, r.owner));
  const changed = Object.keys(k.fields(record, r.owner))
    .map((col) => row.get(col, null).ne(fields.get(col, null)))
    .reduce((a, b) => a.or(b), row.isNull());
  s.if(changed, (b) => {
    b.if(row.isNull(), (n) => n.update(r.counts.added, r.counts.added.add(1)));
    k.write(b, record, r.owner);
    b.update(r.counts.written, r.counts.written.add(1));
  });
}
