import { ValueTypeError } from '../errors.js';
import { toBool, toDecimal, toInt } from '../eval/cast.js';
import { equals, isEmpty, isObj, toText, type Value } from '../values.js';
import type { EagerFilter } from './types.js';

// Type filters — syntax.md "Type Filters", "Null Handling"; comparison filters of §5.1.

export const TYPE_FILTERS: Record<string, EagerFilter> = {
  to_int: (v) => toInt(v),
  to_decimal: (v) => toDecimal(v),
  to_text: (v) => toText(v),
  to_bool: (v) => toBool(v),
  is_null: (v) => v === null,
  is_empty: (v) => isEmpty(v),
  is_array: (v) => Array.isArray(v),
  is_object: (v) => isObj(v),
  is_int: (v) => typeof v === 'number' && Number.isInteger(v),
  is_decimal: (v) => typeof v === 'number',
  is_bool: (v) => typeof v === 'boolean',
  is_text: (v) => typeof v === 'string',
  first_notnull: (v, [other]) => (v === null ? (other ?? null) : v),
  first_notempty: (v, [other]) => (isEmpty(v) ? (other ?? null) : v),
  equals: (v, [o]) => equals(v, o ?? null, true),
  not_equals: (v, [o]) => !equals(v, o ?? null, true),
  json_encode: (v) => JSON.stringify(v),
  json_decode: (v, _a, call) => {
    try {
      return JSON.parse(toText(v)) as Value;
    } catch {
      throw new ValueTypeError(`json_decode: not valid JSON: ${toText(v).slice(0, 40)}`, call.at);
    }
  },
};
