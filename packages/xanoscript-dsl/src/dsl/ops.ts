import { node, varRef } from '../ast/build.js';
import type { ComparisonOp, DbOp } from '../ast/nodes/exprs.js';
import { toNode, wrap } from './expr.js';
import { DslError, captureOrigin } from './origin.js';
import type { Num, X } from './methods.js';
import type { TypeOf, Val, XT } from './types.js';

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
  /** `$db.<table>.<column>` outside a `where` callback (joins, evals, addons): untyped. */
  dbColumn(table: string, column: string): X<'json'> {
    return wrap(varRef('db', table, column));
  },
  /** A number as written (`1.50`, `1e3`): its text is kept. */
  number(text: string): X<'decimal'> {
    if (!NUMBER.test(text)) throw new DslError(`op.number needs a number, got ${JSON.stringify(text)}`, captureOrigin()());
    return wrap(node({ kind: 'NumberLit', value: text }));
  },
};

export type { XT };
