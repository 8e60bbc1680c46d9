// What one stand-in collection is: a count derived from the size, and record i computed on demand.
import { drawFor, type Draw } from './random.js';

export type Integration = 'fub' | 'rezen' | 'skyslope';

/** Every collection the stand-ins serve. */
export const COLLECTION_NAMES = [
  'fub.people', 'fub.calls', 'fub.events', 'fub.appointments', 'fub.deals', 'fub.textMessages',
  'rezen.transactions', 'rezen.listings', 'rezen.contributions', 'rezen.network', 'rezen.contributors', 'rezen.equity',
  'skyslope.transactions', 'skyslope.listings', 'skyslope.users',
] as const;
export type CollectionName = (typeof COLLECTION_NAMES)[number];

export type Counts = Readonly<Record<CollectionName, number>>;

/** What a record generator may read: the seed, every collection's count, and other records' ids. */
export interface GenContext {
  readonly seed: number;
  readonly counts: Counts;
  /** The stable id (uuid) of record `index` of `collection`, without generating the record. */
  uuidOf(collection: CollectionName, index: number): string;
}

export type JsonRecord = Record<string, unknown>;

export interface CollectionSpec {
  readonly name: CollectionName;
  /** count = max(1, round(size × ratio)); size is the number of FUB people. */
  readonly ratio: number;
  generate(ctx: GenContext, index: number, d: Draw): JsonRecord;
}

/** The counts for a size, with optional per-collection overrides. */
export function countsFor(specs: readonly CollectionSpec[], size: number, overrides: Partial<Counts> = {}): Counts {
  const out = {} as Record<CollectionName, number>;
  for (const s of specs) out[s.name] = overrides[s.name] ?? Math.max(1, Math.round(size * s.ratio));
  return out;
}

/** A generation context for a seed and counts. */
export function genContext(seed: number, counts: Counts): GenContext {
  return { seed, counts, uuidOf: (collection, index) => drawFor(seed, `${collection}#id`, index).uuid() };
}

/** Record `index` of a collection (0-based). */
export function recordAt(spec: CollectionSpec, ctx: GenContext, index: number): JsonRecord {
  return spec.generate(ctx, index, drawFor(ctx.seed, spec.name, index));
}
