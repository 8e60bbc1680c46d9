// Function 8056 "Workers/reZEN - Contributions" (daily-sync step 8, domain §1.3): the user's reZEN
// revenue-share contributions, new ones or those whose status changed (PENDING → PAID) staged in
// stage_contributions_rezen_daily_sync, then each unprocessed staged row written to contribution
// (upsert on contribution_id_raw, shared with the onboarding worker 8073). Nothing new or changed →
// the skip shape.
import { stageContributionsRezenDailySync } from '../../tables/stage_contributions_rezen_daily_sync.ts';
import { fetchPages } from '../shared_paging.ts';
import { processStaged, stageIfChanged } from '../shared_staging.ts';
import { upsertContribution } from './shared_contribution.ts';
import { contributionsList } from './shared_onboarding.ts';
import { rezenSyncWorker } from './shared_sync.ts';

export const rezenContributions = rezenSyncWorker({
  name: 'Workers/reZEN - Contributions',
  description: 'Syncs the user\'s reZEN revenue-share contributions into contribution.',
  entity: 'contributions',
  run: (s, ctx) => {
    const staged = s.var('contributions_staged', 0);
    const fetched = fetchPages(s, contributionsList(s, ctx.yentaId), (record, b) => {
      const changed = stageIfChanged(b, stageContributionsRezenDailySync, ctx.userId, record, record.get('id', ''), (p) => p.get('status', ''), 'contribution');
      b.if(changed, (c) => c.update(staged, staged.add(1)));
    }, (error, b) => ctx.fail(b, error));
    const written = processStaged(s, stageContributionsRezenDailySync, ctx.userId, 'contribution', (row, payload, b) => upsertContribution(b, row.external_id, payload, ctx.userId));
    return { records: written, data: { fetched, staged, written } };
  },
});
