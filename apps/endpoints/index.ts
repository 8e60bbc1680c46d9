// The endpoints app: API groups and their endpoints.
export { migration } from './migration/api_group.ts';
export { resetStuckFubJobs } from './migration/reset_stuck_fub_jobs.ts';
export { testMetricsCreateSnapshot } from './migration/test_metrics_create_snapshot.ts';
export { workers } from './workers/api_group.ts';
export { tasks } from './tasks/api_group.ts';
export { testFunction8065FubCalls, testFunction8065FubCallsTests, fubGetCallsWorker } from './workers/8065_fub_calls.ts';
export { testFunction10022GetDeals, testFunction10022GetDealsTests, fubGetDealsWorker } from './workers/10022_get_deals.ts';
export { system } from './system/api_group.ts';
export { tableCounts } from './system/table_counts.ts';
export * from './workers/8068_cap_data.ts';
export * from './workers/8071_revshare_totals.ts';
export * from './workers/8072_pending_contributions.ts';
export * from './workers/8073_contributions.ts';
export { testFunction8067OnboardingAppointments, testFunction8067OnboardingAppointmentsTests, fubOnboardingAppointmentsWorker } from './workers/8067_onboarding_appointments.ts';
export { testFunction7960DailyUpdatePeople, testFunction7960DailyUpdatePeopleTests } from './tasks/7960_daily_update_people.ts';
