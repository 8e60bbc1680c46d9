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

/**
 * Pulls every managed object of the target.
 * @example const { objects } = await pullRemote(client);
 */
export async function pullRemote(client: XanoClient): Promise<RemoteState> {
  const out: RemoteObject[] = [];
  const bad: UnreadableRemote[] = [];
  const opts = { includeXanoscript: true };
  const lists: Array<[string, () => Promise<XanoObject[]>]> = [
    ['table', () => client.tables.list(opts)],
    ['addon', () => client.addons.list(opts)],
    ['function', () => client.functions.list(opts)],
    ['middleware', () => client.middleware.list(opts)],
    ['api_group', () => client.apiGroups.list(opts)],
    ['task', () => client.tasks.list(opts)],
  ];
  for (const [kind, list] of lists) for (const o of await list()) toRemote(kind, o, out, bad);
  for (const e of await client.endpoints.listAll(opts)) toRemote('query', e, out, bad, e.apigroup_id ?? undefined);
  return { objects: out, unreadable: bad };
}
