import { DEPRECATED_FILTERS, type Expr, type FilterExpr } from '@xac/xanoscript-dsl/ast';
import { UnsupportedFilterError, where, whereOf } from '../errors.js';
import type { Scope } from '../scope.js';
import type { Compiled } from '../eval/variables.js';
import type { Value } from '../values.js';
import { ARRAY_FILTERS } from './array.js';
import { DATE_FILTERS } from './dates.js';
import { ENCODING_FILTERS } from './encoding.js';
import { LAZY_FILTERS, lazyFilter } from './lazy.js';
import { MATH_FILTERS } from './math.js';
import { OBJECT_FILTERS } from './object.js';
import { TEXT_FILTERS } from './text.js';
import { TYPE_FILTERS } from './type.js';
import type { EagerFilter, FilterCall } from './types.js';

// Filter dispatch — reference/xanoscript.md §5. Deprecated names (§5.2) run as their current names.
// A filter no table has is an UnsupportedFilterError at its file:line:col, never a pass-through.

/** Every filter the runtime runs on evaluated arguments, by name. */
export const EAGER_FILTERS: Readonly<Record<string, EagerFilter>> = {
  ...MATH_FILTERS, ...TEXT_FILTERS, ...ARRAY_FILTERS, ...OBJECT_FILTERS, ...TYPE_FILTERS, ...DATE_FILTERS, ...ENCODING_FILTERS,
};

/** The names of every filter the runtime supports (eager and lazy), for docs/runtime.md and tests. */
export const SUPPORTED_FILTERS: readonly string[] = [...Object.keys(EAGER_FILTERS), ...Object.keys(LAZY_FILTERS)].sort();

/** The current name of a filter (deprecated aliases resolved). */
export const canonicalFilter = (name: string): string => DEPRECATED_FILTERS.get(name) ?? name;

/** Run the filter of a FilterExpr on its evaluated operand. */
export function applyFilter(e: FilterExpr, scope: Scope, evaluate: (e: Expr, scope: Scope) => Value): Value {
  const input = e.operand ? evaluate(e.operand, scope) : null;
  const name = canonicalFilter(e.name);
  const call: FilterCall = { name, at: where(scope.frame.path, e.loc), scope, args: e.args, evaluate };
  const lazy = lazyFilter(name);
  if (lazy) return lazy(input, call);
  const eager = EAGER_FILTERS[name];
  if (!eager) throw new UnsupportedFilterError(e.name, call.at);
  return eager(input, e.args.map((a) => evaluate(a, scope)), call);
}

const NO_ARGS: readonly Value[] = Object.freeze([]);

/**
 * A FilterExpr compiled once (eval/expr.ts): its current name and its table entry are looked up
 * here, so a run only evaluates the operand and the arguments. An unknown filter still fails when
 * the expression runs, not before.
 */
export function compileFilter(e: FilterExpr, compile: (e: Expr) => Compiled, evaluate: (e: Expr, scope: Scope) => Value): Compiled {
  const operand = e.operand ? compile(e.operand) : null;
  const name = canonicalFilter(e.name);
  const at = whereOf(e.loc);
  const lazy = lazyFilter(name);
  const eager = EAGER_FILTERS[name];
  const args = e.args.map(compile);
  return (scope) => {
    const input = operand ? operand(scope) : null;
    const call: FilterCall = { name, at: at(scope.frame.path), scope, args: e.args, evaluate };
    if (lazy) return lazy(input, call);
    if (!eager) throw new UnsupportedFilterError(e.name, call.at);
    let values = NO_ARGS;
    if (args.length > 0) {
      const out: Value[] = [];
      for (const a of args) out.push(a(scope));
      values = out;
    }
    return eager(input, values, call);
  };
}
