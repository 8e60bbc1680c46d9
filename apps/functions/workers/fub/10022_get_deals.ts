// Function 10022 "Workers/FUB - Get Deals" (daily-sync step 3, domain §1.3): the user's FUB deals changed
// since the last sync, upserted into fub_deals on FUB's deal id; no change → the skip shape.
import { now } from '@xac/xanoscript-dsl/dsl';
import { fubDeals } from '../../tables/fub_deals.ts';
import { fubUserWorker, orNull, pullFailed, pullFub, skipped } from './shared_fub.ts';

export const fubGetDeals = fubUserWorker('Workers/FUB - Get Deals', 'Fetches the user\'s Follow Up Boss deals into fub_deals.', (s, userId) => {
  const pull = pullFub(s, userId, { collection: 'deals', entity: 'deals', updatedField: 'updatedAt' }, (deal, b) => {
    b.db.addOrEdit(fubDeals, {
      field_name: 'fub_deal_id',
      field_value: deal.get('id', 0),
      data: {
        fub_deal_id: deal.get('id', 0), user_id: userId, name: deal.get('name', orNull.text), stage_id: deal.get('stageId', orNull.int),
        stage_name: deal.get('stageName', orNull.text), pipeline_id: deal.get('pipelineId', orNull.int), pipeline_name: deal.get('pipelineName', orNull.text),
        price: deal.get('price', orNull.decimal), person_id: deal.get('people', []).get(0, {}).get('id', orNull.int), updated_at: now,
      },
    });
  });
  s.if(pull.error.notNull(), (b) => b.return(pullFailed('fetch_deals', pull.error)));
  s.if(pull.changed.eq(0), (b) => b.return(skipped('No FUB deals changed since the last sync', 'fetch_deals')));
  return { success: true, data: { fetched: pull.fetched, written: pull.changed }, error: null, step: 'complete' };
});
