import { ValueTypeError } from '../errors.js';
import { isObj, toText, typeName, type Value } from '../values.js';

// Conversions shared by the `to_*` filters, casts (`!int "42"`) and input types (types.md
// "Primitive Types"; syntax.md "Type Filters"). Text to a number reads its leading number, as
// `"123"|to_int` → 123; text with no number gives 0 (unverified).

/** `to_int`: decimals truncate, text reads its leading integer, booleans are 1/0, null is 0. */
export function toInt(v: Value): number {
  if (typeof v === 'number') return Math.trunc(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    const m = /^\s*[-+]?\d+(\.\d+)?([eE][-+]?\d+)?/.exec(v);
    return m ? Math.trunc(Number(m[0])) : 0;
  }
  return 0;
}

/** `to_decimal`: text reads its leading number, booleans are 1/0, null is 0. */
export function toDecimal(v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    const m = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(v);
    return m ? Number(m[0]) : 0;
  }
  return 0;
}

const FALSE_TEXT = new Set(['', '0', 'false', 'no', 'off', 'null']);

/** `to_bool`: `"true"|to_bool` → true; "false", "0", "" (and no/off/null, unverified) are false. */
export function toBool(v: Value): boolean {
  if (typeof v === 'string') return !FALSE_TEXT.has(v.trim().toLowerCase());
  if (typeof v === 'number') return v !== 0;
  if (Array.isArray(v)) return v.length > 0;
  if (isObj(v)) return Object.keys(v).length > 0;
  return v === true;
}

/** `!type "text"`: a string literal cast to a type (reference/xanoscript.md §2.7). */
export function cast(type: string, text: string, at: string): Value {
  switch (type) {
    case 'int': return toInt(text);
    case 'decimal': return toDecimal(text);
    case 'bool': return toBool(text);
    case 'text': return text;
    case 'json': return JSON.parse(text) as Value;
    case 'null': return null;
    default: throw new ValueTypeError(`cannot cast text to ${type} (expected int, decimal, bool, text or json)`, at);
  }
}

/** A value as text for a text filter; arrays and objects are refused (syntax.md "Filters Are Type-Specific"). */
export function asText(v: Value, filter: string, at: string): string {
  if (Array.isArray(v) || isObj(v)) {
    throw new ValueTypeError(`filter ${filter} needs text, got ${typeName(v)} (string filters work on text only)`, at);
  }
  return toText(v);
}

/** A value as an array for an array filter; null is an empty array (unverified), text and numbers are refused. */
export function asArray(v: Value, filter: string, at: string): Value[] {
  if (Array.isArray(v)) return v;
  if (v === null) return [];
  throw new ValueTypeError(`filter ${filter} needs an array, got ${typeName(v)} (array filters work on arrays only)`, at);
}
