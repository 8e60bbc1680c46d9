import { arr, node, num, obj, str, varRef } from '../ast/build.js';
import type { BinaryOp, Expr } from '../ast/nodes/exprs.js';
import type { X } from './methods.js';
import { captureOrigin, DslError } from './origin.js';
import type { ExprBase, Val, XT } from './types.js';

// The run-time side of DSL expressions: one class carries every method; the types in methods.ts
// decide which of them an expression offers.

/** True for DSL expressions (as opposed to plain values). */
export function isExpr(value: unknown): value is ExprBase<XT> {
  return value instanceof ExprImpl;
}

/** Converts an expression or plain value to its AST node. */
export function toNode(value: Val): Expr {
  if (value instanceof ExprImpl) return value.node;
  if (value === null) return node({ kind: 'NullLit' });
  if (value === undefined) throw new DslError('a value is undefined (a key or column the expression does not have, read through a cast?)', undefined);
  if (typeof value === 'string') return str(value);
  if (typeof value === 'number') return num(value);
  if (typeof value === 'boolean') return node({ kind: 'BoolLit', value });
  if (Array.isArray(value)) return arr(value.map((v) => toNode(v as Val)));
  return obj(Object.entries(value as Record<string, Val>).map(([k, v]) => [k, toNode(v)] as const));
}

const filter = (operand: Expr, name: string, args: readonly Val[]): Expr =>
  node({ kind: 'FilterExpr', operand, name, args: Object.freeze(args.map(toNode)) });

/** What is known about one declared key: the keys of its value (objects) or of its elements (lists). */
export interface KeyInfo {
  readonly columns?: Keys;
  readonly latent?: Keys;
}
/** The declared keys of a typed object or row. */
export type Keys = ReadonlyMap<string, KeyInfo>;

/** Keys without nested information, from names. */
export function keysOf(names: Iterable<string>): Keys {
  return new Map([...names].map((n) => [n, {}] as const));
}

/**
 * One DSL expression. `columns` lists the declared keys of typed objects and rows, which become
 * properties (through a Proxy) compiling to `$x.key` (or `|get:"key"` on a computed value).
 */
export class ExprImpl {
  constructor(
    readonly node: Expr,
    readonly columns?: Keys,
    /** Columns that become readable after a null check (rows) or per element (lists of rows). */
    readonly latent?: Keys,
  ) {}

  private f(name: string, ...args: Val[]): any {
    return wrap(filter(this.node, name, args));
  }
  private bin(op: BinaryOp, other: Val): any {
    return wrap(node({ kind: 'BinaryExpr', op, left: this.node, right: toNode(other) }));
  }

  eq(o: Val) { return this.bin('==', o); }
  ne(o: Val) { return this.bin('!=', o); }
  gt(o: Val) { return this.bin('>', o); }
  gte(o: Val) { return this.bin('>=', o); }
  lt(o: Val) { return this.bin('<', o); }
  lte(o: Val) { return this.bin('<=', o); }
  isNull() { return this.bin('==', null); }
  notNull() { return this.bin('!=', null); }
  isEmpty() { return this.f('is_empty'); }
  firstNotNull(d: Val) { return this.f('first_notnull', d); }
  firstNotEmpty(d: Val) { return this.f('first_notempty', d); }
  orElse(d: Val) { return this.bin('??', d); }
  toText() { return this.f('to_text'); }
  jsonEncode() { return this.f('json_encode'); }
  then(a: Val, b: Val) {
    return wrap(node({ kind: 'TernaryExpr', test: this.node, consequent: toNode(a), alternate: toNode(b) }));
  }

  add(n: Val) { return this.bin('+', n); }
  sub(n: Val) { return this.bin('-', n); }
  mul(n: Val) { return this.bin('*', n); }
  div(n: Val) { return this.bin('/', n); }
  // `|modulus:n` rather than `%`: both parser generations accept it (reference §0, §9).
  mod(n: Val) { return this.f('modulus', n); }
  floor() { return this.f('floor'); }
  ceil() { return this.f('ceil'); }
  round(p?: number) { return p === undefined ? this.f('round') : this.f('round', p); }
  abs() { return this.f('abs'); }
  sqrt() { return this.f('sqrt'); }
  pow(n: Val) { return this.f('pow', n); }
  min(n: Val) { return this.f('min', n); }
  max(n: Val) { return this.f('max', n); }
  multiply(n: Val) { return this.f('multiply', n); }
  bitwiseAnd(n: Val) { return this.f('bitwise_and', n); }
  bitwiseXor(n: Val) { return this.f('bitwise_xor', n); }
  toInt() { return this.f('to_int'); }
  toDecimal() { return this.f('to_decimal'); }
  toBool() { return this.f('to_bool'); }
  toTimestamp(tz?: Val) { return tz === undefined ? this.f('to_timestamp') : this.f('to_timestamp', tz); }

  concat(...parts: Val[]) {
    return parts.reduce<any>((acc: ExprImpl, p) => acc.bin('~', p), this);
  }
  trim() { return this.f('trim'); }
  toLower() { return this.f('to_lower'); }
  toUpper() { return this.f('to_upper'); }
  strlen() { return this.f('strlen'); }
  substr(s: Val, l: Val) { return this.f('substr', s, l); }
  split(sep: Val) { return this.f('split', sep); }
  replace(a: Val, b: Val) { return this.f('replace', a, b); }
  regexReplace(p: Val, r: Val) { return this.f('regex_replace', p, r); }
  contains(s: Val) { return this.f('contains', s); }
  startsWith(s: Val) { return this.f('starts_with', s); }
  endsWith(s: Val) { return this.f('ends_with', s); }
  index(s: Val) { return this.f('index', s); }
  jsonDecode() { return this.f('json_decode'); }

