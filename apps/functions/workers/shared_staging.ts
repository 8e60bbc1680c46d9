// Staging: a fetched record is upserted into its stage_* table by the source's id (a re-fetch updates
// the staged row and marks it unprocessed again); processing writes each of the user's unprocessed
// staged rows to the final table and sets is_processed. Shared by the FUB, reZEN and SkySlope workers.
import { now, type Shape, type Stack, type Table, type X } from '@xac/xanoscript-dsl/dsl';
import type { stagePendingContributionRezen } from '../tables/stage_pending_contribution_rezen.ts';

/** Every stage_* table has the stagingTable() columns. */
export type StagingShape = typeof stagePendingContributionRezen extends Table<string, infer S> ? S : never;
type Staging = Table<string, StagingShape>;

/**
 * Upserts one fetched record into a staging table, keyed by the source's id.
 * @example stageRecord(b, stageListingSkyslope, userId, record, record.get('listingGuid', ''));
 */
export function stageRecord<I extends Shape>(s: Stack<I>, stage: Staging, userId: X<'int'>, record: X<'json'>, externalId: X<'text'>): void {
  s.db.addOrEdit(stage, {
    field_name: 'external_id',
    field_value: externalId,
    data: { external_id: externalId, user_id: userId, payload: record, is_processed: false, updated_at: now },
  });
}

/**
 * Writes each unprocessed staged row of the user (every one when `userId` is null) with `write`, then
 * flags it processed; returns how many were written.
 * @example processStaged(s, stageListingSkyslope, null, 'listing', (row, payload, b) => b.db.addOrEdit(listing, …));
 */
export function processStaged<I extends Shape>(
  s: Stack<I>,
  stage: Staging,
  userId: X<'int'> | null,
  prefix: string,
  write: (row: X<'json'> & { external_id: X<'text'>; id: X<'int'> }, payload: X<'json'>, s: Stack<I>) => void,
): X<'int'> {
  const rows = s.db.query(stage, {
    where: (c) => (userId === null ? c.is_processed.eq(false) : c.user_id.eq(userId).and(c.is_processed.eq(false))),
    sort: { id: 'asc' },
    as: `${prefix}_staged`,
  });
  const written = s.var(`${prefix}_written`, 0);
  s.foreach(rows, `${prefix}_row`, (row, b) => {
    write(row as never, b.var(`${prefix}_payload`, row.payload), b);
    b.db.edit(stage, { field_name: 'id', field_value: row.id, data: { is_processed: true, updated_at: now } });
    b.update(written, written.add(1));
  });
  return written;
}

/**
 * Stages a fetched record only when it is new or changed: a staged row with the same source id whose
 * payload gives the same `version` (reZEN's `updatedAt`, a contribution's status, …) is left as it is
 * (processed), so a re-sync of unchanged data processes nothing. Returns whether it staged.
 * @example stageIfChanged(b, stageListingsRezenOnboarding, userId, record, record.get('id', ''), (p) => p.get('updatedAt', ''), 'listing');
 */
export function stageIfChanged<I extends Shape>(
  s: Stack<I>,
  stage: Staging,
  userId: X<'int'>,
  record: X<'json'>,
  externalId: X<'text'>,
  version: (payload: X<'json'>) => X<'text'>,
  prefix: string,
): X<'bool'> {
  const id = s.var(`${prefix}_external_id`, externalId);
  const existing = s.db.get(stage, { field_name: 'external_id', field_value: id, as: `${prefix}_existing` });
  const changed = s.var(`${prefix}_is_changed`, existing.isNull().or(version(existing.get('payload', {})).ne(version(record))));
  s.if(changed, (b) => stageRecord(b, stage, userId, record, id));
  return changed;
}
