// Function 8073 "Workers/reZEN - Onboarding Process Contributions" (reference: the seed's workers,
// domain §1.4): the user's reZEN revenue-share contributions, fetched page by page into
// stage_contributions_rezen_onboarding, then each unprocessed staged row written to contribution
// (upsert on contribution_id_raw) and flagged processed.
import { stageContributionsRezenOnboarding } from '../../tables/stage_contributions_rezen_onboarding.ts';
import { contributionsList, fetchPages, onboardingWorker } from './shared_onboarding.ts';
import { processStaged, stageRecord } from '../shared_staging.ts';
import { upsertContribution } from './shared_contribution.ts';

export const onboardingContributions = onboardingWorker({
  name: 'Workers/reZEN - Onboarding Process Contributions',
  description: 'Onboarding step: stages the user\'s reZEN contributions and writes them to contribution.',
  flag: 'contributions',
  entity: 'contributions',
  run: (s, ctx) => {
    const fetched = fetchPages(s, contributionsList(s, ctx.yentaId), (record, b) => stageRecord(b, stageContributionsRezenOnboarding, ctx.userId, record, record.get('id', '')), (error, b) => ctx.fail(b, error));
    const written = processStaged(s, stageContributionsRezenOnboarding, ctx.userId, 'contribution', (row, payload, b) => upsertContribution(b, row.external_id, payload, ctx.userId));
    return { records: written, data: { fetched, written } };
  },
});
