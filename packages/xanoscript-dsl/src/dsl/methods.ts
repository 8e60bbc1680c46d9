import type { ArrT, ExprBase, NonNull, ObjT, RowT, Shape, Val, ValType, XT } from './types.js';
import type { FilterMethodName, ObjectMethodName } from './filter-table.js';

// The methods each value type offers. `X<T>` picks them by type, so autocomplete shows only what
// applies, and a value whose type has no `.get` default or no declared column simply has no such
// member: the bugs of the seed report do not compile.

/** A DSL expression of value type `T`. */
export type X<T extends XT> = ExprBase<T> & Methods<T>;

export type Num = X<'int'> | X<'decimal'> | X<'int' | 'decimal'> | number;
export type Text = X<'text'> | string;
export type Bool = X<'bool'> | boolean;

/** True when `T` is TypeScript's `any` (the type of escape-hatch values). */
type IsAny<T> = 0 extends 1 & T ? true : false;

type Methods<T extends XT> = IsAny<T> extends true
  ? AnyMethods
  : [NonNull<T>] extends ['int' | 'decimal']
    ? NumMethods<T>
    : [NonNull<T>] extends ['text']
      ? TextMethods<T>
      : [NonNull<T>] extends ['bool']
        ? BoolMethods<T>
        : [NonNull<T>] extends ['timestamp']
          ? TimeMethods<T>
          : [NonNull<T>] extends ['json']
            ? JsonMethods<T>
            : [NonNull<T>] extends [ArrT<infer E>]
              ? ArrMethods<T, E>
              : [T] extends [RowT<infer S>]
                ? RowMethods<T, S> & Columns<S>
                : [NonNull<T>] extends [RowT<infer S>]
                  ? MaybeRowMethods<T, S>
                  : [NonNull<T>] extends [ObjT<infer S>]
                    ? ObjMethods<T, S> & Columns<S>
                    : CommonMethods<T>;

export type { ObjectMethodName };

/** Typed read access to declared keys. */
export type Columns<S extends Shape> = { readonly [K in Exclude<keyof S, ObjectMethodName>]: X<S[K]> };

type Defaulted<T extends XT, D> = X<NonNull<T> | ValType<D>>;

/** Methods on every value. */
export interface CommonMethods<T extends XT> {
  /** `a == b` */
  eq(other: Val): X<'bool'>;
  /** `a != b` */
  ne(other: Val): X<'bool'>;
  /** `a == null` */
  isNull(): X<'bool'>;
  /** `a != null` */
  notNull(): X<'bool'>;
  /** `|is_empty` */
  isEmpty(): X<'bool'>;
  /** `|first_notnull:d` — the value, or `d` when it is null. */
  firstNotNull<D extends Val>(fallback: D): Defaulted<T, D>;
  /** `|first_notempty:d` — the value, or `d` when it is null, "" or 0. */
  firstNotEmpty<D extends Val>(fallback: D): Defaulted<T, D>;
  /** `a ?? d` */
  orElse<D extends Val>(fallback: D): Defaulted<T, D>;
  /** `|to_text` */
  toText(): X<'text'>;
  /** `|json_encode` */
  jsonEncode(): X<'text'>;
  /** `cond ? a : b` with this value as the condition. */
  then<A extends Val, B extends Val>(whenTrue: A, whenFalse: B): X<ValType<A> | ValType<B>>;
  /** `|is_array`, `|is_object`, `|is_text`, `|is_int`, `|is_decimal`, `|is_bool` */
  isArray(): X<'bool'>;
  isObject(): X<'bool'>;
  isText(): X<'bool'>;
  isInt(): X<'bool'>;
  isDecimal(): X<'bool'>;
  isBool(): X<'bool'>;
  /** `|in:list` — true when the value is an element of `list`. */
  inList(list: Val): X<'bool'>;
  /** `|equals:v` — the filter form of `==`. */
  equals(other: Val): X<'bool'>;
}

interface Comparable {
  gt(other: Val): X<'bool'>;
  gte(other: Val): X<'bool'>;
  lt(other: Val): X<'bool'>;
  lte(other: Val): X<'bool'>;
}

