// Function 8058 "Workers/reZEN - Network Cap Data" (reference: the seed's workers, domain §1.4; agent →
// agent_cap_data, §6): the daily counterpart of the onboarding step 8068. It pages the user's reZEN
// down-network and writes each agent's cap status (capped, capAmount, totalContribution) to
// agent_cap_data, keyed by the agent's yenta id, but only for agents that are new or whose cap
// status changed since the row was written: a second run with nothing changed writes nothing and
// answers the skip shape. The seed has no staging table for cap data, so it writes straight through.
import { now } from '@xac/xanoscript-dsl/dsl';
import { agentCapData } from '../../tables/agent_cap_data.ts';
import { downNetworkList, fetchPages } from './shared_onboarding.ts';
import { rezenSyncWorker } from './shared_sync.ts';

export const rezenNetworkCapData = rezenSyncWorker({
  name: 'Workers/reZEN - Network Cap Data',
  description: 'Syncs the cap status of each agent of the user\'s reZEN network into agent_cap_data (new or changed agents only).',
  entity: 'network_cap',
  run: (s, ctx) => {
    const written = s.var('cap_written', 0);
    const fetched = fetchPages(s, downNetworkList(s, ctx.yentaId), (record, b) => {
      const id = b.var('cap_agent_id', record.get('yentaId', ''));
      const cap = b.var('cap_fields', {
        capped: record.get('capped', false),
        cap_amount: record.get('capAmount', {}).get('amount', 0),
        total_contribution: record.get('totalContribution', {}).get('amount', 0),
      });
      const row = b.db.get(agentCapData, { field_name: 'agent_id_raw', field_value: id, as: 'cap_row' });
      const changed = row.isNull()
        .or(row.get('user_id', 0).ne(ctx.userId))
        .or(row.get('capped', false).ne(cap.get('capped', false)))
        .or(row.get('cap_amount', 0).ne(cap.get('cap_amount', 0)))
        .or(row.get('total_contribution', 0).ne(cap.get('total_contribution', 0)));
      b.if(changed, (c) => {
        c.db.addOrEdit(agentCapData, {
          field_name: 'agent_id_raw',
          field_value: id,
          data: { agent_id_raw: id, user_id: ctx.userId, capped: cap.get('capped', false), cap_amount: cap.get('cap_amount', 0), total_contribution: cap.get('total_contribution', 0), updated_at: now },
        });
        c.update(written, written.add(1));
      });
    }, (error, b) => ctx.fail(b, error));
    return { records: written, data: { fetched, written } };
  },
});
