// What the fault tests read after a run: the rows of a table through the emulator's Meta route, the
// job rows left in flight, and the final tables with the unique id each is written on (so a count that
// equals what the stand-ins serve is also free of duplicates).
import type { CollectionName } from '@xac/xano-deploy/stand-ins';

import type { Row } from './integration-harness.ts';

export type { Row };
/** Reads a table's rows (in id order). */
export type RowsOf = (table: string) => Promise<Row[]>;

/**
 * Job rows that claim work is under way: a FUB onboarding job `In Process` (the seed's failure was such
 * a job with `started` null, which its poller never picked up again), a reZEN onboarding job `Started`,
 * a Lambda job `pending`/`running`, a FUB sync job `IN_PROGRESS`; each with whether its start time is set.
 * @example expect((await inFlight(rows)).filter((j) => !j.started)).toEqual([]);
 */
export async function inFlight(rows: RowsOf): Promise<Array<{ table: string; id: unknown; status: unknown; started: boolean }>> {
  const pick = (table: string, rs: Row[], busy: (r: Row) => unknown, started: (r: Row) => unknown) =>
    rs.filter((r) => busy(r)).map((r) => ({ table, id: r['id'], status: busy(r), started: started(r) != null }));
  return [
    ...pick('fub_onboarding_jobs', await rows('fub_onboarding_jobs'), (r) => r['status'] === 'In Process' && r['status'], (r) => r['started']),
    ...pick('rezen_onboarding_jobs', await rows('rezen_onboarding_jobs'), (r) => ['In Process', 'Started'].includes(r['status'] as string) && r['status'], (r) => r['started']),
    ...pick('lambda_job_status', await rows('lambda_job_status'), (r) => ['pending', 'running'].includes(r['status'] as string) && r['status'], (r) => (r['status'] === 'pending' ? r['created_at'] : r['started_at'])),
    ...pick('fub_sync_jobs', await rows('fub_sync_jobs'), (r) => r['people_status'] === 'IN_PROGRESS' && r['people_status'], (r) => r['people_last_started_at']),
  ];
}

/** The daily sync's final tables, the stand-in collection each mirrors one row per record, and the column it is written on. */
export const FINAL_TABLES: ReadonlyArray<{ table: string; collection: CollectionName; key: string }> = [
  { table: 'fub_calls', collection: 'fub.calls', key: 'fub_call_id' },
  { table: 'fub_appointments', collection: 'fub.appointments', key: 'fub_appointment_id' },
  { table: 'fub_deals', collection: 'fub.deals', key: 'fub_deal_id' },
  { table: 'fub_people', collection: 'fub.people', key: 'fub_people_id' },
  { table: 'transaction', collection: 'rezen.transactions', key: 'transaction_id_raw' },
  { table: 'listing', collection: 'rezen.listings', key: 'listing_id_raw' },
  { table: 'contribution', collection: 'rezen.contributions', key: 'contribution_id_raw' },
  { table: 'network_member', collection: 'rezen.network', key: 'network_member_id_raw' },
  { table: 'skyslope_users', collection: 'skyslope.users', key: 'skyslope_user_id_raw' },
];

/**
 * Each final table's row count and distinct keys, beside what the stand-ins serve.
 * @example expect(await finalCounts(rows, standIns.counts)).toEqual(expected(standIns.counts));
 */
export async function finalCounts(rows: RowsOf): Promise<Record<string, { rows: number; distinct: number }>> {
  const out: Record<string, { rows: number; distinct: number }> = {};
  for (const f of FINAL_TABLES) {
    const rs = await rows(f.table);
    out[f.table] = { rows: rs.length, distinct: new Set(rs.map((r) => r[f.key])).size };
  }
  return out;
}

/** What finalCounts must answer after a complete sync: every served record once. */
export const served = (counts: Readonly<Record<CollectionName, number>>) =>
  Object.fromEntries(FINAL_TABLES.map((f) => [f.table, { rows: counts[f.collection], distinct: counts[f.collection] }]));