export interface NumMethods<T extends XT> extends CommonMethods<T>, Comparable {
  add(n: Num): X<NonNull<T>>;
  sub(n: Num): X<NonNull<T>>;
  mul(n: Num): X<NonNull<T>>;
  div(n: Num): X<'decimal'>;
  /** `|modulus:n` (the remainder; printed as a filter, which every parser generation accepts) */
  mod(n: Num): X<'int'>;
  /** `|floor` */
  floor(): X<'int'>;
  /** `|ceil` */
  ceil(): X<'int'>;
  /** `|round:p` */
  round(precision?: number): X<'decimal'>;
  abs(): X<NonNull<T>>;
  sqrt(): X<'decimal'>;
  pow(n: Num): X<'decimal'>;
  min(n: Num): X<NonNull<T>>;
  max(n: Num): X<NonNull<T>>;
  /** `|add:n` (the filter; `add()` is the `+` operator) */
  plus(n: Num): X<NonNull<T>>;
  /** `|subtract:n` (the filter; `sub()` is the `-` operator) */
  minus(n: Num): X<NonNull<T>>;
  /** `|multiply:n` */
  multiply(n: Num): X<NonNull<T>>;
  /** `|divide:n` */
  divide(n: Num): X<'decimal'>;
  bitwiseAnd(n: Num): X<'int'>;
  bitwiseXor(n: Num): X<'int'>;
  /** `|bitwise_not` */
  bitwiseNot(): X<'int'>;
  /** `|to_int` */
  toInt(): X<'int'>;
  /** `|to_decimal` */
  toDecimal(): X<'decimal'>;
  /** `|to_bool` */
  toBool(): X<'bool'>;
  /** `|to_timestamp` (epoch milliseconds) */
  toTimestamp(): X<'timestamp'>;
}

export interface TextMethods<T extends XT> extends CommonMethods<T>, Comparable {
  /** `a ~ b ~ …` */
  concat(...parts: Val[]): X<'text'>;
  /** `|trim` or `|trim:chars` */
  trim(chars?: Text): X<'text'>;
  /** `|ltrim` / `|rtrim` (or with the characters to strip): one side only. */
  ltrim(chars?: Text): X<'text'>;
  rtrim(chars?: Text): X<'text'>;
  toLower(): X<'text'>;
  toUpper(): X<'text'>;
  strlen(): X<'int'>;
  /** `|substr:start:length` (to the end without a length) */
  substr(start: Num, length?: Num): X<'text'>;
  split(separator: Text): X<ArrT<'text'>>;
  replace(search: Text, replacement: Text): X<'text'>;
  regexReplace(pattern: Text, replacement: Text): X<'text'>;
  contains(needle: Text): X<'bool'>;
  startsWith(prefix: Text): X<'bool'>;
  endsWith(suffix: Text): X<'bool'>;
  /** `|index:s` — position of `s`, or false. */
  index(needle: Text): X<'int' | 'null'>;
  /** `|to_int` — null for text that is not a number; add `.firstNotEmpty(0)` before using it as an id. */
  toInt(): X<'int' | 'null'>;
  toDecimal(): X<'decimal' | 'null'>;
  toBool(): X<'bool' | 'null'>;
  toTimestamp(timezone?: Text): X<'timestamp' | 'null'>;
  /** `|json_decode` — untyped data: read it with `.get(key, default)`. */
  jsonDecode(): X<'json'>;
  icontains(needle: Text): X<'bool'>;
  /** `|regex_matches:pattern` */
  regexMatches(pattern: Text): X<'bool'>;
  /** `|sprintf:a:b…` — the text as a format. */
  sprintf(...args: Val[]): X<'text'>;
  /** `|concat:other` or `|concat:other:separator` (the filter; `concat()` is the `~` operator). */
  concatText(other: Val, separator?: Text): X<'text'>;
  base64Encode(): X<'text'>;
  urlEncode(): X<'text'>;
  urlEncodeRfc3986(): X<'text'>;
  urlDecode(): X<'text'>;
  /** `|hmac_sha256:key` or `|hmac_sha256:key:raw` */
  hmacSha256(key: Text, raw?: Bool): X<'text'>;
  /** `pattern|regex_get_all_matches:subject` — the pattern is the value; untyped match groups. */
  regexGetAllMatches(subject: Text): X<ArrT<'json'>>;
  /** `|url_addarg:key:value` (`:false` to leave the value unencoded) — the URL with a query argument. */
  urlAddarg(key: Text, value: Val, encode?: Bool): X<'text'>;
  /** `|create_uid` — a new unique id (the value itself is not used). */
  createUid(): X<'text'>;
  /** `|uuid` — a new UUID (the value itself is not used). */
  uuid(): X<'text'>;
  /** `|to_seconds` (or with a timezone) — a timestamp text (`"now"`) as epoch seconds. */
  toSeconds(timezone?: Text): X<'int'>;
}

