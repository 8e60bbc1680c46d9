// The third-party stand-ins: one loopback HTTP server answering FUB-, reZEN- and SkySlope-shaped
// list requests with paging, every record generated from (seed, size) on demand (docs/stand-ins.md).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { countsFor, genContext, type Counts, type GenContext, type Integration } from './collection.js';
import { PAGERS, PagingParamError } from './paging.js';
import { EXAMPLE_PATHS, INTEGRATIONS, ROUTES, SPECS, type Route } from './routes.js';
import { indicesWhere, RECORD_EXAMPLE_PATHS, RECORD_ROUTES } from './records.js';
import { viewOf, viewOfIndices } from './views.js';

export interface StandInFaults {
  /** Answer every Nth list request with `failStatus` (deterministic; counted from the first request). */
  readonly failEvery?: number;
  /** Status of a failed request (default 500). */
  readonly failStatus?: number;
  /** Delay every answer by this many milliseconds. */
  readonly delayMs?: number;
}

export interface StandInOptions {
  /** 0 (default) picks a free port. */
  readonly port?: number;
  readonly seed?: number;
  /** The number of FUB people; the other collections scale from it (docs/stand-ins.md). */
  readonly size?: number;
  /** Exact counts for some collections, e.g. `{ 'rezen.transactions': 100_000 }`. */
  readonly counts?: Partial<Counts>;
  readonly faults?: StandInFaults;
}

export interface StandInsHandle {
  readonly url: string;
  /** The base URL each integration's calls start from, e.g. `{ fub: 'http://127.0.0.1:4011/fub' }`. */
  readonly baseUrls: Readonly<Record<Integration, string>>;
  readonly counts: Counts;
  /** Requests answered so far: `total` and `failed` (by fault injection). */
  readonly stats: { readonly total: number; readonly failed: number };
  /**
   * Replaces the faults from the next request on (`{}`: healthy), keeping the server, its port and its
   * connections, as when a failing integration comes back; the request count goes on.
   * @example s.setFaults({}); // the second run meets a healthy FUB
   */
  setFaults(faults: StandInFaults): void;
  stop(): Promise<void>;
}

const send = (res: ServerResponse, status: number, body: unknown) => {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
};

function answerList(route: Route, match: RegExpExecArray, url: URL, ctx: GenContext): { status: number; body: unknown } {
  const spec = SPECS.get(route.collection);
  const groupName = match[1]?.toLowerCase();
  const group = groupName === undefined ? undefined : route.groups?.[groupName];
  if (groupName !== undefined && group === undefined) {
    return { status: 404, body: { error: `unknown group "${match[1]}"; expected one of ${Object.keys(route.groups ?? {}).join(', ')}` } };
  }
  if (spec === undefined) return { status: 500, body: { error: `no generator for ${route.collection}` } };
  try {
    const view = route.where === undefined ? viewOf(spec, ctx, group) : viewOfIndices(spec, ctx, indicesWhere(ctx, spec, route.where.key, route.where.test));
    return { status: 200, body: PAGERS[route.style](view, { query: url.searchParams, selfUrl: `${url.origin}${url.pathname}`, key: route.key }) };
  } catch (err) {
    if (err instanceof PagingParamError) return { status: 400, body: { error: err.message } };
    throw err;
  }
}

interface Served {
  readonly seed: number;
  readonly counts: Counts;
  readonly ctx: GenContext;
  faults: StandInFaults;
  readonly stats: { total: number; failed: number };
}

/** One request's answer: the index, an injected fault, a list page, or a 404/405. */
function answer(req: IncomingMessage, u: URL, s: Served): { status: number; body: unknown } {
  if (u.pathname === '/') return { status: 200, body: { seed: s.seed, counts: s.counts, paths: EXAMPLE_PATHS, records: RECORD_EXAMPLE_PATHS } };
  const n = ++s.stats.total;
  const every = s.faults.failEvery;
  if (every !== undefined && n % every === 0) {
    s.stats.failed++;
    return { status: s.faults.failStatus ?? 500, body: { error: `stand-in fault: request ${n} fails (every ${every}th)` } };
  }
  if (req.method !== 'GET') return { status: 405, body: { error: `${req.method ?? ''} not allowed; the stand-ins serve GET lists` } };
  for (const route of RECORD_ROUTES) {
    const m = route.pattern.exec(u.pathname);
    if (m) {
      const id = m[1] ?? '';
      const record = route.answer(s.ctx, id);
      return record === undefined ? { status: 404, body: { error: `no ${route.what} with id "${id}"` } } : { status: 200, body: record };
    }
  }
  for (const route of ROUTES) {
    const m = route.pattern.exec(u.pathname);
    if (m) return answerList(route, m, u, s.ctx);
  }
  return { status: 404, body: { error: `no stand-in route for ${u.pathname}` } };
}

function listen(server: Server, port: number): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
}

/**
 * Starts the stand-ins on 127.0.0.1.
 * @example const s = await startStandIns({ seed: 1, size: 2000 }); await fetch(`${s.baseUrls.fub}/v1/people?limit=100`); await s.stop();
 */
export async function startStandIns(o: StandInOptions = {}): Promise<StandInsHandle> {
  const seed = o.seed ?? 1;
  const counts = countsFor([...SPECS.values()], o.size ?? 2000, o.counts);
  const served: Served = { seed, counts, ctx: genContext(seed, counts), faults: o.faults ?? {}, stats: { total: 0, failed: 0 } };
  let url = '';
  const server = createServer((req, res) => {
    const reply = () => {
      try {
        const { status, body } = answer(req, new URL(req.url ?? '/', url), served);
        send(res, status, body);
      } catch (err) {
        send(res, 500, { error: err instanceof Error ? err.message : String(err) });
      }
    };
    if (served.faults.delayMs) setTimeout(reply, served.faults.delayMs);
    else reply();
  });
  // No idle timeout: a client reusing a kept-alive socket after a pause (a worker's second run) must not
  // meet a socket the server closed in between (ECONNRESET); stop() closes every connection.
  server.keepAliveTimeout = 0;
  url = await listen(server, o.port ?? 0);
  const baseUrls = Object.fromEntries(INTEGRATIONS.map((i) => [i, `${url}/${i}`])) as Record<Integration, string>;
  const stop = () => new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
  return { url, baseUrls, counts, stats: served.stats, setFaults: (f) => { served.faults = { ...f }; }, stop };
}
