import { InputValidationError } from '../errors.js';
import { parseTimestamp } from '../filters/dates.js';
import { isObj, toNumber, typeName, type Value } from '../values.js';

// Input types — types.md "Primitive Types". A value of another type is converted where the meaning
// is plain (numeric text to int/decimal, "true"/"false" to bool, numbers to text); anything else is
// an InputValidationError naming the field (unverified: Xano's exact wording is not documented).

type Coerce = (v: Value, field: string, at: string) => Value;

const bad = (field: string, type: string, v: Value, at: string): never => {
  throw new InputValidationError(`Invalid value for ${field}: expected ${type}, got ${typeName(v)} ${JSON.stringify(v)}`, at);
};

const int: Coerce = (v, f, at) => {
  const n = typeof v === 'string' || typeof v === 'number' ? toNumber(v) : undefined;
  return n !== undefined && Number.isInteger(n) ? n : bad(f, 'int', v, at);
};
const decimal: Coerce = (v, f, at) => {
  const n = typeof v === 'string' || typeof v === 'number' ? toNumber(v) : undefined;
  return n !== undefined ? n : bad(f, 'decimal', v, at);
};
const text: Coerce = (v, f, at) => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : bad(f, 'text', v, at));
const bool: Coerce = (v, f, at) => {
  if (typeof v === 'boolean') return v;
  if (v === 1 || v === '1' || v === 'true') return true;
  if (v === 0 || v === '0' || v === 'false') return false;
  return bad(f, 'bool', v, at);
};
const pattern = (type: string, re: RegExp): Coerce => (v, f, at) => (typeof v === 'string' && re.test(v) ? v : bad(f, type, v, at));
const timestamp: Coerce = (v, f, at) => (typeof v === 'number' ? v : typeof v === 'string' ? parseTimestamp(v, at) : bad(f, 'timestamp', v, at));
const object: Coerce = (v, f, at) => (isObj(v) ? v : bad(f, 'object', v, at));
const any: Coerce = (v) => v;

/** The converter of each input type; types not listed (file, image, geo_*, vector…) pass unchanged. */
export const COERCE: Readonly<Record<string, Coerce>> = {
  int, integer: int, decimal, text, bool, json: any, object, enum: text, password: text,
  email: pattern('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/),
  uuid: pattern('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i),
  date: pattern('date (YYYY-MM-DD)', /^\d{4}-\d{2}-\d{2}$/),
  timestamp,
};
