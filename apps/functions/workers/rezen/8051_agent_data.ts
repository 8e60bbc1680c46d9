// Function 8051 "Workers/reZEN - Agent Data" (reference: the seed's workers, domain §1.4; the second
// step of its onboarding-flow check, §1.5, after the team roster): the user's own reZEN agent profile
// (`GET /yenta/api/v1/agents/{yentaId}`, one record, not a list) written onto the user's agent row
// (§6 agent: names, email, phone, agent_status, type, join_date), matched on agent_id_raw. The row is
// only written when a profile field differs from what it holds, so a second run with nothing changed
// at reZEN writes nothing and answers the skip shape.
import { now } from '@xac/xanoscript-dsl/dsl';
import { agent } from '../../tables/agent.ts';
import { fetchRecord } from '../shared_request.ts';
import { rezenSyncWorker } from './shared_sync.ts';

export const rezenAgentData = rezenSyncWorker({
  name: 'Workers/reZEN - Agent Data',
  description: 'Refreshes the user\'s agent row from the user\'s reZEN agent profile.',
  entity: 'agent',
  run: (s, ctx) => {
    const profile = fetchRecord(s, { url: s.env('REZEN_BASE_URL').concat('/yenta/api/v1/agents/', ctx.yentaId), prefix: 'agent' }, (error, b) => ctx.fail(b, error));
    const row = s.db.get(agent, { field_name: 'agent_id_raw', field_value: ctx.yentaId, as: 'agent_row' });
    const fields = {
      first_name: profile.get('firstName', ''),
      last_name: profile.get('lastName', ''),
      email: profile.get('emailAddress', ''),
      phone: profile.get('phoneNumber', ''),
      agent_status: profile.get('status', ''),
      type: profile.get('type', ''),
      join_date: profile.get('joinDate', ''),
    } as const;
    const keys = Object.keys(fields) as (keyof typeof fields)[];
    const changed = s.var('agent_changed', keys.map((k) => row.get(k, '').ne(fields[k])).reduce((a, b) => a.or(b)));
    const written = s.var('agent_written', 0);
    s.if(changed, (b) => {
      b.db.edit(agent, { field_name: 'agent_id_raw', field_value: ctx.yentaId, data: { ...fields, updated_at: now } });
      b.update(written, 1);
    });
    return { records: written, data: { agent_id: row.get('id', 0), written } };
  },
});
