// The validation suites' target over the Meta API client (any instance, or the embedded emulator),
// with the workspace's endpoints called over HTTP at `<origin>/api:<canonical>/<path>` when the
// origin is known, and table stats read from the table content pages (the same route on both).
import type { EndpointAnswer, EndpointCall, SuiteTarget, TableStats } from '@xac/validators/suites';
import type { XanoClient } from '../client/xano-client.js';

async function call(origin: string, c: EndpointCall, timeoutMs = 60_000): Promise<EndpointAnswer> {
  const url = new URL(`${origin}/api:${c.canonical}/${c.path}`);
  const get = c.verb === 'GET' || c.verb === 'DELETE';
  if (get) for (const [k, v] of Object.entries(c.input)) url.searchParams.set(k, typeof v === 'string' ? v : JSON.stringify(v));
  const res = await fetch(url, { method: c.verb, signal: AbortSignal.timeout(timeoutMs), ...(get ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(c.input) }) });
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: res.status, body };
}

/** Rows per content page when reading a table's stats. */
const STATS_PAGE = 1000;

/** Epoch ms of a row's `updated_at` (a number, or a date text as some instances send). */
function epochOf(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v !== '') {
    const t = Date.parse(v);
    return Number.isNaN(t) ? null : t;
  }
  return null;
}

/**
 * Count and latest `updated_at` of a table, reading its content pages: the first page gives the count;
 * the pages are walked for `updated_at` only when the rows have one (an update moves no row).
 */
async function statsOf(client: Pick<XanoClient, 'tables'>, id: number): Promise<TableStats> {
  let page: number | null = 1;
  let count = 0;
  let max: number | null = null;
  while (page !== null) {
    const p = await client.tables.content(id, page, STATS_PAGE);
    count = p.itemsTotal;
    if (page === 1 && !p.items.some((r) => 'updated_at' in r)) break;
    for (const r of p.items) {
      const t = epochOf(r['updated_at']);
      if (t !== null && (max === null || t > max)) max = t;
    }
    page = p.items.length === 0 ? null : p.nextPage;
  }
  return { count, maxUpdatedAt: max };
}

/** What the suites may use besides the client. */
export interface SuiteTargetExtras {
  /** The instance origin the workspace's endpoints answer at. */
  readonly origin?: string;
  /** Resolves when the target's background work has finished (the embedded emulator's queue). */
  readonly settle?: () => Promise<void>;
  /** Brings the rows back to the run's start before each suite that calls the workspace (the embedded emulator). */
  readonly reset?: () => Promise<void>;
  /** How long one endpoint call may take (default 60 s, the seed's curl timeout; the pipeline bench gives a seed-scale step longer). */
  readonly callTimeoutMs?: number;
}

/**
 * A SuiteTarget reading tables through the client and calling endpoints at `origin` (the instance URL).
 * @example const results = await runSuites(['tables'], ws, clientSuiteTarget('emulator', target.client, { origin: emulator.url }), config.validation);
 */
export function clientSuiteTarget(name: string, client: Pick<XanoClient, 'tables'>, extras: SuiteTargetExtras = {}): SuiteTarget {
  let ids: Promise<Map<string, number>> | undefined;
  const idOf = async (table: string): Promise<number> => {
    ids ??= client.tables.list().then((ts) => new Map(ts.map((t) => [t.name, t.id])));
    const id = (await ids).get(table);
    if (id === undefined) throw new Error(`no table "${table}" on ${name}`);
    return id;
  };
  return {
    name,
    listTables: async () => (await client.tables.list({ includeXanoscript: true })).map((t) => ({ name: t.name, ...(typeof t.xanoscript?.value === 'string' ? { xanoscript: t.xanoscript.value } : {}) })),
    tableStats: async (table) => statsOf(client, await idOf(table)),
    ...(extras.origin ? { callEndpoint: (c: EndpointCall) => call(extras.origin ?? '', c, extras.callTimeoutMs) } : {}),
    ...(extras.settle ? { settle: extras.settle } : {}),
    ...(extras.reset ? { reset: extras.reset } : {}),
  };
}
