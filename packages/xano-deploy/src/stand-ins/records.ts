// reZEN single-record routes (an agent by id, a listing by id) and the lookups they and the filtered
// views need: the index of a served record from its uuid, and the indices of a collection's records
// that pass a test. Both are computed once per generation context and kept (the collections are
// fixed by seed and counts), so a page or a lookup costs no scan after the first.
import { recordAt, type CollectionName, type CollectionSpec, type GenContext, type JsonRecord } from './collection.js';
import { CITIES, nameOf } from './names.js';
import { drawFor } from './random.js';
import { REZEN_COLLECTIONS } from './rezen.js';

const rezenSpec = (name: CollectionName): CollectionSpec => {
  const spec = REZEN_COLLECTIONS.find((s) => s.name === name);
  if (spec === undefined) throw new Error(`stand-ins: no generator for ${name}`);
  return spec;
};

const byUuid = new WeakMap<GenContext, Map<CollectionName, Map<string, number>>>();
const filtered = new WeakMap<GenContext, Map<string, number[]>>();

/** The index of the record of `collection` whose id is `uuid`, or undefined when none is served. */
export function indexOfUuid(ctx: GenContext, collection: CollectionName, uuid: string): number | undefined {
  let perCtx = byUuid.get(ctx);
  if (perCtx === undefined) byUuid.set(ctx, (perCtx = new Map()));
  let map = perCtx.get(collection);
  if (map === undefined) {
    map = new Map();
    for (let i = 0; i < ctx.counts[collection]; i++) map.set(ctx.uuidOf(collection, i), i);
    perCtx.set(collection, map);
  }
  return map.get(uuid);
}

/** The indices (ascending) of the records of `spec`'s collection that `test` (named `key`) keeps. */
export function indicesWhere(ctx: GenContext, spec: CollectionSpec, key: string, test: (r: JsonRecord) => boolean): readonly number[] {
  let perCtx = filtered.get(ctx);
  if (perCtx === undefined) filtered.set(ctx, (perCtx = new Map()));
  const name = `${spec.name}|${key}`;
  let out = perCtx.get(name);
  if (out === undefined) {
    out = [];
    for (let i = 0; i < ctx.counts[spec.name]; i++) if (test(recordAt(spec, ctx, i))) out.push(i);
    perCtx.set(name, out);
  }
  return out;
}

/** A record route's answer: the record, or undefined for a 404. */
export interface RecordRoute {
  readonly pattern: RegExp;
  /** What the route serves, for the 404 message. */
  readonly what: string;
  answer(ctx: GenContext, id: string): JsonRecord | undefined;
}

const AGENT_TYPES = ['AGENT', 'AGENT', 'AGENT', 'TEAM_LEADER'] as const;

/**
 * A reZEN agent (yenta) by id. Any id is an agent: a served down-network member's id answers that
 * member's names, status and join date; any other id (the user's own agent) is drawn from the id.
 */
export function agentRecord(ctx: GenContext, id: string): JsonRecord {
  const i = indexOfUuid(ctx, 'rezen.network', id);
  const member = i === undefined ? undefined : recordAt(rezenSpec('rezen.network'), ctx, i);
  const d = drawFor(ctx.seed, `rezen.agent:${id}`, 0);
  const drawn = { ...nameOf(d), joinDate: d.isoBefore(2000).slice(0, 10) };
  const firstName = String(member?.['firstName'] ?? drawn.firstName);
  const lastName = String(member?.['lastName'] ?? drawn.lastName);
  const [city, state] = d.pick(CITIES);
  const updatedAt = d.isoBefore(90);
  return {
    id, firstName, lastName, displayName: `${firstName} ${lastName}`,
    emailAddress: `${firstName}.${lastName}.${id.slice(0, 6)}@example.com`.toLowerCase(),
    phoneNumber: `(${d.int(200, 989)}) 555-${String(d.int(0, 9999)).padStart(4, '0')}`,
    status: String(member?.['status'] ?? 'ACTIVE'), type: d.pick(AGENT_TYPES),
    joinDate: String(member?.['joinDate'] ?? drawn.joinDate), city, state, updatedAt,
  };
}

/** A reZEN listing by id: the record the listings lists serve, with the MLS number only the detail has. */
export function listingRecord(ctx: GenContext, id: string): JsonRecord | undefined {
  const i = indexOfUuid(ctx, 'rezen.listings', id);
  if (i === undefined) return undefined;
  const d = drawFor(ctx.seed, 'rezen.listings#detail', i);
  return { ...recordAt(rezenSpec('rezen.listings'), ctx, i), mlsNumber: `MLS${d.int(1_000_000, 9_999_999)}` };
}

/** The record routes (first match wins; the capture is the id). */
export const RECORD_ROUTES: readonly RecordRoute[] = [
  { pattern: /^\/rezen\/yenta\/api\/v1\/agents\/([^/]+)$/, what: 'agent', answer: agentRecord },
  { pattern: /^\/rezen\/arrakis\/api\/v1\/listings\/([^/]+)$/, what: 'listing', answer: listingRecord },
];

/** An example path of each record route (for docs and `GET /`). */
export const RECORD_EXAMPLE_PATHS: Readonly<Record<string, string>> = {
  'rezen.agent': '/rezen/yenta/api/v1/agents/agent-1',
  'rezen.listing': '/rezen/arrakis/api/v1/listings/{listing id}',
};
