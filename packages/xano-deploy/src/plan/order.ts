// Dependency order (DESIGN Conventions: apply order): tables, addons, functions in call order (callees
// first, by the function.run graph), middleware, api groups, endpoints, tasks, triggers. Deletes run
// in the reverse order. Ties break by identity so plans are stable.
import { RESOURCE_KINDS, type XsObject } from './types.js';

const rank = (o: XsObject): number => RESOURCE_KINDS.indexOf(o.ref.type);

/** Functions sorted so every callee comes before its callers; cycles keep identity order. */
function callOrder(functions: readonly XsObject[]): XsObject[] {
  const byName = new Map(functions.map((f) => [f.ref.name, f]));
  const sorted = [...functions].sort((a, b) => a.identity.localeCompare(b.identity));
  const out: XsObject[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (f: XsObject) => {
    if (state.has(f.identity)) return;
    state.set(f.identity, 'visiting');
    const callees = [...new Set(f.references.functions.map((r) => r.name))].sort();
    for (const name of callees) {
      const callee = byName.get(name);
      if (callee && callee !== f) visit(callee);
    }
    state.set(f.identity, 'done');
    out.push(f);
  };
  for (const f of sorted) visit(f);
  return out;
}

/**
 * Sorts objects into apply order.
 * @example applyOrder([endpoint, table, fn]) // [table, fn, endpoint]
 */
export function applyOrder<T extends XsObject>(objects: readonly T[]): T[] {
  const functions = callOrder(objects.filter((o) => o.ref.type === 'function'));
  const position = new Map(functions.map((f, i) => [f.identity, i]));
  return [...objects].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (position.get(a.identity) ?? 0) - (position.get(b.identity) ?? 0) ||
      a.identity.localeCompare(b.identity),
  );
}

/** Delete order: the reverse of apply order. */
export function deleteOrder<T extends XsObject>(objects: readonly T[]): T[] {
  return applyOrder(objects).reverse();
}
