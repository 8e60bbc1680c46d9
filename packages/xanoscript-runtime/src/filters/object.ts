import { ValueTypeError } from '../errors.js';
import { step, unsetKey } from '../eval/paths.js';
import { isEmpty, isObj, toText, typeName, type Obj, type Value } from '../values.js';
import type { EagerFilter, FilterCall } from './types.js';

// Object filters — syntax.md "Object Filters" and "Conditional Set".

/** `$obj|get:"key":"default"`: the value at key (an index for arrays), else the default (null when absent). */
function get(input: Value, [key, fallback]: readonly Value[]): Value {
  const v = step(input, typeof key === 'number' ? key : toText(key ?? null));
  return v === undefined ? (fallback ?? null) : v;
}

function obj(input: Value, call: FilterCall): Obj {
  if (isObj(input)) return input;
  if (input === null) return {};
  throw new ValueTypeError(`filter ${call.name} needs an object, got ${typeName(input)}`, call.at);
}

/** `{a:1}|set:"b":2` → {a:1,b:2}; on an array a numeric key (or numeric text) sets that element, padding with null (unverified). */
function set(input: Value, [key, value]: readonly Value[], call: FilterCall): Value {
  const index = typeof key === 'number' ? key : typeof key === 'string' && /^\d+$/.test(key) ? Number(key) : undefined;
  if (Array.isArray(input) && index !== undefined) {
    const out = [...input];
    while (out.length < index) out.push(null);
    out[Math.trunc(index)] = value ?? null;
    return out;
  }
  return { ...obj(input, call), [toText(key ?? null)]: value ?? null };
}

const setWhen = (cond: (args: readonly Value[]) => boolean): EagerFilter => (input, args, call) => (cond(args) ? set(input, args, call) : obj(input, call));
const names = (v: Value | undefined): string[] => (Array.isArray(v) ? v.map(toText) : [toText(v ?? null)]);

export const OBJECT_FILTERS: Record<string, EagerFilter> = {
  get,
  set,
  unset: (input, [key]) => unsetKey(input, typeof key === 'number' ? key : toText(key ?? null)),
  has: (input, [key]) => step(input, typeof key === 'number' ? key : toText(key ?? null)) !== undefined,
  keys: (input, _a, call) => (Array.isArray(input) ? input.map((_, i) => i) : Object.keys(obj(input, call))),
  values: (input, _a, call) => (Array.isArray(input) ? input : Object.values(obj(input, call))),
  entries: (input, _a, call) => (Array.isArray(input) ? input.map((v, i): [string, Value] => [String(i), v]) : Object.entries(obj(input, call))).map(([key, value]) => ({ key, value })),
  pick: (input, [keys], call) => Object.fromEntries(Object.entries(obj(input, call)).filter(([k]) => names(keys).includes(k))),
  unpick: (input, [keys], call) => Object.fromEntries(Object.entries(obj(input, call)).filter(([k]) => !names(keys).includes(k))),
  set_conditional: setWhen(([, , cond]) => cond === true),
  set_ifnotempty: setWhen(([, v]) => !isEmpty(v ?? null)),
  set_ifnotnull: setWhen(([, v]) => v !== null && v !== undefined),
  create_object: (_input, [keys, values]) => Object.fromEntries(names(keys).map((k, i) => [k, Array.isArray(values) ? (values[i] ?? null) : null])),
  create_object_from_entries: (input) => Object.fromEntries((Array.isArray(input) ? input : []).map((e) => [toText(step(e, 'key') ?? null), step(e, 'value') ?? null])),
};
