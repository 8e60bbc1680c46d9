// "Workers/SkySlope - Listings Sync": the user's SkySlope listing files (`/api/files/listings`) through
// stage_listing_skyslope into listing (upsert on listing_id_raw = the `listingGuid`, data_source
// `skyslope`); the frame is shared_files.ts.
import { now } from '@xac/xanoscript-dsl/dsl';
import { listing } from '../../tables/listing.ts';
import { stageListingSkyslope } from '../../tables/stage_listing_skyslope.ts';
import { orNull } from '../fub/shared_fub.ts';
import { SKYSLOPE, skyslopeFilesWorker } from './shared_files.ts';

export const skyslopeListingsSync = skyslopeFilesWorker({
  name: 'Workers/SkySlope - Listings Sync',
  description: 'Syncs the user\'s SkySlope listing files into listing through stage_listing_skyslope.',
  collection: 'listings',
  singular: 'listing',
  guidField: 'listingGuid',
  stage: stageListingSkyslope,
  heldBy: (s, rawId) => s.db.get(listing, { field_name: 'listing_id_raw', field_value: rawId, as: 'listing_held' }).get('data_source', ''),
  write: (s, rawId, p, userId) => {
    s.db.addOrEdit(listing, {
      field_name: 'listing_id_raw',
      field_value: rawId,
      data: {
        listing_id_raw: rawId,
        status: p.get('status', ''),
        list_price: p.get('listingPrice', orNull.decimal),
        listing_date: p.get('listingDate', orNull.text),
        expiration_date: p.get('expirationDate', orNull.text),
        data_source: SKYSLOPE,
        user_id: userId,
        updated_at: now,
      },
    });
  },
});
