// Function 8071 "Workers/reZEN - Onboarding Process RevShare Totals" (reference: the seed's workers,
// domain §1.4, and daily-sync step 10; pipeline contribution → revshare_totals, §6): the user's
// revenue-share income per reZEN revshare tier (1–5), summed from the contribution rows by status,
// written to revshare_totals (one row per user and tier, upsert on revshare_totals_id_raw). It sets its
// job's flag once, so it waits while the user's last contributions sync (8056 or 8073) failed: sums of
// the contributions that run had got would stay wrong after the next run brought the rest.
import { now } from '@xac/xanoscript-dsl/dsl';
import { contribution } from '../../tables/contribution.ts';
import { revshareTotals } from '../../tables/revshare_totals.ts';
import { rezenSyncState } from '../../tables/rezen_sync_state.ts';
import { onboardingWorker } from './shared_onboarding.ts';

/** reZEN's revenue share pays out over five tiers of the sponsor line. */
const TIERS = 5;

export const onboardingRevshareTotals = onboardingWorker({
  name: 'Workers/reZEN - Onboarding Process RevShare Totals',
  description: 'Onboarding step: sums the user\'s contributions per revshare tier into revshare_totals.',
  flag: 'revshare_totals',
  entity: 'revshare_totals',
  run: (s, ctx) => {
    const sync = s.db.query(rezenSyncState, {
      where: (c) => c.user_id.eq(ctx.userId).and(c.entity_type.eq('contributions')), return: { type: 'single' }, as: 'contributions_sync_state',
    });
    s.if(sync.get('status', '').eq('error'), (b) => b.return({
      success: true, skipped: true, step: 'revshare_totals',
      reason: 'The last contributions sync failed: the totals wait for one that succeeds, so they sum every contribution',
    }));
    const written = s.var('tiers_written', 0);
    s.for(TIERS, 'tier_index', (i, f) => {
      const tier = f.var('tier', i.add(1));
      const rows = f.db.query(contribution, { where: (c) => c.user_id.eq(ctx.userId).and(c.tier.eq(tier)), as: 'tier_contributions' });
      const paid = f.var('paid_amount', 0);
      const pending = f.var('pending_amount', 0);
      f.foreach(rows, 'tier_contribution', (row, b) => {
        b.if(row.status.eq('PAID'), (x) => x.update(paid, paid.add(row.amount)));
        b.if(row.status.eq('PENDING'), (x) => x.update(pending, pending.add(row.amount)));
      });
      f.db.addOrEdit(revshareTotals, {
        field_name: 'revshare_totals_id_raw',
        field_value: ctx.userId.toText().concat(':', tier.toText()),
        data: {
          revshare_totals_id_raw: ctx.userId.toText().concat(':', tier.toText()),
          user_id: ctx.userId,
          tier,
          paid_amount: paid,
          pending_amount: pending,
          total_amount: paid.add(pending),
          contribution_count: rows.count(),
          updated_at: now,
        },
      });
      f.update(written, written.add(1));
    });
    return { records: written, data: { tiers: written } };
  },
});
