// The remote state: every managed object of the target with its XanoScript and guid, read through the
// client (one list per kind, endpoints per group).
import type { XanoClient } from '../client/xano-client.js';
import type { XanoObject } from '../client/schemas.js';
import { readGuid } from '../client/xs-document.js';
import { analyzeXs } from '../plan/analyze.js';
import type { RemoteObject } from '../plan/types.js';

/** A remote object the planner could not read (no XanoScript, unknown kind): reported, never touched. */
export interface UnreadableRemote {
  readonly kind: string;
  readonly name: string;
  readonly reason: string;
}

export interface RemoteState {
  readonly objects: readonly RemoteObject[];
  readonly unreadable: readonly UnreadableRemote[];
}

function toRemote(kind: string, o: XanoObject, out: RemoteObject[], bad: UnreadableRemote[], apigroupId?: number): void {
  const x = o.xanoscript;
  if (!x || x.status !== 'ok' || typeof x.value !== 'string') {
    bad.push({ kind, name: o.name, reason: x?.message ?? 'no XanoScript returned' });
    return;
  }
  const { object } = analyzeXs(x.value);
  if (!object) {
    bad.push({ kind, name: o.name, reason: 'header not readable' });
    return;
  }
  const guid = o.guid ?? readGuid(x.value) ?? '';
  out.push({ ...object, id: o.id, guid, ...(apigroupId === undefined ? {} : { apigroupId }) });
}

/** The kinds a pull reads (triggers have no list route in the client yet). */
export const PULLED_KINDS = ['table', 'addon', 'function', 'middleware', 'api_group', 'task', 'query'] as const;

/**
 * Pulls every managed object of the target: one list per kind, then the endpoints of each group
 * (the group list is read once and shared).
 * @example const { objects } = await pullRemote(client);
 */
export async function pullRemote(client: XanoClient): Promise<RemoteState> {
  const out: RemoteObject[] = [];
  const bad: UnreadableRemote[] = [];
  const opts = { includeXanoscript: true };
  const groups = await client.apiGroups.list(opts);
  const lists: Array<[string, () => Promise<XanoObject[]>]> = [
    ['table', () => client.tables.list(opts)],
    ['addon', () => client.addons.list(opts)],
    ['function', () => client.functions.list(opts)],
    ['middleware', () => client.middleware.list(opts)],
    ['api_group', () => Promise.resolve(groups)],
    ['task', () => client.tasks.list(opts)],
  ];
  for (const [kind, list] of lists) for (const o of await list()) toRemote(kind, o, out, bad);
  for (const g of groups) for (const e of await client.endpoints.list(g.id, opts)) toRemote('query', e, out, bad, g.id);
  return { objects: out, unreadable: bad };
}
