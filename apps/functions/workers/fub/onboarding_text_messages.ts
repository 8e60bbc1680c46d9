// "Workers/FUB - Onboarding Text Messages Worker" (not one of the seed's 22 workers or 11 daily-sync
// steps; the seed's report names only its tables, stage_text_messages_fub_onboarding → fub_text_messages,
// and the pipeline-health-check staging key `fub_text_messages`): as the appointments worker (8067),
// the user's FUB text messages changed since the last sync (`GET $env.FUB_BASE_URL/v1/textMessages`,
// cursor in fub_sync_state entity `text_messages`) are staged (upsert on the FUB id, unprocessed), then
// every unprocessed staged row of the user is written to fub_text_messages (upsert on
// fub_text_message_id) and flagged processed. The user's fub_sync_jobs row of type `onboarding` moves
// its text_messages columns IN_PROGRESS → COMPLETED (or ERROR). Nothing staged → the skip shape.
import { stageTextMessagesFubOnboarding } from '../../tables/stage_text_messages_fub_onboarding.ts';
import { processStaged, stageRecord } from '../shared_staging.ts';
import { upsertFubTextMessage } from './fub_rows.ts';
import { endFubSyncJob, startFubSyncJob } from './fub_sync_job.ts';
import { fubUserWorker, pullFailed, pullFub, skipped } from './shared_fub.ts';

/** The fub_sync_jobs `type` of the onboarding text-messages sync. */
export const ONBOARDING = 'onboarding';

export const fubOnboardingTextMessages = fubUserWorker('Workers/FUB - Onboarding Text Messages Worker', 'Stages the user\'s Follow Up Boss text messages and writes them to fub_text_messages.', (s, userId) => {
  const jobId = startFubSyncJob(s, userId, ONBOARDING, 'text_messages');
  const pull = pullFub(s, userId, { collection: 'textMessages', entity: 'text_messages', updatedField: 'updated' }, (record, b) => {
    stageRecord(b, stageTextMessagesFubOnboarding, userId, record, b.var('text_message_external_id', record.get('id', 0).toText()));
  });
  s.if(pull.error.notNull(), (b) => {
    endFubSyncJob(b, jobId, 'text_messages', 'ERROR');
    b.return(pullFailed('fetch_text_messages', pull.error));
  });
  const written = processStaged(s, stageTextMessagesFubOnboarding, userId, 'text_message', (row, m, b) => {
    const messageId = b.var('text_message_id', row.external_id.toInt().firstNotEmpty(0));
    upsertFubTextMessage(b, m, messageId, { userId });
  });
  endFubSyncJob(s, jobId, 'text_messages', 'COMPLETED');
  s.if(written.eq(0), (b) => b.return(skipped('No staged FUB text messages to process', 'process_text_messages')));
  return { success: true, data: { fetched: pull.fetched, staged: pull.changed, written }, error: null, step: 'complete' };
});
