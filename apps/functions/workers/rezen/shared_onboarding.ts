// The "Onboarding Process …" workers (8057, 8060–8062, 8068–8073) share one frame, driven by the onboarding job state
// machine (rezen_onboarding_jobs: New → Started → Complete, or Error → Started again): a worker takes
// the user's oldest New or Started job whose step flag is false, or an Error one that has failed fewer
// than MAX_FAILED_ATTEMPTS times in a row — with none it returns the skip shape at the top level —
// resolves the user's reZEN agent id, does its step, sets its flag, and completes the job when every
// step flag is set. A failed step sets the job to Error with the message, counts the failure and returns
// `{success: false, data: null, error, step}`; nothing throws past the worker. The step flags record
// what is done, so a job picked up again resumes at the steps still false.
import { fn, now, t, type FunctionDef, type Shape, type Stack, type Val, type X } from '@xac/xanoscript-dsl/dsl';
import { agent } from '../../tables/agent.ts';
import { rezenOnboardingJobs } from '../../tables/rezen_onboarding_jobs.ts';
import { user } from '../../tables/user.ts';
import { fetchPages } from '../shared_paging.ts';
import { recordRezenSyncState } from '../shared_sync_state.ts';

/** The step flags of rezen_onboarding_jobs the Onboarding Process workers set. */
export const ONBOARDING_STEPS = [
  'cap_data', 'equity_data', 'sponsor_tree', 'revshare_totals', 'pending_contributions', 'contributions', 'network_downline',
  'stage_contributions', 'load_contributions', 'contributors',
] as const;
export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];

type In = { user_id: 'int' };

/** Failures in a row after which an Error job is left alone (and the user's next job is taken). */
export const MAX_FAILED_ATTEMPTS = 3;

/** What a step's body gets: the user, the user's reZEN agent (yenta) id, and how to fail. */
export interface StepContext {
  readonly userId: X<'int'>;
  readonly yentaId: X<'text'>;
  /** Records the failure (sync state, job Error) and returns the failure result from the worker. */
  readonly fail: (s: Stack<In>, error: X<'json'>) => void;
}

export interface OnboardingWorkerSpec {
  /** `Workers/reZEN - Onboarding Process Cap Data`. */
  readonly name: string;
  readonly description: string;
  readonly flag: OnboardingStep;
  /** A step that must be done on the same job first (8060 loads what 8057 staged): a job lacking it is not pending. */
  readonly after?: OnboardingStep;
  /** The entity recorded in rezen_sync_state. */
  readonly entity: string;
  /** Does the step; returns the number of records it wrote and the result's `data`. */
  readonly run: (s: Stack<In>, ctx: StepContext) => { records: X<'int'>; data: Record<string, Val> };
}

const skip = (reason: string, step: string) => ({ success: true, skipped: true, reason, step });

/**
 * An Onboarding Process worker: input `{user_id}` (int), the job frame around `spec.run`.
 * @example export const capData = onboardingWorker({ name: 'Workers/reZEN - Onboarding Process Cap Data', flag: 'cap_data', entity: 'cap_data', description: '…', run: (s, ctx) => … });
 */
