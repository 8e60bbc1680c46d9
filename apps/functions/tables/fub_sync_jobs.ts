// §6 fub_sync_jobs (475): a `type` plus, for each FUB entity, `{entity}_status` (PENDING / IN_PROGRESS /
// COMPLETED / ERROR, the seed's upper-case vocabulary), `_last_started_at` and `_last_finished_at`.
import { t, table } from '@xac/xanoscript-dsl/dsl';

/** The FUB entities a sync job tracks (the seed's per-entity columns). */
export const FUB_SYNC_ENTITIES = ['people', 'calls', 'events', 'deals', 'appointments', 'text_messages'] as const;

const perEntity = FUB_SYNC_ENTITIES.flatMap((e) => [
  t.enum(`${e}_status`, ['PENDING', 'IN_PROGRESS', 'COMPLETED', 'ERROR']).optional().nullable(),
  t.timestamp(`${e}_last_started_at`).optional().nullable(),
  t.timestamp(`${e}_last_finished_at`).optional().nullable(),
]);

export const fubSyncJobs = table('fub_sync_jobs', {
  description: 'Follow Up Boss sync jobs (one per user and type, updated by each run), with a status and the last start/finish per entity.',
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    // The last time the job row changed (read by the daily-sync suite).
    t.timestamp('updated_at').optional().nullable(),
    // What started the job (`daily_update` for Tasks/FUB - Daily Update People).
    t.text('type'),
    t.int('user_id').references('user'),
    ...perEntity,
  ],
  index: [
    { type: 'primary', field: ['id'] },
    { type: 'btree', field: ['user_id', 'type'] },
  ],
});
