// The validation suites' target over the Meta API client (any instance, or the embedded emulator),
// with the workspace's endpoints called over HTTP at `<origin>/api:<canonical>/<path>` when the
// origin is known. Table content is not a Meta API call: the suites that need it report untestable.
import type { EndpointAnswer, EndpointCall, SuiteTarget } from '@xac/validators/suites';
import type { XanoClient } from '../client/xano-client.js';

async function call(origin: string, c: EndpointCall): Promise<EndpointAnswer> {
  const url = new URL(`${origin}/api:${c.canonical}/${c.path}`);
  const get = c.verb === 'GET' || c.verb === 'DELETE';
  if (get) for (const [k, v] of Object.entries(c.input)) url.searchParams.set(k, typeof v === 'string' ? v : JSON.stringify(v));
  const res = await fetch(url, { method: c.verb, signal: AbortSignal.timeout(60_000), ...(get ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(c.input) }) });
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: res.status, body };
}

/**
 * A SuiteTarget reading tables through the client and calling endpoints at `origin` (the instance URL).
 * @example const results = await runSuites(['tables'], ws, clientSuiteTarget('emulator', target.client, emulator.url), config.validation);
 */
export function clientSuiteTarget(name: string, client: Pick<XanoClient, 'tables'>, origin?: string): SuiteTarget {
  return {
    name,
    listTables: async () => (await client.tables.list({ includeXanoscript: true })).map((t) => ({ name: t.name, ...(typeof t.xanoscript?.value === 'string' ? { xanoscript: t.xanoscript.value } : {}) })),
    ...(origin ? { callEndpoint: (c: EndpointCall) => call(origin, c) } : {}),
  };
}
