// SkySlope-shaped records (transactions, listings, account users): guids, camelCase
// fields, statuses Active/Closed/Canceled.
import type { CollectionSpec, GenContext } from './collection.js';
import { CITIES, nameOf, STREETS } from './names.js';
import type { Draw } from './random.js';

const agentGuid = (ctx: GenContext, d: Draw) => ctx.uuidOf('skyslope.users', d.int(0, ctx.counts['skyslope.users'] - 1));
const propertyAddress = (d: Draw) => {
  const [city, state] = d.pick(CITIES);
  return { streetNumber: String(d.int(1, 9999)), streetName: d.pick(STREETS), city, state, zip: String(d.int(10000, 99999)) };
};

const transactions: CollectionSpec = {
  name: 'skyslope.transactions',
  ratio: 0.01,
  generate: (ctx, i, d) => {
    const createdOn = d.isoBefore(720);
    return {
      transactionGuid: ctx.uuidOf('skyslope.transactions', i), fileId: 100000 + i, status: d.pick(['Active', 'Closed', 'Canceled']),
      propertyAddress: propertyAddress(d), salePrice: d.int(150, 900) * 1000, closingDate: d.isoBefore(-60).slice(0, 10),
      agentGuid: agentGuid(ctx, d), createdOn, modifiedOn: createdOn,
    };
  },
};

const listings: CollectionSpec = {
  name: 'skyslope.listings',
  ratio: 0.01,
  generate: (ctx, i, d) => {
    const createdOn = d.isoBefore(365);
    return {
      listingGuid: ctx.uuidOf('skyslope.listings', i), fileId: 200000 + i, status: d.pick(['Active', 'Expired', 'Closed']),
      propertyAddress: propertyAddress(d), listingPrice: d.int(150, 900) * 1000, listingDate: createdOn.slice(0, 10),
      expirationDate: d.isoBefore(-180).slice(0, 10), agentGuid: agentGuid(ctx, d), createdOn, modifiedOn: createdOn,
    };
  },
};

const users: CollectionSpec = {
  name: 'skyslope.users',
  ratio: 0.001,
  generate: (ctx, i, d) => {
    const { firstName, lastName } = nameOf(d);
    return {
      userGuid: ctx.uuidOf('skyslope.users', i), firstName, lastName, email: `agent${i + 1}@example.com`,
      role: i === 0 ? 'Broker' : 'Agent', status: 'Active', createdOn: d.isoBefore(1500),
    };
  },
};

/** The SkySlope collections. */
export const SKYSLOPE_COLLECTIONS: readonly CollectionSpec[] = [transactions, listings, users];
