// Values and Xano's coercions. XanoScript values are JSON values: null, booleans, numbers (int and
// decimal are both JS numbers), text, arrays and objects. Timestamps are epoch milliseconds
// (types.md "timestamp": "Epoch ms or ISO"). Choices the docs leave open are listed in docs/runtime.md.

export type Value = null | boolean | number | string | Value[] | { [key: string]: Value };
export type Obj = { [key: string]: Value };

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The type name as Xano's docs write it, for messages. */
export function typeName(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'decimal';
  if (typeof v === 'string') return 'text';
  if (typeof v === 'boolean') return 'bool';
  return 'object';
}

/** Empty in the sense of `is_empty` / `first_notempty`: null, "", 0, false, [] and {} (unverified for 0 and false). */
export function isEmpty(v: Value): boolean {
  if (v === null || v === '' || v === 0 || v === false) return true;
  if (Array.isArray(v)) return v.length === 0;
  if (isObj(v)) return Object.keys(v).length === 0;
  return false;
}

/** Truthiness for conditions, `&&`, `||`, `!`: syntax.md "Nullish Coalescing" names null, 0, "" and false falsy; empty arrays and objects are falsy too (unverified). */
export const truthy = (v: Value): boolean => !isEmpty(v);

const NUMERIC = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

/** A number from a value, or undefined when it has none (text that is not numeric, arrays, objects). */
export function toNumber(v: Value): number | undefined {
  if (typeof v === 'number') return v;
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') return NUMERIC.test(v) ? Number(v) : undefined;
  return undefined;
}

/** Text of a value as `~` and `to_text` write it: null is "", booleans "true"/"false", arrays and objects JSON. */
export function toText(v: Value): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

/** Deep equality; with `loose`, a number equals numeric text of the same value (unverified). */
export function equals(a: Value, b: Value, loose: boolean): boolean {
  if (a === b) return true;
  if (loose && (typeof a === 'number') !== (typeof b === 'number')) {
    const [n, other] = typeof a === 'number' ? [a, b] : [b as number, a];
    return typeof other === 'string' && NUMERIC.test(other) && Number(other) === n;
  }
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equals(x, b[i] as Value, loose));
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && equals(a[k] as Value, b[k] as Value, loose));
  }
  return false;
}

/** Ordering for `<`, `sort`, `min`/`max`: numbers (and numeric text against numbers) numerically, text by code point; null sorts first. */
export function compare(a: Value, b: Value): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  const x = toNumber(a);
  const y = toNumber(b);
  if (x !== undefined && y !== undefined) return x - y;
  const s = toText(a);
  const t = toText(b);
  return s < t ? -1 : s > t ? 1 : 0;
}

/** A deep copy, so that updating one variable never changes another (values are copied on assignment). */
export function clone<T extends Value>(v: T): T {
  if (Array.isArray(v)) return v.map((x) => clone(x)) as T;
  if (isObj(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clone(x)])) as T;
  return v;
}

/** A JS value from outside (JSON input, a context) as a runtime value: undefined becomes null. */
export function fromJson(v: unknown): Value {
  if (v === undefined || v === null) return null;
  if (Array.isArray(v)) return v.map(fromJson);
  if (typeof v === 'object') return Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, fromJson(x)]));
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}
