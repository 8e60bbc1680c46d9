import type { BinaryExpr, Expr, MemberExpr } from '@xac/xanoscript-dsl/ast';
import { UnsupportedStatementError, ValueTypeError, whereOf } from '../errors.js';
import { compileFilter } from '../filters/apply.js';
import type { Scope } from '../scope.js';
import { parseTimestamp } from '../filters/dates.js';
import { toNumber, truthy, typeName, type Obj, type Value } from '../values.js';
import { cast } from './cast.js';
import { ARITHMETIC, COMPARISON } from './operators.js';
import { compileKeys, compileVar, follow, type Compiled } from './variables.js';

// Expression evaluation: one compiler per node kind (STYLE habit 2), so a new kind in the AST breaks
// the build here until the runtime handles it. Each node is compiled once into a closure (kept in a
// WeakMap beside the frozen AST): names, operators, filters and constant paths are resolved then,
// and every later evaluation only runs the closures. Compiling never fails; what the script gets
// wrong (an unknown filter, a bad raw expression) throws when the node runs, as before.

type Compiler<K extends Expr['kind']> = (e: Extract<Expr, { kind: K }>) => Compiled;

const BARE_WORD = /^[A-Za-z_][A-Za-z0-9_.]*$/;

const constant = (v: Value): Compiled => () => v;

function binary(e: BinaryExpr): Compiled {
  const { op } = e;
  const left = op === '??' ? nullable(e.left) : compileExpr(e.left);
  const right = compileExpr(e.right);
  if (op === '&&') return (scope) => { const l = left(scope); return truthy(l) ? right(scope) : l; };
  if (op === '||') return (scope) => { const l = left(scope); return truthy(l) ? l : right(scope); };
  if (op === '??') return (scope) => { const l = left(scope); return l === null ? right(scope) : l; };
  const at = whereOf(e.loc);
  if (op in ARITHMETIC) {
    const f = ARITHMETIC[op as keyof typeof ARITHMETIC];
    return (scope) => { const l = left(scope); return f(l, right(scope), at(scope.frame.path)); };
  }
  if (op in COMPARISON) {
    const f = COMPARISON[op as keyof typeof COMPARISON];
    return (scope) => { const l = left(scope); return f(l, right(scope)); };
  }
  // db operators (§2.8) only mean something inside a db.query where clause.
  return (scope) => {
    left(scope);
    right(scope);
    throw new UnsupportedStatementError(`operator ${op} outside a database query`, at(scope.frame.path));
  };
}

/**
 * The left side of `??`: a path whose key or index is missing is null there, not "Unable to locate"
 * (syntax.md "Operators", Null-safe; essentials.md "Null handling": `$val ?? "default"`). An undeclared
 * variable stays an error. Unverified (docs/runtime.md).
 */
function nullable(e: Expr): Compiled {
  if (e.kind === 'VarExpr') return compileVar(e, compileExpr, true);
  if (e.kind === 'MemberExpr') return member(e, 'lenient');
  return compileExpr(e);
}

/** `(expr).a.b`: the object first, then the path's index expressions. */
function member(e: MemberExpr, mode: 'var' | 'lenient'): Compiled {
  const object = compileExpr(e.object);
  const keys = compileKeys(e.path, compileExpr);
  const at = whereOf(e.loc);
  return (scope) => {
    const base = object(scope);
    return follow(base, '(expression)', keys(scope), at(scope.frame.path), mode);
  };
}

const COMPILERS: { [K in Expr['kind']]: Compiler<K> } = {
  StringLit: (e) => constant(e.value),
  NumberLit: (e) => constant(Number(e.value)),
  BoolLit: (e) => constant(e.value),
  NullLit: () => constant(null),
  NowLit: () => (scope) => scope.frame.state.clock.now(),
  TimestampLit: (e) => {
    const at = whereOf(e.loc);
    return (scope) => parseTimestamp(e.value, at(scope.frame.path));
  },
  RegexLit: (e) => constant(e.pattern),
  VarExpr: (e) => compileVar(e, compileExpr),
  MemberExpr: (e) => member(e, 'var'),
  FilterExpr: (e) => {
    if (!e.disabled) return compileFilter(e, compileExpr, evaluate);
    const operand = e.operand ? compileExpr(e.operand) : null;
    return (scope) => (operand ? operand(scope) : null);
  },
  BinaryExpr: binary,
  UnaryExpr: (e) => {
    const operand = compileExpr(e.operand);
    if (e.op === '!') return (scope) => !truthy(operand(scope));
    const at = whereOf(e.loc);
    return (scope) => {
      const v = operand(scope);
      const n = toNumber(v);
      if (n === undefined) throw new ValueTypeError(`cannot negate a ${typeName(v)} value`, at(scope.frame.path));
      return -n;
    };
  },
  TernaryExpr: (e) => {
    const [test, consequent, alternate] = [compileExpr(e.test), compileExpr(e.consequent), compileExpr(e.alternate)];
    return (scope) => (truthy(test(scope)) ? consequent(scope) : alternate(scope));
  },
  BetweenExpr: (e) => {
    const [operand, low, high] = [compileExpr(e.operand), compileExpr(e.low), compileExpr(e.high)];
    return (scope) => {
      const v = operand(scope);
      const inside = COMPARISON['>='](v, low(scope)) && COMPARISON['<='](v, high(scope));
      return e.negated ? !inside : inside;
    };
  },
  RangeExpr: (e) => {
    const [from, to] = [compileExpr(e.from), compileExpr(e.to)];
    const at = whereOf(e.loc);
    return (scope) => {
      const a = from(scope);
      return range(a, to(scope), at(scope.frame.path));
    };
  },
  CastExpr: (e) => {
    const at = whereOf(e.loc);
    return (scope) => cast(e.type, e.value.value, at(scope.frame.path));
  },
  ObjectExpr: (e) => {
    const entries = e.entries.filter((entry) => !entry.disabled).map((entry) => [entry.key, compileExpr(entry.value)] as const);
    return (scope) => {
      const out: Obj = {};
      for (const [key, value] of entries) out[key] = value(scope);
      return out;
    };
  },
  ArrayExpr: (e) => {
    const elements = e.elements.map(compileExpr);
    return (scope) => elements.map((x) => x(scope));
  },
  BacktickExpr: (e) => compileExpr(e.expr),
  // A bare word (`index_by:g`, `pick:[a,c]`, `sort:n:text:false` in the docs) is its own text.
  RawExpr: (e) => {
    if (BARE_WORD.test(e.source)) return constant(e.source);
    const at = whereOf(e.loc);
    return (scope) => {
      throw new UnsupportedStatementError(`raw expression ${e.source}`, at(scope.frame.path));
    };
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

const COMPILED = new WeakMap<Expr, Compiled>();

/**
 * The closure that evaluates an expression, compiled on first use and kept with the node.
 * @example compileExpr(parseExpr('$x + 1'))(scope) // 3 when $x is 2
 */
export function compileExpr(e: Expr): Compiled {
  let f = COMPILED.get(e);
  if (f === undefined) {
    f = (COMPILERS[e.kind] as Compiler<Expr['kind']>)(e as never);
    COMPILED.set(e, f);
  }
  return f;
}

/**
 * The value of an expression in a scope.
 * @example evaluate(parseExpr('1 + 2'), scope) // 3
 */
export function evaluate(e: Expr, scope: Scope): Value {
  return compileExpr(e)(scope);
}
