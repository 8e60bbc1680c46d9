import { arr, node, num, obj, str, varRef } from '../ast/build.js';
import type { BinaryOp, Expr } from '../ast/nodes/exprs.js';
import type { X } from './methods.js';
import { FILTER_METHODS, OBJECT_METHOD_NAMES, type FilterMethodName } from './filter-table.js';
import { captureOrigin, DslError } from './origin.js';
import type { ExprBase, Val, XT } from './types.js';

// The run-time side of DSL expressions: one class carries every method; the types in methods.ts
// decide which of them an expression offers.

/** True for DSL expressions (as opposed to plain values). */
export function isExpr(value: unknown): value is ExprBase<XT> {
  return value instanceof ExprImpl;
}

const OFF = Symbol.for('xano-as-code.off');
/** An object entry kept in the script but switched off: `!key: value` (made by `op.off`). */
export type Off = { readonly [OFF]: Val };
/** Marks an object entry's value as switched off (`!key: value`). */
export function off(value: Val): Off {
  return { [OFF]: value };
}
const isOff = (v: unknown): v is Off => typeof v === 'object' && v !== null && OFF in v;

/** `{key: value, !key: value}` from entries whose values may be switched off (op.off). */
export function objectNode(entries: ReadonlyArray<readonly [string, Val | Off]>): Expr {
  const list = entries.map(([key, v]) => (isOff(v) ? node({ kind: 'ObjectEntry' as const, key, value: toNode(v[OFF]), disabled: true }) : node({ kind: 'ObjectEntry' as const, key, value: toNode(v) })));
  return node({ kind: 'ObjectExpr', entries: Object.freeze(list) });
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
  return objectNode(Object.entries(value as Record<string, Val | Off>));
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

  /** `$x|name:args…` (used by the generated filter methods). */
  f(name: string, ...args: Val[]): any {
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
  orElse(d: Val) { return this.bin('??', d); }
  then(a: Val, b: Val) {
    return wrap(node({ kind: 'TernaryExpr', test: this.node, consequent: toNode(a), alternate: toNode(b) }));
  }
  add(n: Val) { return this.bin('+', n); }
  sub(n: Val) { return this.bin('-', n); }
  mul(n: Val) { return this.bin('*', n); }
  div(n: Val) { return this.bin('/', n); }
  concat(...parts: Val[]) {
    return parts.reduce<any>((acc: ExprImpl, p) => acc.bin('~', p), this);
  }
  and(o: Val) { return this.bin('&&', o); }
  or(o: Val) { return this.bin('||', o); }
  // Filter methods (`|modulus:n` rather than `%`, `|not` rather than `!x`: both parser generations
  // accept them, reference §0, §9) are generated from FILTER_METHODS below.
  col(name: string) { return member(this.node, name, this.columns?.get(name) ?? this.latent?.get(name)); }
}

/** The generated filter methods ExprImpl carries (their typing is in methods.ts). */
type FilterImpls = { [K in FilterMethodName]: (...args: Val[]) => any };
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface ExprImpl extends FilterImpls {}

for (const [method, [name, counts]] of Object.entries(FILTER_METHODS) as Array<[FilterMethodName, readonly [string, readonly number[]]]>) {
  const min = Math.min(...counts);
  (ExprImpl.prototype as unknown as Record<string, unknown>)[method] = function (this: ExprImpl, ...args: Val[]) {
    // Optional trailing arguments left undefined are not written; a required one that is undefined
    // (a missing key read through a cast) reaches toNode, which says so.
    let n = args.length;
    while (n > min && args[n - 1] === undefined) n--;
    return this.f(name, ...args.slice(0, n));
  };
}

/** `$x.name` when the base is a variable path, else `base|get:"name"`; typed objects keep their keys. */
function member(base: Expr, name: string, info?: KeyInfo): X<any> {
  const n = base.kind === 'VarExpr'
    ? node({ ...base, path: Object.freeze([...base.path, node({ kind: 'PropAccess' as const, name })]) })
    : filter(base, 'get', [name]);
  return wrap(n, info?.columns, info?.latent);
}

/** Method names typed objects and rows keep (filter-table.ts); other names are columns. */
const OBJECT_METHODS: ReadonlySet<string> = new Set(OBJECT_METHOD_NAMES);

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

/**
 * The same expression with every name readable as a key (`$x.name`, nested reads too): what
 * `unsafe.cast` gives back, since TypeScript no longer checks the reads made through it.
 * @example opened(row).hit_count // $rate_limit.hit_count, before any null check
 */
export function opened(value: ExprImpl): X<any> {
  const open = (n: Expr): X<any> => new Proxy(new ExprImpl(n), {
    get(target, prop, receiver) {
      if (typeof prop !== 'string' || prop in target || isProbe(prop)) return Reflect.get(target, prop, receiver);
      return open(member(target.node, prop).node);
    },
  }) as unknown as X<any>;
  return open(value.node);
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