export interface BoolMethods<T extends XT> extends CommonMethods<T> {
  and(other: Bool): X<'bool'>;
  or(other: Bool): X<'bool'>;
  not(): X<'bool'>;
}

export interface TimeMethods<T extends XT> extends CommonMethods<T>, Comparable {
  /** `|format_timestamp:fmt:tz` */
  formatTimestamp(format: Text, timezone?: Text): X<'text'>;
  /** `|transform_timestamp:"-1 hour"` */
  transformTimestamp(change: Text, timezone?: Text): X<'timestamp'>;
  /** `|add_secs_to_timestamp:n` */
  addSeconds(seconds: Num): X<'timestamp'>;
  /** `|to_ms` — epoch milliseconds. */
  toMs(): X<'int'>;
  /** `|to_seconds` — epoch seconds. */
  toSeconds(timezone?: Text): X<'int'>;
  toInt(): X<'int'>;
  /** `|create_uid` — a new unique id (the value itself is not used). */
  createUid(): X<'text'>;
}

/** Untyped data (results of function.run, api.request, json): read only through `.get` with a default. */
export interface JsonMethods<T extends XT> extends CommonMethods<T> {
  /** `|get:"key":default` — the only way to read untyped data. */
  get<D extends Val>(key: Text | Num, fallback: D): X<ValType<D>>;
  /** `|get:"key"` — null when the key is missing. */
  get(key: Text | Num): X<'json' | 'null'>;
  setIfNotEmpty(key: Text, value: Val): X<'json'>;
  setIfNotNull(key: Text, value: Val): X<'json'>;
  values(): X<ArrT<'json'>>;
  safeArray(): X<ArrT<'json'>>;
  filterNull(path?: Text): X<'json'>;
  filterEmpty(path?: Text): X<'json'>;
  /** `|filter_empty_text` — drops "" values (of a list or an object's keys). */
  filterEmptyText(replacement?: Val): X<'json'>;
  /** `|yaml_encode` */
  yamlEncode(): X<'text'>;
  first(): X<'json' | 'null'>;
  last(): X<'json' | 'null'>;
  sum(): X<'decimal'>;
  /** `|has:"key"` */
  has(key: Text): X<'bool'>;
  /** `|set:"key":value` */
  set(key: Text, value: Val): X<'json'>;
  unset(key: Text): X<'json'>;
  merge(other: Val): X<'json'>;
  keys(): X<ArrT<'text'>>;
  count(): X<'int'>;
  /** `|pick:keys` — only the listed keys. */
  pick(keys: Val): X<'json'>;
  /** `|unpick:keys` — all but the listed keys. */
  unpick(keys: Val): X<'json'>;
  /** `|entries` — `[{key, value}, …]`. */
  entries(): X<ArrT<'json'>>;
  /** `|set_conditional:"key":value:condition` */
  setConditional(key: Text, value: Val, condition: Val): X<'json'>;
  slice(offset: Num, length?: Num): X<'json'>;
  /** `|map:expr` over untyped data (a list read from JSON). */
  map(expr: Val, timeout?: Num): X<ArrT<'json'>>;
  filter(cond: Val): X<'json'>;
  some(cond: Val): X<'bool'>;
  every(cond: Val): X<'bool'>;
  find(cond: Val): X<'json' | 'null'>;
  findIndex(cond: Val): X<'int'>;
}

