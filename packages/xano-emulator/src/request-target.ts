// The request target read literally: no URL normalisation, so `…/function/%2e%2e` is a function id
// (404), never the workspace; `//api:meta/…` is not the Meta API; a malformed escape is 400, not 500.
import { EmulatorHttpError, notFound } from './http-error.js';

/** A request target below `/api:meta`: decoded path segments and the query. */
export interface RequestTarget {
  readonly segments: readonly string[];
  readonly query: URLSearchParams;
}

const PREFIX = 'api:meta';

function decodeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new EmulatorHttpError(400, 'ERROR_CODE_BAD_REQUEST', 'Malformed percent-escape in the request path');
  }
}

/**
 * Splits a raw request target (`req.url`) into decoded segments below `/api:meta` and its query.
 * Empty segments (`//`, a trailing `/`) and anything outside `/api:meta/` are 404.
 * @example parseTarget('/api:meta/workspace/1/function?page=2') // {segments: ['workspace', '1', 'function'], query}
 */
export function parseTarget(rawUrl: string): RequestTarget {
  const q = rawUrl.indexOf('?');
  const rawPath = q < 0 ? rawUrl : rawUrl.slice(0, q);
  const query = new URLSearchParams(q < 0 ? '' : rawUrl.slice(q + 1));
  const parts = rawPath.split('/');
  if (parts[0] !== '' || parts[1] !== PREFIX || parts.length < 3) throw notFound();
  const rest = parts.slice(2);
  if (rest.some((p) => p === '')) throw notFound();
  return { segments: rest.map(decodeSegment), query };
}
