// Which endpoint a request reaches: `/api:<canonical>[:<branch>]/<query name>` with `{param}`
// segments (apis.md "Query Name", "Path Parameters"); literal segments win over parameters.
import { EmulatorHttpError, notFound } from '../http-error.js';
import type { EndpointEntry } from './live-workspace.js';

/** The API part of a request target. */
export interface ApiTarget {
  readonly canonical: string;
  readonly branch?: string;
  readonly segments: readonly string[];
  readonly query: URLSearchParams;
}

function decode(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new EmulatorHttpError(400, 'ERROR_CODE_BAD_REQUEST', 'Malformed percent-escape in the request path');
  }
}

/**
 * Reads `/api:<canonical>[:<branch>]/<path>?<query>`; undefined for anything else (and for the Meta API).
 * @example apiTarget('/api:Lrekz_3S/reset-stuck-fub-jobs') // {canonical: 'Lrekz_3S', segments: ['reset-stuck-fub-jobs'], …}
 */
export function apiTarget(rawUrl: string): ApiTarget | undefined {
  const q = rawUrl.indexOf('?');
  const parts = (q < 0 ? rawUrl : rawUrl.slice(0, q)).split('/');
  const head = parts[1] ?? '';
  if (parts[0] !== '' || !head.startsWith('api:') || head === 'api:meta') return undefined;
  const [canonical = '', branch] = head.slice(4).split(':');
  const segments = parts.slice(2).filter((p) => p !== '').map(decode);
  return { canonical: decode(canonical), ...(branch ? { branch: decode(branch) } : {}), segments, query: new URLSearchParams(q < 0 ? '' : rawUrl.slice(q + 1)) };
}

function paramsOf(e: EndpointEntry, segments: readonly string[]): Record<string, string> | undefined {
  if (e.segments.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, seg] of e.segments.entries()) {
    const actual = segments[i] ?? '';
    const m = /^\{(.+)\}$/.exec(seg);
    if (m) params[m[1] ?? ''] = actual;
    else if (seg !== actual) return undefined;
  }
  return params;
}

const literals = (e: EndpointEntry) => e.segments.filter((s) => !s.startsWith('{')).length;

/**
 * The endpoint for a verb and target, with its path parameters; 404 when no path matches, 405 when
 * the path exists with other verbs.
 * @example matchEndpoint(live.endpoints, 'GET', target).params // {id: '7'}
 */
export function matchEndpoint(endpoints: readonly EndpointEntry[], verb: string, t: ApiTarget): { entry: EndpointEntry; params: Record<string, string> } {
  const candidates = endpoints
    .filter((e) => e.canonical === t.canonical)
    .flatMap((entry) => {
      const params = paramsOf(entry, t.segments);
      return params ? [{ entry, params }] : [];
    })
    .sort((a, b) => literals(b.entry) - literals(a.entry));
  if (candidates.length === 0) throw notFound();
  const hit = candidates.find((c) => c.entry.decl.verb === verb);
  if (!hit) {
    const allowed = [...new Set(candidates.map((c) => c.entry.decl.verb))].join(', ');
    throw new EmulatorHttpError(405, 'ERROR_CODE_BAD_REQUEST', `${verb} is not allowed here (allowed: ${allowed})`);
  }
  return hit;
}
