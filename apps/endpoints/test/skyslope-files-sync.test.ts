// Workers/SkySlope - Transactions Sync and Listings Sync through their WORKERS test endpoints
// (`test-skyslope-transactions-sync`, `test-skyslope-listings-sync`), end to end on the emulator against
// the stand-ins: every served file is staged once, processed into transaction / listing once (field by
// field, the source `skyslope`) and flagged; the user's sync state says success; pipeline-health-check
// counts the staged rows; a second run skips and changes no row. A SkySlope answering 500 on the second
// page gives the error result, writes no final row and leaves the first page staged unprocessed; the
// run after it writes every file once. A raw id another source already holds is left to that source,
// both ways: the SkySlope syncs leave a reZEN row alone, reZEN's 8052/8053 a SkySlope one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { served, startPipeline, testUser, type Pipeline, type Row } from './integration-harness.ts';

const WORKERS = '4UsTtl3m';

interface Files {
  readonly collection: 'transactions' | 'listings';
  readonly path: string;
  readonly stage: string;
  readonly table: string;
  readonly raw: string;
  readonly source: string;
  readonly guid: string;
  /** The final row's columns as the file gives them. */
  readonly expected: (f: Row) => Row;
}

const lifecycle: Record<string, string> = { Active: 'open', Closed: 'closed', Canceled: 'terminated' };
const FILES: readonly Files[] = [
  {
    collection: 'transactions', path: 'test-skyslope-transactions-sync', stage: 'stage_transactions_skyslope', table: 'transaction',
    raw: 'transaction_id_raw', source: 'sync_source', guid: 'transactionGuid',
    expected: (f) => ({
      user_id: 60, status: f['status'], lifecycle_state: lifecycle[String(f['status'])], sale_price: f['salePrice'], closing_date: f['closingDate'],
      closed: f['status'] === 'Closed', terminated: f['status'] === 'Canceled',
    }),
  },
  {
    collection: 'listings', path: 'test-skyslope-listings-sync', stage: 'stage_listing_skyslope', table: 'listing',
    raw: 'listing_id_raw', source: 'data_source', guid: 'listingGuid',
    expected: (f) => ({ user_id: 60, status: f['status'], list_price: f['listingPrice'], listing_date: f['listingDate'], expiration_date: f['expirationDate'] }),
  },
];

// 150 transactions and 120 listings: two SkySlope pages of 100 each.
const COUNTS = { 'skyslope.transactions': 150, 'skyslope.listings': 120 };
const run = (p: Pipeline, f: Files) => p.call(WORKERS, f.path, { user_id: 60 });
const filesOf = (p: Pipeline, f: Files) => served(`${p.standIns.baseUrls.skyslope}/api/files/${f.collection}`, 'skyslope', f.collection);
const staging = async (p: Pipeline, table: string) => {
  const health = (await (await fetch(`${p.h.emu.url}/api:LIdBL1AN/pipeline-health-check`)).json()) as { data: { staging: Row[]; finalTables: Record<string, number> } };
  return { staged: health.data.staging.find((s) => s['table'] === table), final: health.data.finalTables };
};

const syncState = async (p: Pipeline, f: Files) => (await p.rows('skyslope_sync_state')).filter((r) => r['entity_type'] === f.collection);

describe('the SkySlope file syncs against the stand-ins', () => {
  let p: Pipeline;
  beforeAll(async () => {
    p = await startPipeline({ size: 200, counts: COUNTS });
    await p.seed(testUser());
  }, 60_000);
  afterAll(async () => p?.close());

  it.each(FILES)('$collection: stages and writes every served file once, then a second run skips and changes nothing', async (f) => {
    const files = await filesOf(p, f);
    const n = COUNTS[`skyslope.${f.collection}`];
    expect(files).toHaveLength(n);
    expect(await run(p, f)).toEqual({ success: true, data: { fetched: n, staged: n, written: n, other_source: 0 }, error: null, step: 'complete' });
    const staged = await p.rows(f.stage);
    expect(staged).toHaveLength(n);
    expect(staged.every((r) => r['is_processed'] === true && r['user_id'] === 60)).toBe(true);
    const rows = await p.rows(f.table);
    expect(rows).toHaveLength(n);
    const byRaw = new Map(rows.map((r) => [r[f.raw], r]));
    expect(byRaw.size).toBe(n);
    for (const file of files) expect(byRaw.get(file[f.guid]), String(file[f.guid])).toMatchObject({ ...f.expected(file), [f.source]: 'skyslope' });
    expect(await syncState(p, f)).toEqual([expect.objectContaining({ entity_type: f.collection, user_id: 60, status: 'success', records_synced: n, error_message: null })]);
    expect(await staging(p, f.stage)).toMatchObject({ staged: { table: f.stage, total: n, backlog: 0 }, final: { [f.table]: n } });

    expect(await run(p, f)).toEqual({ success: true, skipped: true, reason: `No SkySlope ${f.collection} changed since the last sync`, step: `sync_${f.collection}` });
    expect(await p.rows(f.table)).toEqual(rows);
    expect(await p.rows(f.stage)).toEqual(staged);
    expect(await syncState(p, f)).toEqual([expect.objectContaining({ status: 'success', records_synced: 0 })]);
  }, 60_000);

  it.each(FILES)('$collection: refuses a user that does not exist', async (f) => {
    expect(await p.call(WORKERS, f.path, { user_id: 61 })).toEqual({ success: false, data: null, error: { code: 'UNKNOWN_USER', message: 'No user has this user_id' }, step: 'validate_input' });
  });
});

