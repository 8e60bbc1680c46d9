import type { CallbackFilter } from '@xac/xanoscript-dsl/ast';
import { asArray } from '../eval/cast.js';
import { withLocals } from '../scope.js';
import { truthy, type Value } from '../values.js';
import type { FilterCall, LazyFilter } from './types.js';

// Expression-based higher-order filters — syntax/array-filters.md "Expression-Based Filters": the
// argument runs per element with `$$`/`$this`, `$index`, `$parent` (and `$result` for reduce).

function each(input: Value, call: FilterCall): Array<(extra?: Record<string, Value>) => Value> {
  const list = asArray(input, call.name, call.at);
  const expr = call.args[0];
  return list.map((item, index) => (extra = {}) =>
    expr ? call.evaluate(expr, withLocals(call.scope, { this: item, index, parent: list, ...extra })) : item);
}

export const LAZY_FILTERS: Readonly<Record<CallbackFilter, LazyFilter>> = {
  map: (input, call) => each(input, call).map((f) => f()),
  filter: (input, call) => {
    const fns = each(input, call);
    return asArray(input, call.name, call.at).filter((_, i) => truthy(fns[i]?.() ?? null));
  },
  some: (input, call) => each(input, call).some((f) => truthy(f())),
  every: (input, call) => each(input, call).every((f) => truthy(f())),
  find: (input, call) => {
    const list = asArray(input, call.name, call.at);
    const fns = each(input, call);
    const i = fns.findIndex((f) => truthy(f()));
    return i < 0 ? null : (list[i] ?? null);
  },
  findIndex: (input, call) => each(input, call).findIndex((f) => truthy(f())),
  reduce: (input, call) => {
    const init = call.args[1] ? call.evaluate(call.args[1], call.scope) : null;
    return each(input, call).reduce<Value>((result, f) => f({ result }), init);
  },
  transform: (input, call) => (call.args[0] ? call.evaluate(call.args[0], withLocals(call.scope, { this: input })) : input),
};

/** The callback filter of this name, if it is one (LAZY_FILTERS is keyed by the schema's CALLBACK_FILTERS). */
export const lazyFilter = (name: string): LazyFilter | undefined => (LAZY_FILTERS as Readonly<Record<string, LazyFilter | undefined>>)[name];
