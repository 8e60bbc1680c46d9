// Function 8091 "Workers/FUB - Get People" (domain §4.4; run for each user by Tasks/FUB - Daily Update
// People, daily-sync step 5): the user's FUB people changed since the last sync, upserted into
// fub_people on FUB's person id, with the user's fub_sync_jobs row (`type = daily_update`) moved
// IN_PROGRESS → COMPLETED (or ERROR) around the pull; no change → the skip shape.
import { user } from '../../tables/user.ts';
import { upsertFubPerson } from './fub_rows.ts';
import { endFubSyncJob, startFubSyncJob } from './fub_sync_job.ts';
import { fubUserWorker, orNull, pullFailed, pullFub, skipped } from './shared_fub.ts';

/** The fub_sync_jobs `type` of the daily people update. */
export const DAILY_UPDATE = 'daily_update';

export const fubGetPeople = fubUserWorker('Workers/FUB - Get People', 'Fetches the user\'s Follow Up Boss people into fub_people, tracking the daily-update sync job.', (s, userId) => {
  const jobId = startFubSyncJob(s, userId, DAILY_UPDATE, 'people');
  const owner = s.db.get(user, { field_name: 'id', field_value: userId, as: 'people_owner' });
  // A user row with agent_id null answers null to get (the default is only for a missing key).
  const agentId = s.var('people_agent_id', owner.get('agent_id', orNull.int));
  const pull = pullFub(s, userId, { collection: 'people', entity: 'people', updatedField: 'updated' }, (person, b) => {
    upsertFubPerson(b, person, { userId, agentId });
  });
  s.if(pull.error.notNull(), (b) => {
    endFubSyncJob(b, jobId, 'people', 'ERROR');
    b.return(pullFailed('fetch_people', pull.error));
  });
  endFubSyncJob(s, jobId, 'people', 'COMPLETED');
  s.if(pull.changed.eq(0), (b) => b.return(skipped('No FUB people changed since the last sync', 'fetch_people')));
  return { success: true, data: { fetched: pull.fetched, written: pull.changed }, error: null, step: 'complete' };
});
