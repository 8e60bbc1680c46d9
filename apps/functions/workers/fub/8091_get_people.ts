// Function 8091 "Workers/FUB - Get People" (domain §4.4; run for each user by Tasks/FUB - Daily Update
// People, daily-sync step 5): the user's FUB people changed since the last sync, upserted into
// fub_people on FUB's person id, with the user's fub_sync_jobs row (`type = daily_update`) moved
// IN_PROGRESS → COMPLETED (or ERROR) around the pull; no change → the skip shape.
import { now, type Stack, type X } from '@xac/xanoscript-dsl/dsl';
import { fubSyncJobs } from '../../tables/fub_sync_jobs.ts';
import { user } from '../../tables/user.ts';
import { upsertFubPerson } from './fub_rows.ts';
import { fubUserWorker, orNull, pullFailed, pullFub, skipped } from './shared_fub.ts';

/** The fub_sync_jobs `type` of the daily people update. */
export const DAILY_UPDATE = 'daily_update';

export const fubGetPeople = fubUserWorker('Workers/FUB - Get People', 'Fetches the user\'s Follow Up Boss people into fub_people, tracking the daily-update sync job.', (s, userId) => {
  const jobId = startPeopleJob(s, userId);
  const owner = s.db.get(user, { field_name: 'id', field_value: userId, as: 'people_owner' });
  // A user row with agent_id null answers null to get (the default is only for a missing key).
  const agentId = s.var('people_agent_id', owner.get('agent_id', orNull.int));
  const pull = pullFub(s, userId, { collection: 'people', entity: 'people', updatedField: 'updated' }, (person, b) => {
    upsertFubPerson(b, person, { userId, agentId });
  });
  s.if(pull.error.notNull(), (b) => {
    b.db.edit(fubSyncJobs, { field_name: 'id', field_value: jobId, data: { people_status: 'ERROR', people_last_finished_at: now, updated_at: now } });
    b.return(pullFailed('fetch_people', pull.error));
  });
  s.db.edit(fubSyncJobs, { field_name: 'id', field_value: jobId, data: { people_status: 'COMPLETED', people_last_finished_at: now, updated_at: now } });
  s.if(pull.changed.eq(0), (b) => b.return(skipped('No FUB people changed since the last sync', 'fetch_people')));
  return { success: true, data: { fetched: pull.fetched, written: pull.changed }, error: null, step: 'complete' };
});

/** Marks the user's daily-update job IN_PROGRESS (adding it on the first run); answers its id. */
function startPeopleJob(s: Stack<{ user_id: 'int' }>, userId: X<'int'>): X<'int'> {
  const job = s.db.query(fubSyncJobs, { where: (c) => c.user_id.eq(userId).and(c.type.eq(DAILY_UPDATE)), return: { type: 'single' }, as: 'people_sync_job' });
  const jobId = s.var('people_job_id', job.get('id', 0));
  const started = { type: DAILY_UPDATE, user_id: userId, people_status: 'IN_PROGRESS', people_last_started_at: now, updated_at: now } as const;
  s.if(job.isNull(), (b) => {
    const added = b.db.add(fubSyncJobs, { data: started, as: 'people_job_added' });
    b.update(jobId, added.id);
  }).else((b) => b.db.edit(fubSyncJobs, { field_name: 'id', field_value: jobId, data: started }));
  return jobId;
}
