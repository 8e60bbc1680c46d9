import { ValueTypeError } from '../errors.js';
import { asArray } from '../eval/cast.js';
import { step } from '../eval/paths.js';
import { compare, equals, isEmpty, isObj, toNumber, toText, typeName, type Value } from '../values.js';
import type { EagerFilter, FilterCall } from './types.js';

// Array filters — syntax/array-filters.md "Array Filters", "Math on Arrays", "Array Filtering",
// "Array Fill Operations", "Grouping & Indexing".

const arr = (f: (a: Value[], args: readonly Value[], call: FilterCall) => Value): EagerFilter => (input, args, call) => f(asArray(input, call.name, call.at), args, call);
const has = (a: readonly Value[], v: Value): boolean => a.some((x) => equals(x, v, false));
const without = (pred: (v: Value) => boolean): EagerFilter => arr((a) => a.filter((v) => !pred(v)));

function nums(a: Value[], call: FilterCall): number[] {
  return a.map((v) => {
    const n = toNumber(v);
    if (n === undefined) throw new ValueTypeError(`filter ${call.name} needs numbers, got ${typeName(v)}`, call.at);
    return n;
  });
}

/** `$x|count`: an array's length, an object's key count, 0 for null; text is refused (use strlen). */
function count(input: Value, _a: readonly Value[], call: FilterCall): Value {
  if (Array.isArray(input)) return input.length;
  if (isObj(input)) return Object.keys(input).length;
  if (input === null) return 0;
  throw new ValueTypeError(`filter count needs an array, got ${typeName(input)} (use strlen for text)`, call.at);
}

/** `[1,2,3,4]|slice:1:2` → [2,3]: skip `offset`, take `length` (all when absent). */
function slice(a: Value[], [offset, length]: readonly Value[]): Value {
  const from = Number(offset ?? 0) < 0 ? Math.max(0, a.length + Number(offset)) : Number(offset ?? 0);
  return length === undefined || length === null ? a.slice(from) : a.slice(from, Number(length) < 0 ? a.length + Number(length) : from + Number(length));
}

const keyed = (v: Value, path: Value | undefined): Value => (path === undefined || path === null || path === '' ? v : step(v, toText(path)) ?? null);

/**
 * Two documented forms. array-filters.md "Grouping & Indexing": `[{n:"z"},{n:"a"}]|sort:n:text:false`
 * is ascending by n (path, type, flag; `true` sorts descending, unverified). working.md "Array
 * Filters": `sort:field:dir`, `$arr|sort:"name":"asc"`, so a second argument `"asc"` or `"desc"` is
 * the direction, not a type.
 */
function sort(a: Value[], [path, type, flag]: readonly Value[]): Value {
  const direction = type === 'asc' || type === 'desc' ? type : undefined;
  const ci = type === 'itext' || type === 'inatural';
  const key = (v: Value): Value => { const k = keyed(v, path); return ci && typeof k === 'string' ? k.toLowerCase() : k; };
  const sorted = [...a].sort((x, y) => compare(key(x), key(y)));
  const descending = direction === undefined ? flag === true : direction === 'desc';
  return descending ? sorted.reverse() : sorted;
}

/** `[{g:"a",v:1},…]|index_by:g` → `{"a":[…],"b":[…]}` (the docs' example groups). */
function indexBy(a: Value[], [path]: readonly Value[]): Value {
  const out: Record<string, Value[]> = {};
  for (const v of a) (out[toText(keyed(v, path))] ??= []).push(v);
  return out;
}

function merge(input: Value, [other]: readonly Value[], call: FilterCall): Value {
  if (isObj(input) && isObj(other ?? null)) return { ...input, ...(other as Record<string, Value>) };
  if (isObj(input) && (other === null || other === undefined)) return input;
  return [...asArray(input, 'merge', call.at), ...asArray(other ?? null, 'merge', call.at)];
}

/** `{a: {b: 1}}|merge_recursive:{a: {c: 2}}` → `{a: {b: 1, c: 2}}` (array-filters.md "Deep Merge"). */
function mergeDeep(a: Value, b: Value): Value {
  if (!isObj(a) || !isObj(b)) return Array.isArray(a) && Array.isArray(b) ? [...a, ...b] : b;
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = k in out ? mergeDeep(out[k] as Value, v) : v;
  return out;
}

export const ARRAY_FILTERS: Record<string, EagerFilter> = {
  count,
  first: arr((a) => a[0] ?? null),
  last: arr((a) => a[a.length - 1] ?? null),
  reverse: arr((a) => [...a].reverse()),
  unique: arr((a, [path]) => a.filter((v, i) => a.findIndex((w) => equals(keyed(w, path), keyed(v, path), false)) === i)),
  flatten: arr((a) => a.flat()),
  shuffle: arr((a) => [...a].sort(() => Math.random() - 0.5)),
  slice: arr(slice),
  push: arr((a, [v]) => [...a, v ?? null]),
  append: arr((a, [v]) => [...a, v ?? null]),
  pop: arr((a) => a[a.length - 1] ?? null),
  shift: arr((a) => a[0] ?? null),
  unshift: arr((a, [v]) => [v ?? null, ...a]),
  prepend: arr((a, [v]) => [v ?? null, ...a]),
  remove: arr((a, [v]) => a.filter((x) => !equals(x, v ?? null, false))),
  merge,
  merge_recursive: (input, [other]) => mergeDeep(input, other ?? null),
  diff: arr((a, [b], call) => a.filter((v) => !has(asArray(b ?? null, 'diff', call.at), v))),
  intersect: arr((a, [b], call) => a.filter((v) => has(asArray(b ?? null, 'intersect', call.at), v))),
  join: arr((a, [sep]) => a.map(toText).join(toText(sep ?? ''))),
  in: (input, [list], call) => has(asArray(list ?? null, 'in', call.at), input),
  sum: arr((a, _x, call) => nums(a, call).reduce((s, x) => s + x, 0)),
  avg: arr((a, _x, call) => (a.length === 0 ? 0 : nums(a, call).reduce((s, x) => s + x, 0) / a.length)),
  product: arr((a, _x, call) => nums(a, call).reduce((s, x) => s * x, 1)),
  array_min: arr((a, _x, call) => (a.length === 0 ? null : Math.min(...nums(a, call)))),
  array_max: arr((a, _x, call) => (a.length === 0 ? null : Math.max(...nums(a, call)))),
  sort: arr(sort),
  index_by: arr(indexBy),
  range: (_input, [from, to, stepBy]) => {
    const out: number[] = [];
    const s = Math.abs(Number(stepBy ?? 1)) || 1;
    for (let i = Number(from); i <= Number(to); i += s) out.push(i);
    return out;
  },
  fill: (_input, [n, v]) => Array.from({ length: Number(n) }, () => v ?? null),
  fill_keys: arr((a, [v]) => Object.fromEntries(a.map((k) => [toText(k), isObj(v ?? null) ? ((v as Record<string, Value>)[toText(k)] ?? null) : (v ?? null)]))),
  safe_array: (input) => (Array.isArray(input) ? input : input === null ? [] : [input]),
  filter_empty: without(isEmpty),
  filter_empty_text: without((v) => v === ''),
  filter_empty_array: without((v) => Array.isArray(v) && v.length === 0),
  filter_empty_object: without((v) => isObj(v) && Object.keys(v).length === 0),
  filter_null: without((v) => v === null),
  filter_zero: without((v) => v === 0),
  filter_false: without((v) => v === false),
};
