// A small router over `/api:meta` paths with `:param` segments (decoded by request-target.ts).
import type { StateStore } from './store.js';
import type { DocumentValidator } from './validate.js';

/** What a handler answers: JSON (default) or text. */
export interface Reply {
  readonly status?: number;
  readonly json?: unknown;
  readonly text?: string;
}

export interface RouteContext {
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly body: string;
  readonly contentType: string;
  readonly store: StateStore;
  readonly validate: DocumentValidator;
}

export type Handler = (ctx: RouteContext) => Reply | Promise<Reply>;

export interface Route {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Below `/api:meta`, e.g. `/workspace/:ws/function/:id`. */
  readonly path: string;
  /** Changes state: counted for fault injection. */
  readonly write: boolean;
  readonly handler: Handler;
}

/** Shorthand for a route entry. */
export const route = (method: Route['method'], path: string, handler: Handler, write = method !== 'GET'): Route => ({
  method,
  path,
  write,
  handler,
});

/**
 * The route for a method and decoded path segments, with its params (segments are matched literally;
 * the route with the most literal segments wins, so `/table/trigger` is never table id `trigger`).
 * @example matchRoute(routes, 'GET', ['workspace', '1', 'function', '7']) // {route, params: {ws: '1', id: '7'}}
 */
export function matchRoute(
  routes: readonly Route[],
  method: string,
  segments: readonly string[],
): { route: Route; params: Record<string, string> } | undefined {
  let best: { route: Route; params: Record<string, string>; literals: number } | undefined;
  for (const r of routes) {
    if (r.method !== method) continue;
    const pattern = r.path.split('/').filter((p) => p !== '');
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const ok = pattern.every((seg, i) => {
      const actual = segments[i] ?? '';
      if (!seg.startsWith(':')) return seg === actual;
      params[seg.slice(1)] = actual;
      return true;
    });
    const literals = pattern.filter((p) => !p.startsWith(':')).length;
    if (ok && (!best || literals > best.literals)) best = { route: r, params, literals };
  }
  return best && { route: best.route, params: best.params };
}
