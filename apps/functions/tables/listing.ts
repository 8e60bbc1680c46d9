// §6 listing (694) (reconstructed from the seed report; types are our choice where it gives none).
import { t, table } from '@xac/xanoscript-dsl/dsl';

export const listing = table('listing', {
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    // When a sync last wrote the row (a re-sync updates it by its raw id instead of adding one).
    t.timestamp('updated_at').optional().nullable(),
    t.text('status'),
    t.decimal('list_price').optional().nullable(),
    t.text('mls_number').optional().nullable(),
    t.text('listing_id_raw'),
    t.text('data_source'),
    // §6 gives listing "dates"; reZEN serves these two (listingDate, expirationDate).
    t.date('listing_date').optional().nullable(),
    t.date('expiration_date').optional().nullable(),
    t.int('transaction_owner_agent_id').optional().nullable().references('agent'),
    t.int('team_id').optional().nullable().references('team'),
    t.int('user_id').optional().nullable().references('user'),
  ],
  index: [
    { type: 'primary', field: ['id'] },
    { type: 'btree|unique', field: ['listing_id_raw'] },
  ],
});
