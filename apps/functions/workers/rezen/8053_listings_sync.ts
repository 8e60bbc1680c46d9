// Function 8053 "Workers/reZEN - Listings Sync" (daily-sync step 7, domain §1.3): the user's reZEN
// listings (every lifecycle group), new or changed (`updatedAt`) ones staged in
// stage_listings_rezen_onboarding, then each unprocessed staged row written to listing (upsert on
// listing_id_raw); a raw id a SkySlope row already holds is left to it (shared_source.ts, counted in
// `other_source`). Nothing new or changed → the skip shape.
import { now } from '@xac/xanoscript-dsl/dsl';
import { listing } from '../../tables/listing.ts';
import { stageListingsRezenOnboarding } from '../../tables/stage_listings_rezen_onboarding.ts';
import { fetchPages } from '../shared_paging.ts';
import { writeIfOwn } from '../shared_source.ts';
import { processStaged, stageIfChanged } from '../shared_staging.ts';
import { listingsList, rezenSyncWorker } from './shared_sync.ts';

export const rezenListingsSync = rezenSyncWorker({
  name: 'Workers/reZEN - Listings Sync',
  description: 'Syncs the user\'s reZEN listings into listing.',
  entity: 'listings',
  run: (s, ctx) => {
    const staged = s.var('listings_staged', 0);
    const fetched = fetchPages(s, listingsList(s, ctx.yentaId), (record, b) => {
      const changed = stageIfChanged(b, stageListingsRezenOnboarding, ctx.userId, record, record.get('id', ''), (p) => p.get('updatedAt', ''), 'listing');
      b.if(changed, (c) => c.update(staged, staged.add(1)));
    }, (error, b) => ctx.fail(b, error));
    const written = s.var('listings_written', 0);
    const otherSource = s.var('listings_other_source', 0);
    processStaged(s, stageListingsRezenOnboarding, ctx.userId, 'listing', (row, p, b) => {
      const held = b.db.get(listing, { field_name: 'listing_id_raw', field_value: row.external_id, as: 'listing_held' });
      writeIfOwn(b, held.get('data_source', ''), 'rezen', 'listing', { written, otherSource }, (w) => w.db.addOrEdit(listing, {
        field_name: 'listing_id_raw',
        field_value: row.external_id,
        data: {
          listing_id_raw: row.external_id,
          status: p.get('lifecycleState', {}).get('state', ''),
          list_price: p.get('price', {}).get('amount', 0),
          listing_date: p.get('listingDate', ''),
          expiration_date: p.get('expirationDate', ''),
          data_source: 'rezen',
          user_id: ctx.userId,
          updated_at: now,
        },
      }));
    });
    return { records: written, data: { fetched, staged, written, other_source: otherSource } };
  },
});
