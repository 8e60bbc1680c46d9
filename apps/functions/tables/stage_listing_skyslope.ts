// Staging table 470 of the seed report → listing.
import { stagingTable } from './staging.ts';

export const stageListingSkyslope = stagingTable('stage_listing_skyslope', 'Staged SkySlope listings, processed into listing.');
