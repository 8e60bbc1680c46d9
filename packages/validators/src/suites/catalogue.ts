// What the daily-sync and workers suites check, from the seed's V2 report: the 11 daily-sync steps in
// order (WORKERS `api:4UsTtl3m`, TASKS `api:4psV7fp6`) with the body sent and the tables each owns,
// and the 22 workers with their test endpoints.

export interface SyncStep {
  readonly step: number;
  readonly name: string;
  readonly group: 'workers' | 'tasks';
  readonly path: string;
  readonly input: Readonly<Record<string, unknown>>;
  /** The tables the step must change for a pass. */
  readonly owns: readonly string[];
}

const w = (step: number, name: string, path: string, owns: string[], input: Record<string, unknown> = { user_id: 60 }): SyncStep => ({ step, name, group: 'workers', path, input, owns });

/** The 11 steps, in the order they run (FUB → reZEN → SkySlope). */
export const DAILY_SYNC_STEPS: readonly SyncStep[] = [
  w(1, 'FUB - Calls Sync', 'test-function-8065-fub-calls', ['fub_calls']),
  w(2, 'FUB - Onboarding Appointments', 'test-function-8067-onboarding-appointments', ['fub_appointments']),
  w(3, 'FUB - Get Deals', 'test-function-10022-get-deals', ['fub_deals']),
  w(4, 'FUB - Lambda Coordinator', 'test-function-8118-lambda-coordinator', ['lambda_job_logs', 'lambda_job_status'], { endpoint_type: 'people', ad_user_id: 60 }),
  { step: 5, name: 'FUB - Daily Update People', group: 'tasks', path: 'test-function-7960-daily-update-people', input: {}, owns: ['fub_people', 'fub_sync_jobs'] },
  w(6, 'reZEN - Transactions Sync', 'test-function-8052-txn-sync', ['transaction', 'participant']),
  w(7, 'reZEN - Listings Sync', 'test-function-8053-listings-sync', ['listing']),
  w(8, 'reZEN - Contributions', 'test-function-8056-contributions', ['contribution']),
  w(9, 'reZEN - Network Downline', 'test-function-8062-network-downline', ['network_member']),
  w(10, 'reZEN - RevShare Totals', 'test-function-8071-revshare-totals', ['revshare_totals']),
  { step: 11, name: 'SkySlope - Account Users Sync', group: 'tasks', path: 'test-skyslope-account-users-sync', input: {}, owns: ['skyslope_users'] },
];

export interface Worker {
  readonly id: number;
  readonly name: string;
  /** Its test endpoint in WORKERS (`/test-function-<id>-<slug>`). */
  readonly path: string;
}

const WORKER_ROWS: ReadonlyArray<[number, string, string]> = [
  [10022, 'FUB - Get Deals', 'get-deals'], [8118, 'FUB - Lambda Coordinator Worker Task', 'lambda-coordinator'],
  [8073, 'reZEN - Onboarding Process Contributions', 'contributions'], [8072, 'reZEN - Onboarding Process Pending Contributions', 'pending-contributions'],
  [8071, 'reZEN - Onboarding Process RevShare Totals', 'revshare-totals'], [8070, 'reZEN - Onboarding Process Agent Sponsor Tree', 'sponsor-tree'],
  [8069, 'reZEN - Onboarding Process Equity', 'equity-ob'], [8068, 'reZEN - Onboarding Process Cap Data', 'cap-data'],
  [8067, 'FUB - Onboarding Appointments Worker', 'onboarding-appointments'], [8065, 'FUB - Get Calls', 'fub-calls'],
  [8062, 'reZEN - Onboarding Process Network Downline', 'network-downline'], [8061, 'reZEN - Onboarding Process Contributors', 'contributors'],
  [8060, 'reZEN - Onboarding Load Contributions', 'load-contributions'], [8059, 'reZEN - Network Frontline', 'network-frontline'],
  [8058, 'reZEN - Network Cap Data', 'network-cap'], [8057, 'reZEN - Onboarding Process Stage Contributions', 'stage-contributions'],
  [8056, 'reZEN - Contributions', 'contributions'], [8055, 'reZEN - Equity', 'equity'], [8054, 'reZEN - Listings Update', 'listings-update'],
  [8053, 'reZEN - Listings Sync', 'listings-sync'], [8052, 'reZEN - Transactions Sync', 'txn-sync'], [8051, 'reZEN - Agent Data', 'agent-data'],
];

/** The 22 workers the seed called through test endpoints. */
export const WORKERS: readonly Worker[] = WORKER_ROWS.map(([id, name, slug]) => ({ id, name, path: `test-function-${id}-${slug}` }));
