// The shape every stage_* table shares (reference: the seed report's staging tables, all with
// `is_processed` and rows kept after processing). `external_id` is the record's id at the source, unique
// per table, so a sync that fetches the same page twice updates its staged row instead of adding one.
import { t, table } from '@xac/xanoscript-dsl/dsl';

/**
 * A staging table: the payload as fetched, keyed by the source's id, flagged once processed.
 * @example export const stageListingSkyslope = stagingTable('stage_listing_skyslope', 'SkySlope listings, processed into listing.');
 */
export function stagingTable<N extends string>(name: N, description: string) {
  return table(name, {
    description,
    schema: [
      t.int('id'),
      t.timestamp('created_at').default('now'),
      t.timestamp('updated_at').optional().nullable(),
      t.int('user_id').references('user'),
      t.text('external_id'),
      t.json('payload'),
      t.bool('is_processed').default(false),
    ],
    index: [
      { type: 'primary', field: ['id'] },
      { type: 'btree|unique', field: ['external_id'] },
      { type: 'btree', field: ['is_processed'] },
    ],
  });
}