  and(o: Val) { return this.bin('&&', o); }
  or(o: Val) { return this.bin('||', o); }
  // `|not` rather than `!x`: both parser generations accept it (reference §0, §9).
  not() { return this.f('not'); }

  formatTimestamp(fmt: Val, tz?: Val) { return tz === undefined ? this.f('format_timestamp', fmt) : this.f('format_timestamp', fmt, tz); }
  transformTimestamp(c: Val, tz?: Val) { return tz === undefined ? this.f('transform_timestamp', c) : this.f('transform_timestamp', c, tz); }
  addSeconds(n: Val) { return this.f('add_secs_to_timestamp', n); }

  get(key: Val, fallback: Val) { return this.f('get', key, fallback); }
  has(k: Val) { return this.f('has', k); }
  set(k: Val, v: Val) { return this.f('set', k, v); }
  unset(k: Val) { return this.f('unset', k); }
  merge(o: Val) { return this.f('merge', o); }
  keys() { return this.f('keys'); }
  count() { return this.f('count'); }
  first() { return this.f('first'); }
  last() { return this.f('last'); }
  slice(o: Val, l: Val) { return this.f('slice', o, l); }
  reverse() { return this.f('reverse'); }
  unique() { return this.f('unique'); }
  sort(path?: Val, type?: Val, asc?: boolean) {
    const args = [path, type, asc].filter((a) => a !== undefined) as Val[];
    return this.f('sort', ...args);
  }
  join(sep: Val) { return this.f('join', sep); }
  push(v: Val) { return this.f('push', v); }
  append(v: Val) { return this.f('append', v); }
  pop() { return this.f('pop'); }
  col(name: string) { return member(this.node, name, this.columns?.get(name) ?? this.latent?.get(name)); }
}

/** `$x.name` when the base is a variable path, else `base|get:"name"`; typed objects keep their keys. */
function member(base: Expr, name: string, info?: KeyInfo): X<any> {
  const n = base.kind === 'VarExpr'
    ? node({ ...base, path: Object.freeze([...base.path, node({ kind: 'PropAccess' as const, name })]) })
    : filter(base, 'get', [name]);
  return wrap(n, info?.columns, info?.latent);
}

/** Method names typed objects and rows keep (ObjectMethodName in methods.ts); other names are columns. */
const OBJECT_METHODS: ReadonlySet<string> = new Set([
  'eq', 'ne', 'isNull', 'notNull', 'isEmpty', 'firstNotNull', 'firstNotEmpty', 'orElse',
  'toText', 'jsonEncode', 'then', 'col', 'get', 'has', 'set', 'keys', 'merge', 'node',
]);

/** Names that tools probe on any object (thenables, JSON, test matchers, inspectors): never DSL reads. */
const PROBES: ReadonlySet<string> = new Set(['toJSON', 'asymmetricMatch', 'nodeType', 'tagName', 'inspect', 'length']);
const isProbe = (name: string) => PROBES.has(name) || name.startsWith('_') || name.startsWith('$$') || name.startsWith('@@');

/** Why `.name` cannot be read on this expression: the types forbid it, so it came through a cast. */
function unreadable(target: ExprImpl, name: string): string {
  if (target.latent?.has(name)) return `\`.${name}\` can be read only once the row is known to exist: s.requireFound(…) or a != null check first`;
  if (target.columns !== undefined && target.columns.size > 0) {
    const has = [...target.columns.keys()].join(', ');
    return `\`.${name}\` is not a column or key of this value (it has: ${has}); a column removed from its table can no longer be read`;
  }
  return `\`.${name}\` cannot be read here: this value has no typed keys (a function.run, api.request or db result, or untyped JSON); read it with .get('${name}', default)`;
}

/**
 * Wraps a node as a DSL expression. With `columns`, the declared keys are readable as properties;
 * any other name (which the types reject, so it came through a cast) is a DslError at the read.
 * @example wrap(varRef('user'), keysOf(['id', 'email'])).email // $user.email
 */
export function wrap<T extends XT = any>(n: Expr, columns?: Keys, latent?: Keys): X<T> {
  const impl = new ExprImpl(n, columns, latent);
  return new Proxy(impl, {
    get(target, prop, receiver) {
      if (typeof prop !== 'string') return Reflect.get(target, prop, receiver);
      if (columns?.has(prop) && !OBJECT_METHODS.has(prop)) return member(target.node, prop, columns.get(prop));
      if (prop in target || isProbe(prop)) return Reflect.get(target, prop, receiver);
      throw new DslError(unreadable(target, prop), captureOrigin()());
    },
  }) as unknown as X<T>;
}

/** A variable reference as a DSL expression. */
export function variable<T extends XT = any>(
  name: string,
  columns?: Keys,
  latent?: Keys,
): X<T> {
  return wrap<T>(varRef(name), columns, latent);
}

/** The latent columns carried by an expression (see ExprImpl.latent). */
export function latentOf(value: unknown): Keys | undefined {
  return value instanceof ExprImpl ? value.latent : undefined;
}
