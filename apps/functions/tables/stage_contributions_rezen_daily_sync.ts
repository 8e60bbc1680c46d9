// Staging table 507 of the seed report → contribution.
import { stagingTable } from './staging.ts';

export const stageContributionsRezenDailySync = stagingTable('stage_contributions_rezen_daily_sync', 'Staged reZEN revenue-share contributions of the daily sync, processed into contribution.');
