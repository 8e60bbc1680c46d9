// `skyslope_users`: the SkySlope account's users, written by daily-sync step 11 (the seed names the
// table in its daily sync but not in its inventory, so the columns are what the SkySlope users list serves).
import { t, table } from '@xac/xanoscript-dsl/dsl';

export const skyslopeUsers = table('skyslope_users', {
  description: 'Users of the SkySlope account (agents and brokers), one row per SkySlope user guid.',
  schema: [
    t.int('id'),
    t.timestamp('created_at').default('now'),
    // When the last sync wrote the row (a second sync updates it instead of adding one).
    t.timestamp('updated_at').optional().nullable(),
    // userGuid: SkySlope's id of the user, the key a re-sync updates by.
    t.text('skyslope_user_id_raw'),
    // firstName, lastName, email: who the user is.
    t.text('first_name').optional().nullable(),
    t.text('last_name').optional().nullable(),
    t.email('email').optional().nullable(),
    // role: Broker or Agent in the account.
    t.text('role').optional().nullable(),
    // status: Active or not, as SkySlope reports it.
    t.text('status').optional().nullable(),
    // createdOn: when the user was created at SkySlope.
    t.timestamp('skyslope_created_at').optional().nullable(),
  ],
  index: [
    { type: 'primary', field: ['id'] },
    { type: 'btree|unique', field: ['skyslope_user_id_raw'] },
  ],
});
