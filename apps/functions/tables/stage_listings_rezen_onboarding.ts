// Staging table 486 of the seed report → listing.
import { stagingTable } from './staging.ts';

export const stageListingsRezenOnboarding = stagingTable('stage_listings_rezen_onboarding', 'Staged reZEN listings of onboarding, processed into listing.');
