// Reconstructed from reference/domain.md §4.4 (table 476): jobs move New → In Process → Complete or Error,
// and `started` is set when a worker really starts one.
import { t, table } from '@xac/xanoscript-dsl/dsl';

export const fubOnboardingJobs = table('fub_onboarding_jobs', {
  description: 'Follow Up Boss onboarding jobs, one per user and FUB account.',
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    t.int('user_id').references('user'),
    t.int('fub_account_id').optional().nullable().references('fub_accounts'),
    t.enum('status', ['New', 'In Process', 'Complete', 'Error']).default('New'),
    t.timestamp('started').optional().nullable(),
    t.timestamp('finished').optional().nullable(),
    t.text('error_message').optional().nullable(),
  ],
  index: [
    { type: 'primary', field: ['id'] },
    { type: 'btree', field: ['status', 'started'] },
    { type: 'btree', field: ['user_id'] },
  ],
});