export interface ArrMethods<T extends XT, E extends XT> extends CommonMethods<T> {
  count(): X<'int'>;
  first(): X<E | 'null'>;
  last(): X<E | 'null'>;
  /** `|slice:offset:length` (to the end without a length) */
  slice(offset: Num, length?: Num): X<ArrT<E>>;
  reverse(): X<ArrT<E>>;
  /** `|unique` or `|unique:path` */
  unique(path?: Text): X<ArrT<E>>;
  /** `|remove:value` (`:path:strict` as the corpus writes it) */
  remove(value: Val, path?: Text, strict?: Bool): X<ArrT<E>>;
  intersect(other: Val): X<ArrT<E>>;
  diff(other: Val): X<ArrT<E>>;
  /** `|index_by:"path"` — an object keyed by each element's value at path. */
  indexBy(path: Text): X<'json'>;
  avg(): X<'decimal'>;
  /** `|map:expr` — each element through an expression over `op.element()` (`$$`). */
  map(expr: Val, timeout?: Num): X<ArrT<'json'>>;
  /** `|filter:cond` — the elements for which the condition over `op.element()` holds. */
  filter(cond: Val): X<ArrT<E>>;
  some(cond: Val): X<'bool'>;
  every(cond: Val): X<'bool'>;
  find(cond: Val): X<E | 'null'>;
  findIndex(cond: Val): X<'int'>;
  /** `|min` / `|max` of a list (null when empty) */
  min(): X<E | 'null'>;
  max(): X<E | 'null'>;
  /** `|sort:path:type:ascending` */
  sort(path?: Text, type?: Text, ascending?: boolean): X<ArrT<E>>;
  join(separator: Text): X<'text'>;
  push(value: Val): X<ArrT<E>>;
  append(value: Val): X<ArrT<E>>;
  merge(other: Val): X<ArrT<E>>;
  pop(): X<E | 'null'>;
  /** `|shift` — the first element (`array.shift` removes it; the filter does not). */
  shift(): X<E | 'null'>;
  /** `|shuffle` — the elements in random order. */
  shuffle(): X<ArrT<E>>;
  /** `|yaml_encode` */
  yamlEncode(): X<'text'>;
  /** `|get:i:default` */
  get<D extends Val>(index: Num, fallback: D): X<E | ValType<D>>;
  /** `|get:i` — null past the end. */
  get(index: Num): X<E | 'null'>;
  sum(): X<'decimal'>;
  safeArray(): X<ArrT<E>>;
  filterNull(path?: Text): X<ArrT<E>>;
  filterEmpty(path?: Text): X<ArrT<E>>;
  filterEmptyText(replacement?: Val): X<ArrT<E>>;
}

export interface ObjMethods<T extends XT, S extends Shape> extends CommonMethods<T> {
  /** A key by name, for keys whose names clash with method names. */
  col<K extends keyof S & string>(name: K): X<S[K]>;
  get<K extends keyof S & string, D extends Val>(key: K, fallback: D): X<NonNull<S[K]> | ValType<D>>;
  has(key: Text): X<'bool'>;
  set(key: Text, value: Val): X<'json'>;
  keys(): X<ArrT<'text'>>;
  merge(other: Val): X<'json'>;
  /** `|pick:keys` — only the listed keys. */
  pick(keys: Val): X<'json'>;
  /** `|unpick:keys` — all but the listed keys. */
  unpick(keys: Val): X<'json'>;
  /** `|entries` — `[{key, value}, …]`. */
  entries(): X<ArrT<'json'>>;
  /** `|set_conditional:"key":value:condition` */
  setConditional(key: Text, value: Val, condition: Val): X<'json'>;
}

/** A row known to exist (after a null check): declared columns are members. */
export interface RowMethods<T extends XT, S extends Shape> extends CommonMethods<T> {
  /** A column by name, for columns whose names clash with method names. */
  col<K extends keyof S & string>(name: K): X<S[K]>;
  get<K extends keyof S & string, D extends Val>(key: K, fallback: D): X<NonNull<S[K]> | ValType<D>>;
}

/** A row that may be null (db.get, db.query single): columns only through `.get` with a default. */
export interface MaybeRowMethods<T extends XT, S extends Shape> extends CommonMethods<T> {
  get<K extends keyof S & string, D extends Val>(key: K, fallback: D): X<NonNull<S[K]> | ValType<D>>;
}

/** Escape hatches (`raw.expr`, `unsafe`) are untyped and allow everything. */
export type AnyMethods = NumMethods<any> &
  TextMethods<any> &
  BoolMethods<any> &
  TimeMethods<any> &
  JsonMethods<any> & { readonly [key: string]: any };

// Every entry of the filter table (filter-table.ts) is a typed method of some value type: a method
// added there without its signature here does not compile.
type TypedMethodName = keyof (NumMethods<any> & TextMethods<any> & BoolMethods<any> & TimeMethods<any> & JsonMethods<any> &
  ArrMethods<any, any> & ObjMethods<any, any>);
type UntypedFilterMethod = Exclude<FilterMethodName, TypedMethodName>;
const everyFilterMethodIsTyped: [UntypedFilterMethod] extends [never] ? true : UntypedFilterMethod = true;
void everyFilterMethodIsTyped;
