// Function 8057 "Workers/reZEN - Onboarding Process Stage Contributions" (reference: the seed's
// workers, domain §1.4; stage_contributions_rezen_onboarding → contribution, §6): the first half of the
// split contributions load. It pages the user's reZEN contributions into
// stage_contributions_rezen_onboarding (upsert on reZEN's id, `is_processed = false`) and writes no
// final row; Load Contributions (8060) writes the staged rows to contribution on the same job.
import { stageContributionsRezenOnboarding } from '../../tables/stage_contributions_rezen_onboarding.ts';
import { stageRecord } from '../shared_staging.ts';
import { contributionsList, fetchPages, onboardingWorker } from './shared_onboarding.ts';

export const onboardingStageContributions = onboardingWorker({
  name: 'Workers/reZEN - Onboarding Process Stage Contributions',
  description: 'Onboarding step: stages the user\'s reZEN contributions in stage_contributions_rezen_onboarding (unprocessed).',
  flag: 'stage_contributions',
  entity: 'stage_contributions',
  run: (s, ctx) => {
    const staged = fetchPages(s, { ...contributionsList(s, ctx.yentaId), prefix: 'stage' }, (record, b) => stageRecord(b, stageContributionsRezenOnboarding, ctx.userId, record, record.get('id', '')), (error, b) => ctx.fail(b, error));
    return { records: staged, data: { fetched: staged, staged } };
  },
});
