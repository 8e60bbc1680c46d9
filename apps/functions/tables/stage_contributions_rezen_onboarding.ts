// Staging table 491 of the seed report → contribution.
import { stagingTable } from './staging.ts';

export const stageContributionsRezenOnboarding = stagingTable('stage_contributions_rezen_onboarding', 'Staged reZEN revenue-share contributions of onboarding, processed into contribution.');
