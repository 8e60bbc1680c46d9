// The input an endpoint receives (apis.md "Input handling"): the query string, then the body (JSON
// or form-encoded), then the path parameters, later ones winning on the same name.
import { badRequest } from '../http-error.js';

function queryObject(q: URLSearchParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(q.keys())) {
    const all = q.getAll(key);
    // `ids[]=1&ids[]=2` and repeated keys are arrays (unverified: Xano's exact query-string rules).
    if (key.endsWith('[]')) out[key.slice(0, -2)] = all;
    else out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}

function bodyObject(body: string, contentType: string): Record<string, unknown> {
  if (body.trim() === '') return {};
  if (contentType.includes('application/x-www-form-urlencoded')) return queryObject(new URLSearchParams(body));
  let v: unknown;
  try {
    v = JSON.parse(body);
  } catch {
    throw badRequest('Invalid JSON body');
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw badRequest('Invalid JSON body: expected an object');
  return v as Record<string, unknown>;
}

/**
 * The endpoint's raw input, before the runtime validates it against the input block.
 * @example requestInput(new URLSearchParams('execute=1'), '', '', {}) // {execute: '1'}
 */
export function requestInput(query: URLSearchParams, body: string, contentType: string, params: Readonly<Record<string, string>>): Record<string, unknown> {
  return { ...queryObject(query), ...bodyObject(body, contentType), ...params };
}
