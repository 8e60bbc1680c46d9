import type { BinaryExpr, Expr } from '@xac/xanoscript-dsl/ast';
import { UnsupportedStatementError, ValueTypeError, where } from '../errors.js';
import { applyFilter } from '../filters/apply.js';
import type { Scope } from '../scope.js';
import { parseTimestamp } from '../filters/dates.js';
import { toNumber, truthy, typeName, type Obj, type Value } from '../values.js';
import { cast } from './cast.js';
import { ARITHMETIC, COMPARISON } from './operators.js';
import { follow, keysOf, readVar } from './variables.js';

// Expression evaluation: one handler per node kind (STYLE habit 2), so a new kind in the AST breaks
// the build here until the runtime handles it.

type Handler<K extends Expr['kind']> = (e: Extract<Expr, { kind: K }>, scope: Scope) => Value;

const BARE_WORD = /^[A-Za-z_][A-Za-z0-9_.]*$/;

const at = (scope: Scope, e: Expr): string => where(scope.frame.path, e.loc);

function binary(e: BinaryExpr, scope: Scope): Value {
  const left = e.op === '??' ? nullable(e.left, scope) : evaluate(e.left, scope);
  if (e.op === '&&') return truthy(left) ? evaluate(e.right, scope) : left;
  if (e.op === '||') return truthy(left) ? left : evaluate(e.right, scope);
  if (e.op === '??') return left === null ? evaluate(e.right, scope) : left;
  const right = evaluate(e.right, scope);
  if (e.op in ARITHMETIC) return ARITHMETIC[e.op as keyof typeof ARITHMETIC](left, right, at(scope, e));
  if (e.op in COMPARISON) return COMPARISON[e.op as keyof typeof COMPARISON](left, right);
  // db operators (§2.8) only mean something inside a db.query where clause.
  throw new UnsupportedStatementError(`operator ${e.op} outside a database query`, at(scope, e));
}

/**
 * The left side of `??`: a path whose key or index is missing is null there, not "Unable to locate"
 * (syntax.md "Operators", Null-safe; essentials.md "Null handling": `$val ?? "default"`). An undeclared
 * variable stays an error. Unverified (docs/runtime.md).
 */
function nullable(e: Expr, scope: Scope): Value {
  if (e.kind === 'VarExpr') return readVar(e, scope, evaluate, true);
  if (e.kind === 'MemberExpr') return follow(evaluate(e.object, scope), '(expression)', keysOf(e.path, scope, evaluate), at(scope, e), 'lenient');
  return evaluate(e, scope);
}

function number(value: string): number {
  return Number(value);
}

const HANDLERS: { [K in Expr['kind']]: Handler<K> } = {
  StringLit: (e) => e.value,
  NumberLit: (e) => number(e.value),
  BoolLit: (e) => e.value,
  NullLit: () => null,
  NowLit: (_e, scope) => scope.frame.state.clock.now(),
  TimestampLit: (e, scope) => parseTimestamp(e.value, at(scope, e)),
  RegexLit: (e) => e.pattern,
  VarExpr: (e, scope) => readVar(e, scope, evaluate),
  MemberExpr: (e, scope) => follow(evaluate(e.object, scope), '(expression)', keysOf(e.path, scope, evaluate), at(scope, e), 'var'),
  FilterExpr: (e, scope) => (e.disabled ? (e.operand ? evaluate(e.operand, scope) : null) : applyFilter(e, scope, evaluate)),
  BinaryExpr: binary,
  UnaryExpr: (e, scope) => {
    const v = evaluate(e.operand, scope);
    if (e.op === '!') return !truthy(v);
    const n = toNumber(v);
    if (n === undefined) throw new ValueTypeError(`cannot negate a ${typeName(v)} value`, at(scope, e));
    return -n;
  },
  TernaryExpr: (e, scope) => (truthy(evaluate(e.test, scope)) ? evaluate(e.consequent, scope) : evaluate(e.alternate, scope)),
  BetweenExpr: (e, scope) => {
    const v = evaluate(e.operand, scope);
    const inside = COMPARISON['>='](v, evaluate(e.low, scope)) && COMPARISON['<='](v, evaluate(e.high, scope));
    return e.negated ? !inside : inside;
  },
  RangeExpr: (e, scope) => range(evaluate(e.from, scope), evaluate(e.to, scope), at(scope, e)),
  CastExpr: (e, scope) => cast(e.type, e.value.value, at(scope, e)),
  ObjectExpr: (e, scope) => {
    const out: Obj = {};
    for (const entry of e.entries) if (!entry.disabled) out[entry.key] = evaluate(entry.value, scope);
    return out;
  },
  ArrayExpr: (e, scope) => e.elements.map((x) => evaluate(x, scope)),
  BacktickExpr: (e, scope) => evaluate(e.expr, scope),
  // A bare word (`index_by:g`, `pick:[a,c]`, `sort:n:text:false` in the docs) is its own text.
  RawExpr: (e, scope) => {
    if (BARE_WORD.test(e.source)) return e.source;
    throw new UnsupportedStatementError(`raw expression ${e.source}`, at(scope, e));
  },
};

/** `(a..b)`: the inclusive range of integers (syntax/array-filters.md "Range Operator"). */
export function range(from: Value, to: Value, where_: string): Value[] {
  const a = toNumber(from);
  const b = toNumber(to);
  if (a === undefined || b === undefined) throw new ValueTypeError('a range needs two numbers', where_);
  const out: number[] = [];
  for (let i = a; a <= b ? i <= b : i >= b; i += a <= b ? 1 : -1) out.push(i);
  return out;
}

/**
 * The value of an expression in a scope.
 * @example evaluate(parseExpr('1 + 2'), scope) // 3
 */
export function evaluate(e: Expr, scope: Scope): Value {
  return (HANDLERS[e.kind] as Handler<Expr['kind']>)(e as never, scope);
}
