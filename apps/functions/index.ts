// The functions app: tables, workers, task wrappers and scheduled tasks. Other apps import the
// tables from here so their db.* statements are typed.
export { user } from './tables/user.ts';
export { transaction } from './tables/transaction.ts';
export { metricsSnapshots } from './tables/metrics_snapshots.ts';
export { fubOnboardingJobs } from './tables/fub_onboarding_jobs.ts';
export { createSnapshot } from './workers/metrics_create_snapshot.ts';
export { transactionsByLifecycleGroup } from './workers/metrics_transactions_by_lifecycle_group.ts';
export { createSnapshotTask } from './tasks/metrics_create_snapshot.ts';
export { createSnapshotHourly } from './tasks/metrics_create_snapshot_v3.ts';
