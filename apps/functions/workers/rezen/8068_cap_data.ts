// Function 8068 "Workers/reZEN - Onboarding Process Cap Data" (reference: the seed's workers, domain
// §1.4; agent → agent_cap_data, §6): the cap status of every agent in the user's reZEN network, from
// the down-network list, written to agent_cap_data (upsert on agent_id_raw; there is no staging
// table for it in the seed).
import { now } from '@xac/xanoscript-dsl/dsl';
import { agentCapData } from '../../tables/agent_cap_data.ts';
import { downNetworkList, fetchPages, onboardingWorker } from './shared_onboarding.ts';

export const onboardingCapData = onboardingWorker({
  name: 'Workers/reZEN - Onboarding Process Cap Data',
  description: 'Onboarding step: writes the cap status of each agent of the user\'s reZEN network to agent_cap_data.',
  flag: 'cap_data',
  entity: 'cap_data',
  run: (s, ctx) => {
    const fetched = fetchPages(s, downNetworkList(s, ctx.yentaId), (record, b) => {
      b.db.addOrEdit(agentCapData, {
        field_name: 'agent_id_raw',
        field_value: record.get('yentaId', ''),
        data: {
          agent_id_raw: record.get('yentaId', ''),
          user_id: ctx.userId,
          capped: record.get('capped', false),
          cap_amount: record.get('capAmount', {}).get('amount', 0),
          total_contribution: record.get('totalContribution', {}).get('amount', 0),
          updated_at: now,
        },
      });
    }, (error, b) => ctx.fail(b, error));
    return { records: fetched, data: { fetched } };
  },
});
