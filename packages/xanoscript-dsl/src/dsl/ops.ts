import { node, obj, varRef } from '../ast/build.js';
import type { ComparisonOp, DbOp } from '../ast/nodes/exprs.js';
import { latentOf, objectNode, off, toNode, wrap, type Keys, type Off } from './expr.js';
import { DslError, captureOrigin } from './origin.js';
import type { Num, X } from './methods.js';
import type { ArrT, ExprBase, TypeOf, Val, XT } from './types.js';

const columnsOf = (v: unknown): Keys | undefined => (v as { columns?: Keys }).columns;

// Operators that have no method form (reference §2.7, §2.8): `!x`, `-x`, `a % b`, the strict and the
// db comparison operators, backtick expressions and numbers written as they were (`1.50`).

const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Operator forms that print exactly as written.
 * @example op.not(s.input.active) // !$input.active
 */
export const op = {
  /** `!x` */
  not(x: Val): X<'bool'> {
    return wrap(node({ kind: 'UnaryExpr', op: '!', operand: toNode(x) }));
  },
  /** `-x` */
  neg<V extends X<'int'> | X<'decimal'> | X<'int' | 'decimal'>>(x: V): V {
    return wrap(node({ kind: 'UnaryExpr', op: '-', operand: toNode(x) })) as unknown as V;
  },
  /** `a % b` */
  mod(a: Num, b: Num): X<'int'> {
    return wrap(node({ kind: 'BinaryExpr', op: '%', left: toNode(a), right: toNode(b) }));
  },
  /** `a === b`, `a ==? b` (ignored when b is null, in db clauses), `a in b`, `a includes b` … */
  cmp(a: Val, operator: ComparisonOp | DbOp, b: Val): X<'bool'> {
    return wrap(node({ kind: 'BinaryExpr', op: operator, left: toNode(a), right: toNode(b) }));
  },
  /** `` `expr` ``: the expression evaluated as one value. */
  backtick<V extends Val>(e: V): X<V extends { readonly node: unknown } ? TypeOf<V> : any> {
    return wrap(node({ kind: 'BacktickExpr', expr: toNode(e) }));
  },
  /**
   * `$$` (or `$$.a.b`): the element a callback filter is at (`map`, `filter`, `some`, `every`, `find`,
   * `findIndex`, `array.find … if`). Untyped: compare it, or read keys with `.get(key, default)`.
   * @example s.input.items.filter(op.element('qty').gt(0)) // $input.items|filter:$$.qty > 0
   */
  element(...path: string[]): X<any> {
    return wrap(varRef('$', ...path));
  },
  /** `$this` (or `$this.a`): the value a `transform`/`reduce` callback or an addon's output is at. Untyped. */
  thisValue(...path: string[]): X<any> {
    return wrap(varRef('this', ...path));
  },
  /**
   * `$output.<key>` inside an addon's `input` (db.get/db.query `addon`): the parent row being output.
   * @example { name: 'author', input: { user_id: op.output('user_id') }, as: 'author' }
   */
  output(...path: string[]): X<any> {
    return wrap(varRef('output', ...path));
  },
  /**
   * A path into `$env` below its first key: `$env.$http_headers["X-Client"]`, `$env.workspace.key`
   * (a key string is `.key`, `{ index }` is `[index]`). Untyped; a plain variable is `s.env(name)`.
   * @example op.envPath('$http_headers', { index: 'X-Client' }) // $env.$http_headers["X-Client"]
   */
  envPath(...path: Array<string | { readonly index: Val }>): X<any> {
    return wrap(varRef('env', ...path.map((p) => (typeof p === 'string' ? p : toNode(p.index)))));
  },
  /**
   * `$db.<table>.<column>` outside a `where` callback (joins, evals, addons, a trigger's `where` on
   * `$db.NEW`): untyped, so it compares with anything.
   */
  dbColumn(table: string, column: string): X<any> {
    return wrap(varRef('db', table, column));
  },
  /**
   * Any other `$db` path: `$db.<column>` in a table view's `search`, `$db.<table>.<column>.<key>` into
   * a json or object column. Untyped.
   * @example op.dbPath('exported').eq('false') // $db.exported == "false"
   */
  dbPath(...path: string[]): X<any> {
    return wrap(varRef('db', ...path));
  },
  /**
   * `$auth` (the whole value) or a path below it other than `s.auth.id`: `$auth.extras.is_admin` (the
   * extras a token was created with). Untyped JSON: compare it, or read keys with `.get(key, default)`.
   * @example op.auth('extras', 'is_admin').eq(true) // $auth.extras.is_admin == true
   */
  auth(...path: string[]): X<'json'> {
    return wrap(varRef('auth', ...path));
  },
  /**
   * A filter chain written without parentheses before an operator, kept as written: `$a|count == 0`
   * (XanoScript reads `($a|count) == 0`; lint's filter-operator-precedence rule reports the form).
   * `e` must end in a filter.
   * @example op.bare(s.input.items.count()).eq(0) // $input.items|count == 0
   */
  bare<V extends ExprBase<XT>>(e: V): V {
    const n = e.node;
    if (n.kind !== 'FilterExpr') throw new DslError('op.bare needs a filter expression (`x.count()`, …)', captureOrigin()());
    return wrap(node({ ...n, bare: true }), columnsOf(e), latentOf(e)) as unknown as V;
  },
  /**
   * A disabled filter, `x|!name:args`: kept in the script, skipped at run time, so the value is the
   * operand's. `apply` writes the filter on the operand as it would be written enabled.
   * @example op.disabled(val({}), (v) => v.set('name', s.input.name)) // {}|!set:"name":$input.name
   */
  disabled<V extends ExprBase<XT>>(operand: V, apply: (v: V) => ExprBase<XT>): V {
    const n = apply(operand).node;
    if (n.kind !== 'FilterExpr' || n.operand !== operand.node) {
      throw new DslError('op.disabled(x, apply): apply must put one filter on x (`(v) => v.set("k", 1)`)', captureOrigin()());
    }
    return wrap(node({ ...n, disabled: true }), columnsOf(operand), latentOf(operand)) as unknown as V;
  },
  /**
   * An object whose keys keep the order they are given in: a JS object literal sorts integer-like keys
   * (`"69"`, `"1"`) first, in ascending order, which would change the printed XanoScript.
   * @example op.object([['69', a], ['1', b]]) // {"69": $a, "1": $b}
   */
  object(entries: ReadonlyArray<readonly [string, Val | Off]>): X<'json'> {
    return wrap(objectNode(entries));
  },
  /**
   * An object entry kept in the script but switched off (`!key: value`): it is not part of the value.
   * @example { id: s.input.id, debug: op.off(s.input) } // {id: $input.id, !debug: $input}
   */
  off(value: Val): Val {
    return off(value) as unknown as Val;
  },
  /** `(from..to)`: the list of integers from `from` to `to`, both included. */
  range(from: Num, to: Num): X<ArrT<'int'>> {
    return wrap(node({ kind: 'RangeExpr', from: toNode(from), to: toNode(to) }));
  },
  /** A number as written (`1.50`, `1e3`): its text is kept. */
  number(text: string): X<'decimal'> {
    if (!NUMBER.test(text)) throw new DslError(`op.number needs a number, got ${JSON.stringify(text)}`, captureOrigin()());
    return wrap(node({ kind: 'NumberLit', value: text }));
  },
};

export type { XT };
