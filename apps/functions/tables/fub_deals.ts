// §6 fub_deals (449): the seed gives only its name, so the columns are the stand-ins' FUB deal fields
// (docs/stand-ins.md), keyed by FUB's deal id.
import { t, table } from '@xac/xanoscript-dsl/dsl';

export const fubDeals = table('fub_deals', {
  description: 'Follow Up Boss deals, one row per FUB deal id (upserted by Workers/FUB - Get Deals).',
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    // The last time a sync wrote the row (read by the daily-sync suite).
    t.timestamp('updated_at').optional().nullable(),
    // FUB's deal id: unique, so a second sync updates instead of duplicating.
    t.int('fub_deal_id'),
    t.int('user_id').references('user'),
    // FUB's `name`, `stageId`/`stageName`, `pipelineId`/`pipelineName`, `price`, the first of `people`, `projectedCloseDate`.
    t.text('name').optional().nullable(),
    t.int('stage_id').optional().nullable(),
    t.text('stage_name').optional().nullable(),
    t.int('pipeline_id').optional().nullable(),
    t.text('pipeline_name').optional().nullable(),
    t.decimal('price').optional().nullable(),
    t.int('person_id').optional().nullable(),
    t.date('projected_close_date').optional().nullable(),
  ],
  index: [
    { type: 'primary', field: ['id'] },
    { type: 'btree|unique', field: ['fub_deal_id'] },
    { type: 'btree', field: ['user_id'] },
  ],
});
