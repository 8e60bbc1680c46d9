// Views over a collection: all of it, or the records whose `index % 10` falls in a group's residues
// (reZEN lifecycle groups), with the j-th member computed directly.
import { recordAt, type CollectionSpec, type GenContext, type JsonRecord } from './collection.js';
import type { PageSource } from './paging.js';

function windowOf(total: number, indexOf: (j: number) => number, build: (i: number) => JsonRecord) {
  return (start: number, length: number): JsonRecord[] => {
    const out: JsonRecord[] = [];
    for (let j = start; j < Math.min(total, start + length); j++) out.push(build(indexOf(j)));
    return out;
  };
}

/**
 * The records of a collection, optionally only those of residues `group` (sorted, each 0–9).
 * @example viewOf(spec, ctx, [5, 6, 7, 8]).total // the closed transactions
 */
export function viewOf(spec: CollectionSpec, ctx: GenContext, group?: readonly number[]): PageSource {
  const n = ctx.counts[spec.name];
  const build = (i: number) => recordAt(spec, ctx, i);
  if (group === undefined) return { total: n, slice: windowOf(n, (j) => j, build) };
  const total = group.reduce((sum, r) => sum + (r < n ? Math.floor((n - 1 - r) / 10) + 1 : 0), 0);
  const indexOf = (j: number) => Math.floor(j / group.length) * 10 + (group[j % group.length] ?? 0);
  return { total, slice: windowOf(total, indexOf, build) };
}

/**
 * The records of a collection at the given indices (ascending), e.g. those a filter kept.
 * @example viewOfIndices(spec, ctx, indicesWhere(ctx, spec, 'frontline', (r) => r['tier'] === 1)).total
 */
export function viewOfIndices(spec: CollectionSpec, ctx: GenContext, indices: readonly number[]): PageSource {
  return { total: indices.length, slice: windowOf(indices.length, (j) => indices[j] ?? 0, (i) => recordAt(spec, ctx, i)) };
}
