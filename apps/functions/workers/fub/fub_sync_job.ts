// A user's fub_sync_jobs row (one per user and `type`) moved around one entity's pull: IN_PROGRESS with
// `<entity>_last_started_at` before it (the row added on the first run), then COMPLETED or ERROR with
// `<entity>_last_finished_at`. Shared by Workers/FUB - Get People (`daily_update`) and the onboarding
// text-messages worker (`onboarding`).
import { now, type Shape, type Stack, type X } from '@xac/xanoscript-dsl/dsl';
import { fubSyncJobs, type FUB_SYNC_ENTITIES } from '../../tables/fub_sync_jobs.ts';

type Entity = (typeof FUB_SYNC_ENTITIES)[number];
type JobStatus = 'PENDING' | 'IN_PROGRESS' | 'COMPLETED' | 'ERROR';

/** The entity's status column and one of its two timestamps, set to `status` and now. */
const columns = <E extends Entity>(entity: E, status: JobStatus, at: 'last_started_at' | 'last_finished_at') =>
  ({ [`${entity}_status`]: status, [`${entity}_${at}`]: now, updated_at: now }) as { [K in `${E}_status`]: JobStatus } & { [K in `${E}_${typeof at}`]: typeof now } & { updated_at: typeof now };

/**
 * Marks the entity IN_PROGRESS on the user's job row of `type` (adding the row on the first run); answers its id.
 * @example const jobId = startFubSyncJob(s, userId, 'daily_update', 'people');
 */
export function startFubSyncJob<I extends Shape>(s: Stack<I>, userId: X<'int'>, type: string, entity: Entity): X<'int'> {
  const job = s.db.query(fubSyncJobs, { where: (c) => c.user_id.eq(userId).and(c.type.eq(type)), return: { type: 'single' }, as: `${entity}_sync_job` });
  const jobId = s.var(`${entity}_job_id`, job.get('id', 0));
  const started = { type, user_id: userId, ...columns(entity, 'IN_PROGRESS', 'last_started_at') };
  s.if(job.isNull(), (b) => {
    const added = b.db.add(fubSyncJobs, { data: started, as: `${entity}_job_added` });
    b.update(jobId, added.id);
  }).else((b) => b.db.edit(fubSyncJobs, { field_name: 'id', field_value: jobId, data: started }));
  return jobId;
}

/**
 * Ends the entity's run on the job row: COMPLETED, or ERROR after a failed pull.
 * @example endFubSyncJob(b, jobId, 'people', 'ERROR');
 */
export function endFubSyncJob<I extends Shape>(s: Stack<I>, jobId: X<'int'>, entity: Entity, status: 'COMPLETED' | 'ERROR'): void {
  s.db.edit(fubSyncJobs, { field_name: 'id', field_value: jobId, data: columns(entity, status, 'last_finished_at') });
}
