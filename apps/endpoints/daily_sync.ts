// The daily sync (reference: the seed's 11 steps, FUB → reZEN → SkySlope): each step's test endpoint,
// the body it is sent and the tables it writes. `xac validate daily-sync` runs them in this order; a
// step passes only if it answers success and one of its tables changed (docs/validation.md). A step
// of the seed not listed here is untestable until its worker lands.
import { contribution, fubAppointments, fubCalls, fubDeals, fubPeople, fubSyncJobs, listing, networkMember, participant, revshareTotals, skyslopeUsers, transaction } from '@xac-app/functions';
import { dailySync } from '@xac/validators/suites';
import { testFunction7960DailyUpdatePeople } from './tasks/7960_daily_update_people.ts';
import { testSkyslopeAccountUsersSync } from './tasks/skyslope_account_users_sync.ts';
import { testFunction10022GetDeals } from './workers/10022_get_deals.ts';
import { testFunction8065FubCalls } from './workers/8065_fub_calls.ts';
import { testFunction8052TxnSync } from './workers/8052_txn_sync.ts';
import { testFunction8053ListingsSync } from './workers/8053_listings_sync.ts';
import { testFunction8056Contributions } from './workers/8056_contributions.ts';
import { testFunction8062NetworkDownline } from './workers/8062_network_downline.ts';
import { testFunction8067OnboardingAppointments } from './workers/8067_onboarding_appointments.ts';
import { testFunction8118LambdaCoordinator } from './workers/8118_lambda_coordinator.ts';
import { testFunction8071RevshareTotals } from './workers/8071_revshare_totals.ts';

export const dailySyncSteps = dailySync([
  { step: 1, name: 'FUB - Calls Sync', integration: 'FUB', endpoint: testFunction8065FubCalls, input: { user_id: 60 }, writes: [fubCalls] },
  { step: 2, name: 'FUB - Onboarding Appointments', integration: 'FUB', endpoint: testFunction8067OnboardingAppointments, input: { user_id: 60 }, writes: [fubAppointments] },
  { step: 3, name: 'FUB - Get Deals', integration: 'FUB', endpoint: testFunction10022GetDeals, input: { user_id: 60 }, writes: [fubDeals] },
  // The batch runs in the background after the answer; the suite settles before it reads fub_people.
  { step: 4, name: 'FUB - Lambda Coordinator', integration: 'FUB', endpoint: testFunction8118LambdaCoordinator, input: { endpoint_type: 'people', ad_user_id: 60 }, writes: [fubPeople] },
  { step: 5, name: 'FUB - Daily Update People', integration: 'FUB', endpoint: testFunction7960DailyUpdatePeople, input: {}, writes: [fubPeople, fubSyncJobs] },
  { step: 6, name: 'reZEN - Transactions Sync', integration: 'reZEN', endpoint: testFunction8052TxnSync, input: { user_id: 60 }, writes: [transaction, participant] },
  { step: 7, name: 'reZEN - Listings Sync', integration: 'reZEN', endpoint: testFunction8053ListingsSync, input: { user_id: 60 }, writes: [listing] },
  { step: 8, name: 'reZEN - Contributions', integration: 'reZEN', endpoint: testFunction8056Contributions, input: { user_id: 60 }, writes: [contribution] },
  { step: 9, name: 'reZEN - Network Downline', integration: 'reZEN', endpoint: testFunction8062NetworkDownline, input: { user_id: 60 }, writes: [networkMember] },
  { step: 10, name: 'reZEN - RevShare Totals', integration: 'reZEN', endpoint: testFunction8071RevshareTotals, input: { user_id: 60 }, writes: [revshareTotals] },
  { step: 11, name: 'SkySlope - Account Users Sync', integration: 'SkySlope', endpoint: testSkyslopeAccountUsersSync, input: {}, writes: [skyslopeUsers] },
]);
