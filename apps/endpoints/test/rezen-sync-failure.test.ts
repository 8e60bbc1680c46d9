// The reZEN sync workers 8051, 8054, 8055, 8058 and 8059 when reZEN fails (stand-ins answering 500 to
// every request): each answers `{success: false, data: null, error, step}` instead of throwing,
// records `error` in rezen_sync_state and writes none of its rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPipeline, testUser, type Pipeline } from './integration-harness.ts';

let p: Pipeline;
beforeAll(async () => {
  p = await startPipeline({ size: 50, failEvery: 1 });
  await p.seed(testUser());
}, 60_000);
afterAll(async () => p?.close());

const call = (path: string) => p.call('4UsTtl3m', path, { user_id: 60 });
const syncState = async (entity: string) => (await p.rows('rezen_sync_state')).find((r) => r['entity_type'] === entity);

describe('a reZEN sync worker whose request fails', () => {
  it('8051 answers the failure result, records the error and leaves the agent row as it was', async () => {
    const before = await p.rows('agent');
    const res = await call('test-function-8051-agent-data');
    expect(res).toMatchObject({ success: false, data: null, step: 'agent', error: { status: 500, url: `${p.standIns.baseUrls.rezen}/yenta/api/v1/agents/agent-60` } });
    expect(await syncState('agent')).toMatchObject({ user_id: 60, status: 'error', records_synced: 0, error_message: (res['error'] as Record<string, unknown>)['message'] });
    expect(await p.rows('agent')).toEqual(before);
  });

  it('8058 answers the failure result, records the error and writes no cap row', async () => {
    const res = await call('test-function-8058-network-cap');
    expect(res).toMatchObject({ success: false, data: null, step: 'network_cap', error: { status: 500, page: 0 } });
    expect(await syncState('network_cap')).toMatchObject({ user_id: 60, status: 'error', records_synced: 0 });
    expect(await p.rows('agent_cap_data')).toEqual([]);
  });

  it('8059 answers the failure result, records the error and stages and writes no member', async () => {
    const res = await call('test-function-8059-network-frontline');
    expect(res).toMatchObject({ success: false, data: null, step: 'network_frontline', error: { status: 500, page: 0 } });
    expect(await syncState('network_frontline')).toMatchObject({ user_id: 60, status: 'error', records_synced: 0 });
    expect(await p.rows('network_member')).toEqual([]);
    expect(await p.rows('stage_network_downline_rezen_onboarding')).toEqual([]);
  });

  it('8054 answers the failure result, records the error and leaves the open listing as it was', async () => {
    await p.seed({ listing: [{ id: 1, user_id: 60, listing_id_raw: 'listing-1', status: 'ACTIVE', data_source: 'rezen' }] });
    const before = await p.rows('listing');
    const res = await call('test-function-8054-listings-update');
    expect(res).toMatchObject({ success: false, data: null, step: 'listings_update', error: { status: 500, url: `${p.standIns.baseUrls.rezen}/arrakis/api/v1/listings/listing-1` } });
    expect(await syncState('listings_update')).toMatchObject({ user_id: 60, status: 'error', records_synced: 0 });
    expect(await p.rows('listing')).toEqual(before);
  });

  it('8055 answers the failure result, records the error and writes no equity row', async () => {
    const res = await call('test-function-8055-equity');
    expect(res).toMatchObject({ success: false, data: null, step: 'equity', error: { status: 500, page: 0 } });
    expect(await syncState('equity')).toMatchObject({ user_id: 60, status: 'error', records_synced: 0 });
    expect(await p.rows('equity_transactions')).toEqual([]);
  });
});