export function onboardingWorker(spec: OnboardingWorkerSpec): FunctionDef<In> {
  return fn(spec.name, { description: spec.description, input: [t.int('user_id').description('The user whose onboarding job to advance')] }, (s) => {
    const userId = s.input.user_id;
    const pending = s.db.query(rezenOnboardingJobs, {
      where: (c) => {
        const own = c.user_id.eq(userId).and(pickable(c.status, c.failed_attempts)).and(c[spec.flag].eq(false));
        return spec.after === undefined ? own : own.and(c[spec.after].eq(true));
      },
      sort: { created_at: 'asc' },
      return: { type: 'single' },
      as: 'pending_job',
    });
    const needs = spec.after === undefined ? spec.flag : `${spec.flag} (after ${spec.after})`;
    s.if(pending.isNull(), (b) => b.return(skip(`No pending onboarding job needs ${needs}`, spec.flag)));
    const job = s.requireFound(pending, 'No pending onboarding job');
    const yentaId = agentYentaId(s, userId);
    s.if(yentaId.eq(''), (b) => b.return({ success: false, data: null, error: { code: 'NO_REZEN_AGENT', message: 'The user has no reZEN agent id (agent.agent_id_raw)' }, step: spec.flag }));
    s.if(job.status.eq('New'), (b) => b.db.edit(rezenOnboardingJobs, { field_name: 'id', field_value: job.id, data: { status: 'Started', started: now } }));
    // A retried job goes back to Started; `started` stays the first start (set here if it never was).
    s.if(job.status.eq('Error'), (b) => b.db.edit(rezenOnboardingJobs, {
      field_name: 'id', field_value: job.id, data: { status: 'Started', started: job.started.firstNotNull(now), finished: null },
    }));

    const fail = (b: Stack<In>, error: X<'json'>) => {
      recordRezenSyncState(b, userId, { entity: spec.entity, status: 'error', records: 0, error: error.get('message', 'failed') });
      b.db.edit(rezenOnboardingJobs, {
        field_name: 'id', field_value: job.id, data: { status: 'Error', finished: now, error_message: error.get('message', 'failed'), failed_attempts: job.failed_attempts.add(1) },
      });
      b.return({ success: false, data: null, error, step: spec.flag });
    };
    const { records, data } = spec.run(s, { userId, yentaId, fail });

    recordRezenSyncState(s, userId, { entity: spec.entity, status: 'success', records });
    const done = s.db.edit(rezenOnboardingJobs, { field_name: 'id', field_value: job.id, data: { [spec.flag]: true, failed_attempts: 0 }, as: 'job_done' });
    const all = ONBOARDING_STEPS.map((f) => done[f].eq(true)).reduce((a, b) => a.and(b));
    s.if(all, (b) => b.db.edit(rezenOnboardingJobs, { field_name: 'id', field_value: job.id, data: { status: 'Complete', finished: now, error_message: null } }));
    return { success: true, data: { job_id: job.id, ...data }, error: null, step: spec.flag };
  });
}

/** A job a worker may take: New, Started, or Error with fewer than MAX_FAILED_ATTEMPTS failures in a row. */
const pickable = (status: X<'text'>, failed: X<'int'>) => status.eq('New').or(status.eq('Started')).or(status.eq('Error').and(failed.lt(MAX_FAILED_ATTEMPTS)));

/**
 * The user's reZEN agent id (agent.agent_id_raw of user.agent_id), "" when there is none.
 * @example const yentaId = agentYentaId(s, s.input.user_id);
 */
export function agentYentaId<I extends Shape>(s: Stack<I>, userId: X<'int'>): X<'text'> {
  const found = s.db.get(user, { field_name: 'id', field_value: userId, as: 'onboarding_user' });
  // A user row with agent_id null answers null to get (the default is only for a missing key).
  const agentId = s.var('onboarding_agent_id', found.get('agent_id', 0).firstNotNull(0));
  const row = s.db.get(agent, { field_name: 'id', field_value: agentId, as: 'onboarding_agent' });
  return s.var('yenta_id', row.get('agent_id_raw', ''));
}

/** A reZEN list under `$env.REZEN_BASE_URL`, paged by pageNumber (from 0) / pageSize / hasNext. */
export function rezenList(path: Val, prefix: string) {
  return {
    url: path,
    page: ['pageNumber', 0] as const,
    pageSize: 'pageSize',
    records: (body: X<'json'>) => body.get('results', []),
    hasMore: (body: X<'json'>) => body.get('hasNext', false),
    prefix,
  };
}

/**
 * The user's reZEN contributions list (`/arrakis/api/v1/revshare/participant/{yentaId}/contributions`).
 * @example fetchPages(s, contributionsList(s, ctx.yentaId), each, (e, b) => ctx.fail(b, e));
 */
export function contributionsList<I extends Shape>(s: Stack<I>, yentaId: X<'text'>) {
  return rezenList(s.env('REZEN_BASE_URL').concat('/arrakis/api/v1/revshare/participant/', yentaId, '/contributions'), 'contributions');
}

/** The user's reZEN down-network list (`/yenta/api/v1/network/{yentaId}/down-network`). */
export function downNetworkList<I extends Shape>(s: Stack<I>, yentaId: X<'text'>) {
  return rezenList(s.env('REZEN_BASE_URL').concat('/yenta/api/v1/network/', yentaId, '/down-network'), 'network');
}

export { fetchPages };
