// reZEN-shaped records (transactions, listings, contributions, network, contributors, equity). Ids are
// uuids, money is {amount, currency}, states are upper-case; every agent id is the yentaId of a network
// record.
import { recordAt, type CollectionSpec, type GenContext } from './collection.js';
import { CITIES, nameOf, STREETS } from './names.js';
import type { Draw } from './random.js';

/** Lifecycle groups by `index % 10` (so a group's page is computed without a scan). */
export const TRANSACTION_GROUPS: Readonly<Record<string, readonly number[]>> = { open: [0, 1, 2, 3, 4], closed: [5, 6, 7, 8], terminated: [9] };
export const LISTING_GROUPS: Readonly<Record<string, readonly number[]>> = { active: [0, 1, 2, 3, 4, 5], closed: [6, 7, 8, 9] };

/** The group of record `index` under a residue table. */
export const groupOf = (groups: Readonly<Record<string, readonly number[]>>, index: number): string =>
  Object.entries(groups).find(([, rs]) => rs.includes(index % 10))?.[0] ?? 'open';

const money = (amount: number) => ({ amount, currency: 'USD' });
const agent = (ctx: GenContext, d: Draw) => ctx.uuidOf('rezen.network', d.int(0, ctx.counts['rezen.network'] - 1));
const address = (d: Draw) => {
  const [city, state] = d.pick(CITIES);
  const street = `${d.int(1, 9999)} ${d.pick(STREETS)}`;
  return { oneLine: `${street}, ${city}, ${state}`, street, city, state, zip: String(d.int(10000, 99999)) };
};

const transactions: CollectionSpec = {
  name: 'rezen.transactions',
  ratio: 0.5,
  generate: (ctx, i, d) => {
    const createdAt = d.isoBefore(720);
    const price = d.int(150, 900) * 1000;
    const state = groupOf(TRANSACTION_GROUPS, i).toUpperCase();
    return {
      id: ctx.uuidOf('rezen.transactions', i), code: `TX-${String(i + 1).padStart(7, '0')}`, address: address(d),
      price: money(price), grossCommission: money(Math.round(price * 0.03)), lifecycleState: { state },
      transactionType: d.next() < 0.9 ? 'SALE' : 'LEASE', listing: false, closingDateEstimated: d.isoBefore(-90).slice(0, 10),
      createdAt, updatedAt: createdAt,
      participants: [{ yentaId: agent(ctx, d), role: d.pick(['BUYERS_AGENT', 'SELLERS_AGENT']), ...nameOf(d) }],
    };
  },
};

const listings: CollectionSpec = {
  name: 'rezen.listings',
  ratio: 0.2,
  generate: (ctx, i, d) => {
    const createdAt = d.isoBefore(365);
    return {
      id: ctx.uuidOf('rezen.listings', i), code: `LS-${String(i + 1).padStart(7, '0')}`, address: address(d),
      price: money(d.int(150, 900) * 1000), lifecycleState: { state: groupOf(LISTING_GROUPS, i).toUpperCase() },
      listingDate: createdAt.slice(0, 10), expirationDate: d.isoBefore(-180).slice(0, 10), createdAt, updatedAt: createdAt,
      listingAgentYentaId: agent(ctx, d),
    };
  },
};

const contributions: CollectionSpec = {
  name: 'rezen.contributions',
  ratio: 0.5,
  generate: (ctx, i, d) => ({
    id: ctx.uuidOf('rezen.contributions', i), transactionId: ctx.uuidOf('rezen.transactions', d.int(0, ctx.counts['rezen.transactions'] - 1)),
    contributingAgentYentaId: agent(ctx, d), receivingAgentYentaId: agent(ctx, d), tier: d.int(1, 5),
    amount: money(d.int(10, 4000)), status: d.next() < 0.8 ? 'PAID' : 'PENDING', contributionType: 'REVSHARE',
    contributionDate: d.isoBefore(365).slice(0, 10),
  }),
};

const network: CollectionSpec = {
  name: 'rezen.network',
  ratio: 0.1,
  generate: (ctx, i, d) => ({
    yentaId: ctx.uuidOf('rezen.network', i), ...nameOf(d), tier: d.int(1, 5),
    sponsorYentaId: i === 0 ? null : ctx.uuidOf('rezen.network', d.int(0, i - 1)), status: 'ACTIVE',
    joinDate: d.isoBefore(1500).slice(0, 10), capped: d.next() < 0.3, capAmount: money(12000), totalContribution: money(d.int(0, 20000)),
  }),
};

/**
 * The agents whose revenue share reaches the user (reZEN's contributors list): contributor i is
 * down-network member i (same yentaId, names, tier, status and join date), with what it has paid the user.
 */
const contributors: CollectionSpec = {
  name: 'rezen.contributors',
  ratio: 0.1,
  generate: (ctx, i, d) => {
    const m = recordAt(network, ctx, i);
    const first = String(m['firstName']);
    const last = String(m['lastName']);
    return {
      yentaId: m['yentaId'], firstName: first, lastName: last, emailAddress: `${first}.${last}.${i + 1}@example.com`.toLowerCase(),
      tier: m['tier'], status: m['status'], joinDate: m['joinDate'], contributionCount: d.int(1, 60), totalContribution: money(d.int(100, 30000)),
    };
  },
};

/** Equity an agent earns in stock: most through buying it with commission, some as awards. */
const EQUITY_TYPES = ['STOCK_PURCHASE', 'STOCK_PURCHASE', 'STOCK_PURCHASE', 'CAPPING_AWARD', 'ELITE_AGENT_AWARD', 'ATTRACTING_AWARD'] as const;

const equity: CollectionSpec = {
  name: 'rezen.equity',
  ratio: 0.2,
  generate: (ctx, i, d) => {
    const equityType = d.pick(EQUITY_TYPES);
    return {
      id: ctx.uuidOf('rezen.equity', i),
      transactionId: equityType === 'STOCK_PURCHASE' ? ctx.uuidOf('rezen.transactions', d.int(0, ctx.counts['rezen.transactions'] - 1)) : null,
      equityType, shares: d.int(1, 400), amount: money(d.int(25, 2500)), status: d.next() < 0.9 ? 'ISSUED' : 'PENDING',
      issueDate: d.isoBefore(730).slice(0, 10),
    };
  },
};

/** The front line (an agent's directly sponsored agents): the down-network members of tier 1. */
export const FRONTLINE = { key: 'frontline', test: (r: Record<string, unknown>) => r['tier'] === 1 } as const;

/** The reZEN collections. */
export const REZEN_COLLECTIONS: readonly CollectionSpec[] = [transactions, listings, contributions, network, contributors, equity];
