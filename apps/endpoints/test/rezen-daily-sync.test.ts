// Daily-sync steps 6–9 (reZEN - Transactions Sync 8052, Listings Sync 8053, Contributions 8056,
// Onboarding Process Network Downline 8062) through their WORKERS test endpoints on the emulator,
// against the stand-ins, in the daily sync's order: each writes what the stand-ins serve (field by
// field), keyed by reZEN's ids; a second run stages nothing unchanged and answers the skip shape (8062:
// on the same onboarding job; on a later job it succeeds and adds no row); a record whose staged
// copy is stale is staged again and its row updated in place.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { served, startPipeline, testUser, type Pipeline, type Row } from './integration-harness.ts';

const WORKERS = '4UsTtl3m';
let p: Pipeline;
let transactions: Row[];
let listings: Row[];
let contributions: Row[];
let network: Row[];

beforeAll(async () => {
  p = await startPipeline({ size: 200 });
  const base = `${p.standIns.baseUrls.rezen}/arrakis/api/v1`;
  transactions = await served(`${base}/transactions/participant/agent-60/transactions`, 'rezen');
  listings = await served(`${base}/transactions/participant/agent-60/listings`, 'rezen');
  contributions = await served(`${base}/revshare/participant/agent-60/contributions`, 'rezen');
  network = await served(`${p.standIns.baseUrls.rezen}/yenta/api/v1/network/agent-60/down-network`, 'rezen');
  const [stale] = listings;
  await p.seed({
    ...testUser(),
    rezen_onboarding_jobs: [{ id: 1, user_id: 60, status: 'New' }],
    // A listing synced before and changed since: its staged copy and row are out of date.
    stage_listings_rezen_onboarding: [{ id: 1, user_id: 60, external_id: stale?.['id'], payload: { ...stale, updatedAt: '2020-01-01T00:00:00Z' }, is_processed: true }],
    listing: [{ id: 1, user_id: 60, listing_id_raw: stale?.['id'], status: 'STALE', data_source: 'rezen' }],
  });
}, 60_000);
afterAll(async () => p?.close());

const run = (path: string) => p.call(WORKERS, path, { user_id: 60 });
const byKey = (rows: Row[], key: string) => new Map(rows.map((r) => [r[key], r]));
const amount = (r: Row, key: string) => (r[key] as Row)['amount'];
const state = (r: Row) => (r['lifecycleState'] as Row)['state'];

