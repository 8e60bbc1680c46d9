// Query values read strictly: a value outside what the Meta API takes is 400 naming the parameter,
// never a 500 and never a silent default (`?sort=__proto__`, `?page=abc`, `?publish=maybe`).
import { inputError } from './http-error.js';

const TRUE = new Set(['true', '1']);
const FALSE = new Set(['false', '0']);

/**
 * A boolean parameter: `true|1|false|0`; missing or empty is `fallback`.
 * @example queryFlag(new URLSearchParams('publish=false'), 'publish', true) // false
 */
export function queryFlag(q: URLSearchParams, name: string, fallback = false): boolean {
  const v = q.get(name);
  if (v === null || v === '') return fallback;
  if (TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  throw inputError(`${name} must be true or false, got ${JSON.stringify(v.slice(0, 40))}`, name);
}

/** A whole number in [min, max]; missing or empty is `fallback`. */
export function queryInt(q: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const v = q.get(name);
  if (v === null || v === '') return fallback;
  const n = /^\d{1,9}$/.test(v) ? Number(v) : Number.NaN;
  if (!Number.isInteger(n) || n < min || n > max) throw inputError(`${name} must be a whole number from ${min} to ${max}`, name);
  return n;
}

/** One of `allowed` (an own key, so `__proto__` is refused); missing or empty is `fallback`. */
export function queryChoice<T extends string>(q: URLSearchParams, name: string, allowed: readonly T[], fallback: T): T {
  const v = q.get(name);
  if (v === null || v === '') return fallback;
  const hit = allowed.find((a) => a === v);
  if (hit === undefined) throw inputError(`${name} must be one of ${allowed.join(', ')}`, name);
  return hit;
}
