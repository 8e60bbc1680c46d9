// Function 8059 "Workers/reZEN - Network Frontline" (reference: the seed's workers, domain §1.4;
// network → network_member, §6): the user's reZEN front line (`GET
// /yenta/api/v1/network/{yentaId}/front-line`, the agents the user sponsors directly, tier 1), new or
// changed members staged in stage_network_downline_rezen_onboarding under the same key and version as
// the down-network step 8062 (`<user_id>:<yentaId>`; tier, sponsor, cap status, contribution total),
// then each unprocessed staged row written to network_member as 8062 writes it. A daily refresh of the
// front line without an onboarding job; a member 8062 already staged unchanged is not staged again.
import { stageNetworkDownlineRezenOnboarding } from '../../tables/stage_network_downline_rezen_onboarding.ts';
import { fetchPages } from '../shared_paging.ts';
import { processStaged, stageIfChanged } from '../shared_staging.ts';
import { memberVersion, writeNetworkMember } from './8062_network_downline.ts';
import { rezenList } from './shared_onboarding.ts';
import { rezenSyncWorker } from './shared_sync.ts';

export const rezenNetworkFrontline = rezenSyncWorker({
  name: 'Workers/reZEN - Network Frontline',
  description: 'Syncs the user\'s reZEN front line (directly sponsored agents) into network_member.',
  entity: 'network_frontline',
  run: (s, ctx) => {
    const staged = s.var('frontline_staged', 0);
    const list = rezenList(s.env('REZEN_BASE_URL').concat('/yenta/api/v1/network/', ctx.yentaId, '/front-line'), 'frontline');
    const fetched = fetchPages(s, list, (record, b) => {
      const changed = stageIfChanged(b, stageNetworkDownlineRezenOnboarding, ctx.userId, record, ctx.userId.toText().concat(':', record.get('yentaId', '')), memberVersion, 'frontline_member');
      b.if(changed, (c) => c.update(staged, staged.add(1)));
    }, (error, b) => ctx.fail(b, error));
    const written = processStaged(s, stageNetworkDownlineRezenOnboarding, ctx.userId, 'frontline_member', (row, p, b) => writeNetworkMember(b, ctx.userId, row.external_id, p));
    return { records: written, data: { fetched, staged, written } };
  },
});