describe('the SkySlope file syncs when SkySlope fails on the second page', () => {
  let p: Pipeline;
  beforeAll(async () => {
    p = await startPipeline({ size: 200, counts: COUNTS });
    await p.seed(testUser());
  }, 60_000);
  afterAll(async () => p?.close());

  it.each(FILES)('$collection: answers the error result and writes no final row; the next run writes every file once', async (f) => {
    // Every 2nd request answers 500 (the count goes on across setFaults, and each case before sent an even number): page 1 arrives, page 2 fails.
    expect(p.standIns.stats.total % 2).toBe(0);
    p.standIns.setFaults({ failEvery: 2 });
    expect(await run(p, f)).toMatchObject({
      success: false, data: null, error: { status: 500, page: 2, url: `${p.standIns.baseUrls.skyslope}/api/files/${f.collection}`, message: expect.stringContaining('stand-in fault') },
      step: `fetch_${f.collection}`,
    });
    expect(await p.rows(f.table)).toEqual([]);
    const staged = await p.rows(f.stage);
    expect(staged).toHaveLength(100);
    expect(staged.every((r) => r['is_processed'] === false)).toBe(true);
    expect(await syncState(p, f)).toEqual([expect.objectContaining({ entity_type: f.collection, user_id: 60, status: 'error', records_synced: 0, error_message: expect.stringContaining('stand-in fault') })]);
    expect((await staging(p, f.stage)).staged).toEqual({ table: f.stage, total: 100, backlog: 100 });

    p.standIns.setFaults({});
    const n = COUNTS[`skyslope.${f.collection}`];
    expect(await run(p, f)).toEqual({ success: true, data: { fetched: n, staged: n - 100, written: n, other_source: 0 }, error: null, step: 'complete' });
    const rows = await p.rows(f.table);
    expect(rows).toHaveLength(n);
    expect(new Set(rows.map((r) => r[f.raw]))).toEqual(new Set((await filesOf(p, f)).map((file) => file[f.guid])));
    expect((await staging(p, f.stage)).staged).toEqual({ table: f.stage, total: n, backlog: 0 });
    expect(await syncState(p, f)).toEqual([expect.objectContaining({ status: 'success', records_synced: n, error_message: null })]);
  }, 60_000);
});

describe('a SkySlope file whose raw id another source already holds', () => {
  let p: Pipeline;
  let held: Record<string, Row>;
  beforeAll(async () => {
    p = await startPipeline({ size: 200, counts: { 'skyslope.transactions': 5, 'skyslope.listings': 5 } });
    const [txn] = await filesOf(p, FILES[0] as Files);
    const [lst] = await filesOf(p, FILES[1] as Files);
    held = {
      transaction: { id: 1, user_id: 60, transaction_id_raw: txn?.['transactionGuid'], status: 'OPEN', sync_source: 'rezen' },
      listing: { id: 1, user_id: 60, listing_id_raw: lst?.['listingGuid'], status: 'ACTIVE', data_source: 'rezen' },
    };
    await p.seed({ ...testUser(), transaction: [held['transaction'] as Row], listing: [held['listing'] as Row] });
  }, 60_000);
  afterAll(async () => p?.close());

  it.each(FILES)('leaves the $table row to it and writes the other files', async (f) => {
    expect(await run(p, f)).toEqual({ success: true, data: { fetched: 5, staged: 5, written: 4, other_source: 1 }, error: null, step: 'complete' });
    const rows = await p.rows(f.table);
    expect(rows).toHaveLength(5);
    expect(rows.find((r) => r['id'] === 1)).toMatchObject(held[f.table] as Row);
    expect(rows.filter((r) => r[f.source] === 'skyslope')).toHaveLength(4);
  });
});

describe('a reZEN record whose raw id a SkySlope row already holds', () => {
  let p: Pipeline;
  let held: Record<string, Row>;
  let records: Record<string, Row[]>;
  beforeAll(async () => {
    p = await startPipeline({ size: 200 });
    const base = `${p.standIns.baseUrls.rezen}/arrakis/api/v1/transactions/participant/agent-60`;
    records = { transaction: await served(`${base}/transactions`, 'rezen'), listing: await served(`${base}/listings`, 'rezen') };
    held = {
      transaction: { id: 1, user_id: 60, transaction_id_raw: records['transaction']?.[0]?.['id'], status: 'Active', sync_source: 'skyslope' },
      listing: { id: 1, user_id: 60, listing_id_raw: records['listing']?.[0]?.['id'], status: 'Active', data_source: 'skyslope' },
    };
    await p.seed({ ...testUser(), transaction: [held['transaction'] as Row], listing: [held['listing'] as Row] });
  }, 60_000);
  afterAll(async () => p?.close());

  it.each([
    { table: 'transaction', path: 'test-function-8052-txn-sync', source: 'sync_source' },
    { table: 'listing', path: 'test-function-8053-listings-sync', source: 'data_source' },
  ])('$path leaves the $table row to SkySlope and writes the other records', async ({ table, path, source }) => {
    const n = records[table]?.length ?? 0;
    expect(await p.call(WORKERS, path, { user_id: 60 })).toMatchObject({ success: true, data: { fetched: n, staged: n, written: n - 1, other_source: 1 } });
    const rows = await p.rows(table);
    expect(rows).toHaveLength(n);
    expect(rows.find((r) => r['id'] === 1)).toMatchObject(held[table] as Row);
    expect(rows.filter((r) => r[source] === 'rezen')).toHaveLength(n - 1);
  });
});
