import type { Attribute } from '../ast/nodes/misc.js';

/** Canonical order of a field's metadata block (docs: values, table, description, sensitive). */
export const FIELD_ATTR_ORDER: readonly string[] = ['values', 'table', 'description', 'sensitive'];
/** Canonical order of the attributes a block statement (conditional, loops, …) may carry. */
export const BLOCK_ATTR_ORDER: readonly string[] = ['description', 'disabled'];
/** Canonical order of a test block's attributes. */
export const TEST_ATTR_ORDER: readonly string[] = ['datasource', 'input'];

/**
 * Sorts attributes into a canonical order: names in `order` first (in that order), then the rest in
 * their given order, then `guid`. Stable, so unknown attributes keep the author's order.
 */
export function sortAttrs(attrs: readonly Attribute[], order: readonly string[]): Attribute[] {
  // Unknown attributes go after the known ones but before `mock`, which always closes a statement.
  const mock = order.indexOf('mock');
  const unknownRank = mock === -1 ? order.length : mock - 0.5;
  const rank = (a: Attribute): number => {
    if (a.name === 'guid') return Number.MAX_SAFE_INTEGER;
    const i = order.indexOf(a.name);
    return i === -1 ? unknownRank : i;
  };
  return attrs
    .map((a, i) => ({ a, i, r: rank(a) }))
    .sort((x, y) => x.r - y.r || x.i - y.i)
    .map((x) => x.a);
}
