// Function 8060 "Workers/reZEN - Onboarding Load Contributions" (reference: the seed's workers, domain
// §1.4; stage_contributions_rezen_onboarding → contribution, §6): the second half of the split
// contributions load. On a job whose Stage Contributions step (8057) is done, it writes each of the
// user's unprocessed staged contributions to contribution (upsert on contribution_id_raw, the writer
// 8073 and 8056 share) and flags it processed. It sends no request.
import { stageContributionsRezenOnboarding } from '../../tables/stage_contributions_rezen_onboarding.ts';
import { processStaged } from '../shared_staging.ts';
import { upsertContribution } from './shared_contribution.ts';
import { onboardingWorker } from './shared_onboarding.ts';

export const onboardingLoadContributions = onboardingWorker({
  name: 'Workers/reZEN - Onboarding Load Contributions',
  description: 'Onboarding step: writes the contributions Stage Contributions (8057) staged to contribution.',
  flag: 'load_contributions',
  after: 'stage_contributions',
  entity: 'load_contributions',
  run: (s, ctx) => {
    const written = processStaged(s, stageContributionsRezenOnboarding, ctx.userId, 'load', (row, payload, b) => upsertContribution(b, row.external_id, payload, ctx.userId));
    return { records: written, data: { written } };
  },
});
