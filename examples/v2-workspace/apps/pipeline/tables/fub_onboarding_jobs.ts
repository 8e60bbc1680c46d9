// §4.4 / §6 fub_onboarding_jobs (476): New → In Process (with started) → Complete/Error (reconstructed from the seed report; types are our choice where it gives none).
import { t, table } from '@xac/xanoscript-dsl/dsl';

export const fubOnboardingJobs = table('fub_onboarding_jobs', {
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    t.int('user_id').references('user'),
    t.enum('status', ['New', 'In Process', 'Complete', 'Error']).default('New'),
    t.timestamp('started').optional().nullable(),
    t.timestamp('finished').optional().nullable(),
    t.text('error_message').optional().nullable(),
  ],
  index: [
    { type: 'primary', field: ['id'] },
    { type: 'btree', field: ['status', 'started'] },
  ],
});
