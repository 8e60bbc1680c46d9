// §6 rezen_onboarding_jobs (405): New/Started/Complete/Partial/Error (reconstructed from the seed report; types are our choice where it gives none).
import { t, table } from '@xac/xanoscript-dsl/dsl';

export const rezenOnboardingJobs = table('rezen_onboarding_jobs', {
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    t.int('user_id').references('user'),
    t.enum('status', ['New', 'Started', 'Complete', 'Partial', 'Error']).default('New'),
    t.timestamp('started').optional().nullable(),
    t.bool('transaction_data_loaded').default(false),
    t.bool('listing_data_started').default(false),
    t.bool('listing_data').default(false),
    t.text('transaction_worker_id').optional().nullable(),
    // The "Onboarding Process …" workers' steps (8068–8073): each worker picks the oldest New/Started job
    // of the user whose flag is false, does its step and sets the flag.
    t.bool('cap_data').default(false),
    t.bool('equity_data').default(false),
    t.bool('sponsor_tree').default(false),
    t.bool('revshare_totals').default(false),
    t.bool('pending_contributions').default(false),
    t.bool('contributions').default(false),
    // Worker 8062 (Onboarding Process Network Downline, daily-sync step 9): the user's down-network in network_member.
    t.bool('network_downline').default(false),
    // Workers 8057 (Stage Contributions), 8060 (Load Contributions, after 8057 on the same job) and 8061
    // (Contributors): the split contributions load and the user's contributors in network_member.
    t.bool('stage_contributions').default(false),
    t.bool('load_contributions').default(false),
    t.bool('contributors').default(false),
    // Set when the last step succeeds (status Complete) and when a step fails (status Error, with why).
    t.timestamp('finished').optional().nullable(),
    t.text('error_message').optional().nullable(),
    // Steps that failed in a row since the job last advanced (our column: the seed's list of this table's
    // fields is partial and names no retry count). An Error job is picked up again while it is below
    // MAX_FAILED_ATTEMPTS (shared_onboarding.ts); a step that succeeds sets it back to 0.
    t.int('failed_attempts').default(0),
  ],
  index: [
    { type: 'primary', field: ['id'] },
    { type: 'btree', field: ['status', 'started'] },
  ],
});
