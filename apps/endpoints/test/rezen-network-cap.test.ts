// reZEN - Network Cap Data (8058) through its WORKERS test endpoint on the emulator, against the
// stand-ins: every served down-network agent's cap status lands in agent_cap_data, field by field;
// an agent whose row already holds its current cap status is not rewritten, a stale one is updated
// in place; a second run writes nothing, answers the skip shape and leaves the table as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { served, startPipeline, testUser, type Pipeline, type Row } from './integration-harness.ts';

let p: Pipeline;
let network: Row[];
const amount = (r: Row, key: string) => (r[key] as Row)['amount'];
beforeAll(async () => {
  p = await startPipeline({ size: 300 });
  network = await served(`${p.standIns.baseUrls.rezen}/yenta/api/v1/network/agent-60/down-network`, 'rezen');
  const [current, stale] = network as [Row, Row];
  await p.seed({
    ...testUser(),
    agent_cap_data: [
      { id: 1, user_id: 60, agent_id_raw: current['yentaId'], capped: current['capped'], cap_amount: amount(current, 'capAmount'), total_contribution: amount(current, 'totalContribution'), updated_at: 1000 },
      { id: 2, user_id: 60, agent_id_raw: stale['yentaId'], capped: !stale['capped'], cap_amount: 1, total_contribution: 2, updated_at: 1000 },
    ],
  });
}, 60_000);
afterAll(async () => p?.close());

const run = () => p.call('4UsTtl3m', 'test-function-8058-network-cap', { user_id: 60 });

describe('reZEN - Network Cap Data', () => {
  it('writes every served agent\'s cap status, the current row left as it was and the stale one updated in place', async () => {
    const n = network.length;
    expect(n).toBe(p.standIns.counts['rezen.network']);
    expect(await run()).toEqual({ success: true, error: null, step: 'network_cap', data: { fetched: n, written: n - 1 } });
    const rows = new Map((await p.rows('agent_cap_data')).map((r) => [r['agent_id_raw'], r]));
    expect(rows.size).toBe(n);
    for (const m of network) {
      expect(rows.get(m['yentaId'])).toMatchObject({ user_id: 60, capped: m['capped'], cap_amount: amount(m, 'capAmount'), total_contribution: amount(m, 'totalContribution') });
    }
    expect(rows.get(network[0]?.['yentaId'])).toMatchObject({ id: 1, updated_at: 1000 });
    expect(rows.get(network[1]?.['yentaId'])?.['id']).toBe(2);
    expect(rows.get(network[1]?.['yentaId'])?.['updated_at']).toBeGreaterThan(1000);
  });

  it('a second run writes nothing, skips and leaves agent_cap_data as it was', async () => {
    const before = await p.rows('agent_cap_data');
    expect(await run()).toEqual({ success: true, skipped: true, reason: 'No reZEN network_cap changed since the last sync', step: 'network_cap' });
    expect(await p.rows('agent_cap_data')).toEqual(before);
    expect(await p.rows('rezen_sync_state')).toEqual([expect.objectContaining({ user_id: 60, entity_type: 'network_cap', status: 'success', records_synced: 0 })]);
  });
});