describe('the first daily sync', () => {
  it('8052 writes every served transaction and each of its participants', async () => {
    expect(transactions).toHaveLength(p.standIns.counts['rezen.transactions']);
    const participants = transactions.flatMap((t) => (t['participants'] as Row[]).map((who) => ({ t, who })));
    const n = transactions.length;
    expect(await run('test-function-8052-txn-sync')).toEqual({ success: true, error: null, step: 'transactions', data: { fetched: n, staged: n, written: n, participants: participants.length, other_source: 0 } });
    const rows = byKey(await p.rows('transaction'), 'transaction_id_raw');
    expect(rows.size).toBe(n);
    for (const t of transactions) {
      expect(rows.get(t['id'])).toMatchObject({
        user_id: 60, status: state(t), lifecycle_state: String(state(t)).toLowerCase(), stage: t['transactionType'], sale_price: amount(t, 'price'),
        gross_commission: amount(t, 'grossCommission'), closing_date: t['closingDateEstimated'], sync_source: 'rezen',
        closed: state(t) === 'CLOSED', terminated: state(t) === 'TERMINATED',
      });
    }
    const people = byKey(await p.rows('participant'), 'participant_id_raw');
    expect(people.size).toBe(participants.length);
    for (const { t, who } of participants) {
      expect(people.get(`${t['id'] as string}:${who['yentaId'] as string}`)).toMatchObject({ agent_id_raw: who['yentaId'], role: who['role'], user_id: 60, transaction_id: rows.get(t['id'])?.['id'] });
    }
  });

  it('8053 writes every served listing, the stale one updated in place', async () => {
    const n = listings.length;
    expect(n).toBe(p.standIns.counts['rezen.listings']);
    // The stale listing is staged again (its updatedAt differs); the rest are new.
    expect(await run('test-function-8053-listings-sync')).toEqual({ success: true, error: null, step: 'listings', data: { fetched: n, staged: n, written: n, other_source: 0 } });
    const rows = byKey(await p.rows('listing'), 'listing_id_raw');
    expect(rows.size).toBe(n);
    expect(rows.get(listings[0]?.['id'])?.['id']).toBe(1);
    for (const l of listings) {
      expect(rows.get(l['id'])).toMatchObject({ user_id: 60, status: state(l), list_price: amount(l, 'price'), listing_date: l['listingDate'], expiration_date: l['expirationDate'], data_source: 'rezen' });
    }
    expect(await p.rows('stage_listings_rezen_onboarding')).toHaveLength(n);
  });

  it('8056 writes every served contribution, linked to its synced transaction', async () => {
    const n = contributions.length;
    expect(await run('test-function-8056-contributions')).toEqual({ success: true, error: null, step: 'contributions', data: { fetched: n, staged: n, written: n } });
    const txns = byKey(await p.rows('transaction'), 'transaction_id_raw');
    const rows = byKey(await p.rows('contribution'), 'contribution_id_raw');
    expect(rows.size).toBe(n);
    for (const c of contributions) {
      expect(rows.get(c['id'])).toMatchObject({ user_id: 60, amount: amount(c, 'amount'), status: c['status'], tier: c['tier'], contribution_type: c['contributionType'], transaction_id: txns.get(c['transactionId'])?.['id'] });
    }
  });

  it('8062 writes every served down-network member on the pending onboarding job', async () => {
    const n = network.length;
    expect(n).toBe(p.standIns.counts['rezen.network']);
    expect(await run('test-function-8062-network-downline')).toEqual({ success: true, error: null, step: 'network_downline', data: { job_id: 1, fetched: n, written: n } });
    const rows = byKey(await p.rows('network_member'), 'network_member_id_raw');
    expect(rows.size).toBe(n);
    for (const m of network) {
      expect(rows.get(`60:${m['yentaId'] as string}`)).toMatchObject({
        user_id: 60, downline_agent_id_raw: m['yentaId'], sponsoring_agent_id_raw: m['sponsorYentaId'], tier: m['tier'], capped: m['capped'],
        cap_amount: amount(m, 'capAmount'), total_contribution: amount(m, 'totalContribution'),
      });
    }
    expect((await p.rows('rezen_onboarding_jobs'))[0]).toMatchObject({ status: 'Started', network_downline: true });
  });
});

const TABLES = { transactions: ['transaction', 'participant'], listings: ['listing'], contributions: ['contribution'] } as const;
const snapshot = async (tables: readonly string[]) => Promise.all(tables.map((t) => p.rows(t)));

describe('the daily sync again', () => {
  it.each([
    ['test-function-8052-txn-sync', 'transactions'],
    ['test-function-8053-listings-sync', 'listings'],
    ['test-function-8056-contributions', 'contributions'],
  ] as const)('%s stages nothing unchanged, answers the skip shape and leaves its tables as they were', async (path, entity) => {
    const before = await snapshot(TABLES[entity]);
    expect(await run(path)).toEqual({ success: true, skipped: true, reason: `No reZEN ${entity} changed since the last sync`, step: entity });
    expect(await snapshot(TABLES[entity])).toEqual(before);
  });

  it('8062 skips on the same job, and on a later job succeeds with no new or rewritten row', async () => {
    const before = await p.rows('network_member');
    expect(await run('test-function-8062-network-downline')).toEqual({ success: true, skipped: true, reason: 'No pending onboarding job needs network_downline', step: 'network_downline' });
    await p.seed({ rezen_onboarding_jobs: [{ id: 2, user_id: 60, status: 'New' }] });
    expect(await run('test-function-8062-network-downline')).toEqual({ success: true, error: null, step: 'network_downline', data: { job_id: 2, fetched: network.length, written: 0 } });
    expect(await p.rows('network_member')).toEqual(before);
  });

  it('records one rezen_sync_state row per entity', async () => {
    const rows = await p.rows('rezen_sync_state');
    expect(rows.map((r) => r['entity_type']).sort()).toEqual(['contributions', 'listings', 'network_downline', 'transactions']);
    expect(rows.find((r) => r['entity_type'] === 'transactions')).toMatchObject({ user_id: 60, status: 'success', records_synced: 0 });
  });
});
