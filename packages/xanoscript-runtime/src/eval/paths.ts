import { ValueTypeError } from '../errors.js';
import { isObj, typeName, type Obj, type Value } from '../values.js';

// Paths into values: `$x.a[0]`, `$input.id`, `(expr).field` (reference/xanoscript.md §2.3). A key is
// a property name or an evaluated index; numeric keys index arrays.

export type Key = string | number;

/** The value at `key`, or undefined when it is absent (the caller decides: error, or null). */
export function step(v: Value, key: Key): Value | undefined {
  if (Array.isArray(v)) {
    // A decimal index reads the element at its integer part, as PHP arrays do (unverified).
    const i = typeof key === 'number' ? Math.trunc(key) : /^\d+$/.test(key) ? Number(key) : NaN;
    return Number.isInteger(i) && i >= 0 && i < v.length ? v[i] : undefined;
  }
  if (isObj(v)) return Object.prototype.hasOwnProperty.call(v, String(key)) ? v[String(key)] : undefined;
  return undefined;
}

/**
 * `$text[i]` / `$text.0` in a path: the character at index i (code points, as `strlen` counts them),
 * or undefined past the end. Unverified: the docs only show `substr` for this (docs/runtime.md).
 */
export function charAt(text: string, key: Key): string | undefined {
  const i = typeof key === 'number' ? Math.trunc(key) : /^\d+$/.test(key) ? Number(key) : NaN;
  if (!Number.isInteger(i) || i < 0) return undefined;
  return [...text][i];
}

/** The dotted path as Xano prints it in "Unable to locate var: x.a.b". */
export const showPath = (name: string, keys: readonly Key[]): string => [name, ...keys.map(String)].filter((s) => s !== '').join('.');

/**
 * `root` with the value at `keys` replaced; missing objects on the way are created (unverified), an
 * array index past the end appends, a decimal index writes at its integer part as `step` reads there.
 * Values are never mutated in place.
 */
export function setPath(root: Value, keys: readonly Key[], value: Value, at: string): Value {
  if (keys.length === 0) return value;
  const [head, ...rest] = keys;
  if (head === undefined) return value;
  if (Array.isArray(root)) {
    const i = typeof head === 'number' ? Math.trunc(head) : Number(head);
    if (!Number.isInteger(i) || i < 0 || i > root.length) throw new ValueTypeError(`cannot set index ${String(head)} of an array of ${root.length}`, at);
    const copy = [...root];
    copy[i] = setPath(root[i] ?? null, rest, value, at);
    return copy;
  }
  const base: Obj = isObj(root) ? root : root === null ? {} : fail(root, head, at);
  const k = String(head);
  return { ...base, [k]: setPath(base[k] ?? null, rest, value, at) };
}

function fail(root: Value, key: Key, at: string): never {
  throw new ValueTypeError(`cannot set ${String(key)} on a ${typeName(root)} value`, at);
}

/** `root` without the value at `keys` (the `unset` filter on a path). */
export function unsetKey(root: Value, key: Key): Value {
  if (Array.isArray(root)) return root.filter((_, i) => i !== Number(key));
  if (!isObj(root)) return root;
  const { [String(key)]: _drop, ...rest } = root;
  return rest;
}
