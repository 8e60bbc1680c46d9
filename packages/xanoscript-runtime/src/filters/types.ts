import type { Expr } from '@xac/xanoscript-dsl/ast';
import type { Scope } from '../scope.js';
import type { Value } from '../values.js';

/** What a filter sees besides its input: its location, and for lazy filters the scope to run its argument expressions in. */
export interface FilterCall {
  readonly name: string;
  readonly at: string;
  readonly scope: Scope;
  readonly args: readonly Expr[];
  readonly evaluate: (e: Expr, scope: Scope) => Value;
}

/** A filter over evaluated arguments: `$x|get:"a":0`. */
export type EagerFilter = (input: Value, args: readonly Value[], call: FilterCall) => Value;

/** A filter whose argument is an expression run per element: `$a|map:$$.v * 2`. */
export type LazyFilter = (input: Value, call: FilterCall) => Value;

/** A table of filters, by name. */
export type FilterTable = Readonly<Record<string, EagerFilter>>;
