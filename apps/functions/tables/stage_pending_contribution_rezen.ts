// Staging table 505 of the seed report → contributions_pending.
import { stagingTable } from './staging.ts';

export const stagePendingContributionRezen = stagingTable('stage_pending_contribution_rezen', 'Staged reZEN pending contributions, processed into contributions_pending.');
