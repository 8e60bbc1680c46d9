// Function 8054 "Workers/reZEN - Listings Update" (reference: the seed's workers, domain §1.4): where
// Listings Sync (8053) brings in the user's listings from reZEN's lists, this refreshes the ones that
// are still open. For each of the user's reZEN listings in `listing` whose status is ACTIVE it reads
// the listing itself (`GET /arrakis/api/v1/listings/{id}`, which also gives the MLS number the lists
// do not) and writes status, list price, expiration date and MLS number when one of them differs.
// Closed listings are final and not read again. Nothing differs → the skip shape. Any failed read
// (a listing reZEN no longer serves included) fails the run.
import { now } from '@xac/xanoscript-dsl/dsl';
import { listing } from '../../tables/listing.ts';
import { fetchRecord } from '../shared_request.ts';
import { rezenSyncWorker } from './shared_sync.ts';

export const rezenListingsUpdate = rezenSyncWorker({
  name: 'Workers/reZEN - Listings Update',
  description: 'Refreshes the user\'s open reZEN listings in listing from reZEN\'s listing records.',
  entity: 'listings_update',
  run: (s, ctx) => {
    const open = s.db.query(listing, {
      where: (c) => c.user_id.eq(ctx.userId).and(c.data_source.eq('rezen')).and(c.status.eq('ACTIVE')),
      sort: { id: 'asc' },
      as: 'open_listings',
    });
    const checked = s.var('listings_checked', 0);
    const written = s.var('listings_updated', 0);
    s.foreach(open, 'open_listing', (row, b) => {
      const detail = fetchRecord(b, { url: b.env('REZEN_BASE_URL').concat('/arrakis/api/v1/listings/', row.listing_id_raw), prefix: 'listing_detail' }, (error, c) => ctx.fail(c, error));
      const fields = {
        status: detail.get('lifecycleState', {}).get('state', ''),
        list_price: detail.get('price', {}).get('amount', 0),
        expiration_date: detail.get('expirationDate', ''),
        mls_number: detail.get('mlsNumber', ''),
      } as const;
      const keys = Object.keys(fields) as (keyof typeof fields)[];
      const changed = b.var('listing_changed', keys.map((k) => row[k].ne(fields[k])).reduce((x, y) => x.or(y)));
      b.if(changed, (c) => {
        c.db.edit(listing, { field_name: 'id', field_value: row.id, data: { ...fields, updated_at: now } });
        c.update(written, written.add(1));
      });
      b.update(checked, checked.add(1));
    });
    return { records: written, data: { checked, written } };
  },
});
