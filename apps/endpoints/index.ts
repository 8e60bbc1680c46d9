// The endpoints app: API groups and their endpoints.
export { migration } from './migration/api_group.ts';
export { resetStuckFubJobs } from './migration/reset_stuck_fub_jobs.ts';
export { testMetricsCreateSnapshot } from './migration/test_metrics_create_snapshot.ts';
