// The stand-ins' routes: which path serves which collection, in which paging style. Paths are mounted
// under /fub, /rezen and /skyslope, so each integration's base URL is `<url>/<integration>`.
import { COLLECTION_NAMES, type CollectionName, type CollectionSpec, type Integration } from './collection.js';
import { FUB_COLLECTIONS } from './fub.js';
import type { PagingStyle } from './paging.js';
import { FRONTLINE, LISTING_GROUPS, REZEN_COLLECTIONS, TRANSACTION_GROUPS } from './rezen.js';
import { SKYSLOPE_COLLECTIONS } from './skyslope.js';

export interface Route {
  readonly pattern: RegExp;
  readonly collection: CollectionName;
  readonly style: PagingStyle;
  /** The list's JSON key (FUB and SkySlope name it; reZEN uses `results`). */
  readonly key: string;
  /** Residue groups selected by the pattern's first capture (reZEN lifecycle groups). */
  readonly groups?: Readonly<Record<string, readonly number[]>>;
  /** Only the records this test keeps (named by `key`, so the kept indices are computed once). */
  readonly where?: { readonly key: string; readonly test: (r: Record<string, unknown>) => boolean };
}

/** Every collection's generator, by name. */
export const SPECS: ReadonlyMap<CollectionName, CollectionSpec> = new Map(
  [...FUB_COLLECTIONS, ...REZEN_COLLECTIONS, ...SKYSLOPE_COLLECTIONS].map((s) => [s.name, s]),
);
if (SPECS.size !== COLLECTION_NAMES.length) throw new Error('stand-ins: a collection has no generator');

const PARTICIPANT = '/rezen/arrakis/api/v1/transactions/participant/[^/]+';
const fub = (name: string): Route => ({ pattern: new RegExp(`^/fub/v1/${name}$`), collection: `fub.${name}` as CollectionName, style: 'fub', key: name });

/** The route table (first match wins). */
export const ROUTES: readonly Route[] = [
  fub('people'), fub('calls'), fub('events'), fub('appointments'), fub('deals'), fub('textMessages'),
  { pattern: new RegExp(`^${PARTICIPANT}/transactions(?:/([A-Za-z]+))?$`), collection: 'rezen.transactions', style: 'rezen', key: 'results', groups: TRANSACTION_GROUPS },
  { pattern: new RegExp(`^${PARTICIPANT}/listings(?:/([A-Za-z]+))?$`), collection: 'rezen.listings', style: 'rezen', key: 'results', groups: LISTING_GROUPS },
  { pattern: /^\/rezen\/arrakis\/api\/v1\/revshare\/participant\/[^/]+\/contributions$/, collection: 'rezen.contributions', style: 'rezen', key: 'results' },
  { pattern: /^\/rezen\/yenta\/api\/v1\/network\/[^/]+\/down-network$/, collection: 'rezen.network', style: 'rezen', key: 'results' },
  { pattern: /^\/rezen\/arrakis\/api\/v1\/revshare\/participant\/[^/]+\/contributors$/, collection: 'rezen.contributors', style: 'rezen', key: 'results' },
  { pattern: /^\/rezen\/arrakis\/api\/v1\/equity\/participant\/[^/]+\/transactions$/, collection: 'rezen.equity', style: 'rezen', key: 'results' },
  { pattern: /^\/rezen\/yenta\/api\/v1\/network\/[^/]+\/front-line$/, collection: 'rezen.network', style: 'rezen', key: 'results', where: FRONTLINE },
  { pattern: /^\/skyslope\/api\/files\/transactions$/, collection: 'skyslope.transactions', style: 'skyslope', key: 'transactions' },
  { pattern: /^\/skyslope\/api\/files\/listings$/, collection: 'skyslope.listings', style: 'skyslope', key: 'listings' },
  { pattern: /^\/skyslope\/api\/users$/, collection: 'skyslope.users', style: 'skyslope', key: 'users' },
];

/** The path of each collection's list, with `agent-1` for a reZEN participant id (for docs and `GET /`). */
export const EXAMPLE_PATHS: Readonly<Record<CollectionName, string>> = {
  'fub.people': '/fub/v1/people', 'fub.calls': '/fub/v1/calls', 'fub.events': '/fub/v1/events',
  'fub.appointments': '/fub/v1/appointments', 'fub.deals': '/fub/v1/deals', 'fub.textMessages': '/fub/v1/textMessages',
  'rezen.transactions': '/rezen/arrakis/api/v1/transactions/participant/agent-1/transactions/open',
  'rezen.listings': '/rezen/arrakis/api/v1/transactions/participant/agent-1/listings/active',
  'rezen.contributions': '/rezen/arrakis/api/v1/revshare/participant/agent-1/contributions',
  'rezen.network': '/rezen/yenta/api/v1/network/agent-1/down-network',
  'rezen.contributors': '/rezen/arrakis/api/v1/revshare/participant/agent-1/contributors',
  'rezen.equity': '/rezen/arrakis/api/v1/equity/participant/agent-1/transactions',
  'skyslope.transactions': '/skyslope/api/files/transactions', 'skyslope.listings': '/skyslope/api/files/listings',
  'skyslope.users': '/skyslope/api/users',
};

export const INTEGRATIONS: readonly Integration[] = ['fub', 'rezen', 'skyslope'];
