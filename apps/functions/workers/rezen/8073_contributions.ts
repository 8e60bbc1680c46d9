// Function 8073 "Workers/reZEN - Onboarding Process Contributions" (reference: the seed's workers,
// domain §1.4): the user's reZEN revenue-share contributions, fetched page by page into
// stage_contributions_rezen_onboarding, then each unprocessed staged row written to contribution
// (upsert on contribution_id_raw) and flagged processed.
import { now } from '@xac/xanoscript-dsl/dsl';
import { contribution } from '../../tables/contribution.ts';
import { stageContributionsRezenOnboarding } from '../../tables/stage_contributions_rezen_onboarding.ts';
import { transaction } from '../../tables/transaction.ts';
import { contributionsList, fetchPages, onboardingWorker } from './shared_onboarding.ts';
import { processStaged, stageRecord } from '../shared_staging.ts';

export const onboardingContributions = onboardingWorker({
  name: 'Workers/reZEN - Onboarding Process Contributions',
  description: 'Onboarding step: stages the user\'s reZEN contributions and writes them to contribution.',
  flag: 'contributions',
  entity: 'contributions',
  run: (s, ctx) => {
    const fetched = fetchPages(s, contributionsList(s, ctx.yentaId), (record, b) => stageRecord(b, stageContributionsRezenOnboarding, ctx.userId, record, record.get('id', '')), (error, b) => ctx.fail(b, error));
    const written = processStaged(s, stageContributionsRezenOnboarding, ctx.userId, 'contribution', (row, payload, b) => {
      const txn = b.db.get(transaction, { field_name: 'transaction_id_raw', field_value: payload.get('transactionId', ''), as: 'contribution_transaction' });
      b.db.addOrEdit(contribution, {
        field_name: 'contribution_id_raw',
        field_value: row.external_id,
        data: {
          contribution_id_raw: row.external_id,
          user_id: ctx.userId,
          amount: payload.get('amount', {}).get('amount', 0),
          contribution_type: payload.get('contributionType', ''),
          status: payload.get('status', ''),
          contribution_date: payload.get('contributionDate', ''),
          tier: payload.get('tier', 0),
          transaction_id: txn.get('id', null),
          updated_at: now,
        },
      });
    });
    return { records: written, data: { fetched, written } };
  },
});
