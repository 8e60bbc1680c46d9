// reZEN - Agent Data (8051) through its WORKERS test endpoint on the emulator, against the stand-ins:
// the user's agent row gets the profile reZEN serves for the user's agent id, field by field; a
// second run finds nothing changed, answers the skip shape and leaves the row as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPipeline, testUser, type Pipeline, type Row } from './integration-harness.ts';

let p: Pipeline;
let profile: Row;
beforeAll(async () => {
  p = await startPipeline({ size: 200 });
  profile = (await (await fetch(`${p.standIns.baseUrls.rezen}/yenta/api/v1/agents/agent-60`)).json()) as Row;
  await p.seed(testUser());
}, 60_000);
afterAll(async () => p?.close());

const run = () => p.call('4UsTtl3m', 'test-function-8051-agent-data', { user_id: 60 });

describe('reZEN - Agent Data', () => {
  it('writes the served profile onto the user\'s agent row', async () => {
    expect(await run()).toEqual({ success: true, error: null, step: 'agent', data: { agent_id: 7, written: 1 } });
    const rows = await p.rows('agent');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: 7, user_id: 60, agent_id_raw: 'agent-60', first_name: profile['firstName'], last_name: profile['lastName'], email: profile['emailAddress'],
      phone: profile['phoneNumber'], agent_status: profile['status'], type: profile['type'], join_date: profile['joinDate'],
    });
    expect(rows[0]?.['updated_at']).toEqual(expect.any(Number));
  });

  it('a second run finds nothing changed, skips and leaves the row as it was', async () => {
    const before = await p.rows('agent');
    expect(await run()).toEqual({ success: true, skipped: true, reason: 'No reZEN agent changed since the last sync', step: 'agent' });
    expect(await p.rows('agent')).toEqual(before);
    expect(await p.rows('rezen_sync_state')).toEqual([expect.objectContaining({ user_id: 60, entity_type: 'agent', status: 'success', records_synced: 0 })]);
  });
});
