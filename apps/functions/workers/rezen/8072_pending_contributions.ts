// Function 8072 "Workers/reZEN - Onboarding Process Pending Contributions" (reference: the seed's
// workers, domain §1.4; pipeline contributions_pending → contribution, §6): the user's reZEN
// contributions still PENDING, staged in stage_pending_contribution_rezen, then each unprocessed
// staged row written to contributions_pending (upsert on contribution_id_raw) and flagged processed.
import { now } from '@xac/xanoscript-dsl/dsl';
import { contributionsPending } from '../../tables/contributions_pending.ts';
import { stagePendingContributionRezen } from '../../tables/stage_pending_contribution_rezen.ts';
import { contributionsList, fetchPages, onboardingWorker } from './shared_onboarding.ts';
import { processStaged, stageRecord } from '../shared_staging.ts';

export const onboardingPendingContributions = onboardingWorker({
  name: 'Workers/reZEN - Onboarding Process Pending Contributions',
  description: 'Onboarding step: stages the user\'s pending reZEN contributions and writes them to contributions_pending.',
  flag: 'pending_contributions',
  entity: 'contributions_pending',
  run: (s, ctx) => {
    const fetched = fetchPages(s, contributionsList(s, ctx.yentaId), (record, b) => {
      b.if(record.get('status', '').eq('PENDING'), (p) => stageRecord(p, stagePendingContributionRezen, ctx.userId, record, record.get('id', '')));
    }, (error, b) => ctx.fail(b, error));
    const written = processStaged(s, stagePendingContributionRezen, ctx.userId, 'pending', (row, payload, b) => {
      b.db.addOrEdit(contributionsPending, {
        field_name: 'contribution_id_raw',
        field_value: row.external_id,
        data: {
          contribution_id_raw: row.external_id,
          user_id: ctx.userId,
          transaction_id_raw: payload.get('transactionId', ''),
          contributing_agent_id_raw: payload.get('contributingAgentYentaId', ''),
          receiving_agent_id_raw: payload.get('receivingAgentYentaId', ''),
          amount: payload.get('amount', {}).get('amount', 0),
          tier: payload.get('tier', 0),
          status: payload.get('status', ''),
          contribution_type: payload.get('contributionType', ''),
          contribution_date: payload.get('contributionDate', ''),
          updated_at: now,
        },
      });
    });
    return { records: written, data: { fetched, written } };
  },
});
