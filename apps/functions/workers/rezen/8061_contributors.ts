// Function 8061 "Workers/reZEN - Onboarding Process Contributors" (reference: the seed's workers,
// domain §1.4; `contributors` is not a V2 table, §1.1, so the figures go on network_member, §6): the
// agents whose revenue share reaches the user, from reZEN's contributors list
// (`/arrakis/api/v1/revshare/participant/{yentaId}/contributors`), each written to the user's
// network_member row of that agent (upsert on `<user_id>:<yentaId>`, the key 8062 and 8059 use) with
// its tier, contribution_count and contributed_amount; the down-network columns are left to 8062.
import { now } from '@xac/xanoscript-dsl/dsl';
import { networkMember } from '../../tables/network_member.ts';
import { fetchPages, onboardingWorker, rezenList } from './shared_onboarding.ts';

export const onboardingContributors = onboardingWorker({
  name: 'Workers/reZEN - Onboarding Process Contributors',
  description: 'Onboarding step: writes what each of the user\'s reZEN contributors has paid the user to network_member.',
  flag: 'contributors',
  entity: 'contributors',
  run: (s, ctx) => {
    const list = rezenList(s.env('REZEN_BASE_URL').concat('/arrakis/api/v1/revshare/participant/', ctx.yentaId, '/contributors'), 'contributors');
    const fetched = fetchPages(s, list, (record, b) => {
      const rawId = b.var('contributor_member_id', ctx.userId.toText().concat(':', record.get('yentaId', '')));
      b.db.addOrEdit(networkMember, {
        field_name: 'network_member_id_raw',
        field_value: rawId,
        data: {
          network_member_id_raw: rawId,
          user_id: ctx.userId,
          downline_agent_id_raw: record.get('yentaId', ''),
          tier: record.get('tier', 0),
          contribution_count: record.get('contributionCount', 0),
          contributed_amount: record.get('totalContribution', {}).get('amount', 0),
          updated_at: now,
        },
      });
    }, (error, b) => ctx.fail(b, error));
    return { records: fetched, data: { fetched } };
  },
});
