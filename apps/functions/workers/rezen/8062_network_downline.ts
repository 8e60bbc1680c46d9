// Function 8062 "Workers/reZEN - Onboarding Process Network Downline" (daily-sync step 9, domain §1.3;
// an onboarding step, so it runs on the user's oldest pending onboarding job, shared_onboarding.ts):
// the user's reZEN down-network, new or changed members staged in
// stage_network_downline_rezen_onboarding, then each unprocessed staged row written to network_member
// (upsert on `<user_id>:<yentaId>`, the seed's downline store).
import { now, type Shape, type Stack, type X } from '@xac/xanoscript-dsl/dsl';
import { networkMember } from '../../tables/network_member.ts';
import { stageNetworkDownlineRezenOnboarding } from '../../tables/stage_network_downline_rezen_onboarding.ts';
import { processStaged, stageIfChanged } from '../shared_staging.ts';
import { downNetworkList, fetchPages, onboardingWorker } from './shared_onboarding.ts';

/** What makes a down-network member changed: its tier, sponsor, cap status and contribution total. */
export const memberVersion = (p: Parameters<Parameters<typeof stageIfChanged>[5]>[0]) =>
  p.get('tier', 0).toText().concat(':', p.get('sponsorYentaId', '').firstNotNull(''), ':', p.get('capped', false).then('capped', 'open'), ':', p.get('totalContribution', {}).get('amount', 0).toText());

export const onboardingNetworkDownline = onboardingWorker({
  name: 'Workers/reZEN - Onboarding Process Network Downline',
  description: 'Onboarding step: stages the user\'s reZEN down-network and writes it to network_member.',
  flag: 'network_downline',
  entity: 'network_downline',
  run: (s, ctx) => {
    const fetched = fetchPages(s, downNetworkList(s, ctx.yentaId), (record, b) => {
      stageIfChanged(b, stageNetworkDownlineRezenOnboarding, ctx.userId, record, ctx.userId.toText().concat(':', record.get('yentaId', '')), memberVersion, 'member');
    }, (error, b) => ctx.fail(b, error));
    const written = processStaged(s, stageNetworkDownlineRezenOnboarding, ctx.userId, 'member', (row, p, b) => writeNetworkMember(b, ctx.userId, row.external_id, p));
    return { records: written, data: { fetched, written } };
  },
});

/**
 * Writes one staged down-network member to network_member (upsert on `<user_id>:<yentaId>`); shared
 * with Network Frontline (8059), which stages its members in the same table.
 * @example processStaged(s, stageNetworkDownlineRezenOnboarding, userId, 'member', (row, p, b) => writeNetworkMember(b, userId, row.external_id, p));
 */
export function writeNetworkMember<I extends Shape>(b: Stack<I>, userId: X<'int'>, rawId: X<'text'>, p: X<'json'>): void {
  b.db.addOrEdit(networkMember, {
    field_name: 'network_member_id_raw',
    field_value: rawId,
    data: {
      network_member_id_raw: rawId,
      user_id: userId,
      downline_agent_id_raw: p.get('yentaId', ''),
      sponsoring_agent_id_raw: p.get('sponsorYentaId', ''),
      tier: p.get('tier', 0),
      capped: p.get('capped', false),
      cap_amount: p.get('capAmount', {}).get('amount', 0),
      total_contribution: p.get('totalContribution', {}).get('amount', 0),
      updated_at: now,
    },
  });
}
