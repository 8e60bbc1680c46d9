// reZEN - Network Frontline (8059) through its WORKERS test endpoint on the emulator, against the
// stand-ins: every served front-line member lands in network_member, field by field, keyed by
// `<user_id>:<yentaId>` as the down-network step writes it; a second run stages nothing, answers the
// skip shape and leaves network_member and the staging table as they were.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { served, startPipeline, testUser, type Pipeline, type Row } from './integration-harness.ts';

let p: Pipeline;
let front: Row[];
const amount = (r: Row, key: string) => (r[key] as Row)['amount'];
beforeAll(async () => {
  p = await startPipeline({ size: 600 });
  front = await served(`${p.standIns.baseUrls.rezen}/yenta/api/v1/network/agent-60/front-line`, 'rezen');
  await p.seed(testUser());
}, 60_000);
afterAll(async () => p?.close());

const run = () => p.call('4UsTtl3m', 'test-function-8059-network-frontline', { user_id: 60 });

describe('reZEN - Network Frontline', () => {
  it('writes every served front-line member to network_member', async () => {
    const n = front.length;
    expect(n).toBeGreaterThan(3);
    expect(front.every((m) => m['tier'] === 1)).toBe(true);
    expect(await run()).toEqual({ success: true, error: null, step: 'network_frontline', data: { fetched: n, staged: n, written: n } });
    const rows = new Map((await p.rows('network_member')).map((r) => [r['network_member_id_raw'], r]));
    expect(rows.size).toBe(n);
    for (const m of front) {
      expect(rows.get(`60:${m['yentaId'] as string}`)).toMatchObject({
        user_id: 60, downline_agent_id_raw: m['yentaId'], sponsoring_agent_id_raw: m['sponsorYentaId'], tier: 1, capped: m['capped'],
        cap_amount: amount(m, 'capAmount'), total_contribution: amount(m, 'totalContribution'),
      });
    }
    expect(await p.rows('stage_network_downline_rezen_onboarding')).toHaveLength(n);
  });

  it('a second run stages nothing, skips and leaves its tables as they were', async () => {
    const before = await Promise.all([p.rows('network_member'), p.rows('stage_network_downline_rezen_onboarding')]);
    expect(await run()).toEqual({ success: true, skipped: true, reason: 'No reZEN network_frontline changed since the last sync', step: 'network_frontline' });
    expect(await Promise.all([p.rows('network_member'), p.rows('stage_network_downline_rezen_onboarding')])).toEqual(before);
    expect(await p.rows('rezen_sync_state')).toEqual([expect.objectContaining({ user_id: 60, entity_type: 'network_frontline', status: 'success', records_synced: 0 })]);
  });
});
