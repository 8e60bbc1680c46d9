// The remote state: every managed object of the target with its XanoScript and guid, read through the
// client (one list per kind present, endpoints per group).
import { NotFoundError } from '../client/errors.js';
import type { ReadOptions } from '../client/object-api.js';
import type { XanoObject } from '../client/schemas.js';
import type { XanoClient } from '../client/xano-client.js';
import { readGuid, readHeader, splitMultidoc } from '@xac/xanoscript-dsl/layout';
import { analyzeXs } from '../plan/analyze.js';
import { RESOURCE_KINDS, type RemoteObject, type ResourceKind } from '../plan/types.js';

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

/** The kinds a pull reads: every kind deploy manages, triggers of every kind included. */
export const PULLED_KINDS = RESOURCE_KINDS;

type ListedKind = Exclude<ResourceKind, 'query' | 'api_group'>;
const LISTS: Readonly<Record<ListedKind, (c: XanoClient, o: ReadOptions) => Promise<XanoObject[]>>> = {
  table: (c, o) => c.tables.list(o),
  addon: (c, o) => c.addons.list(o),
  function: (c, o) => c.functions.list(o),
  middleware: (c, o) => c.middleware.list(o),
  task: (c, o) => c.tasks.list(o),
  table_trigger: (c, o) => c.triggers.table_trigger.list(o),
  workspace_trigger: (c, o) => c.triggers.workspace_trigger.list(o),
  agent_trigger: (c, o) => c.triggers.agent_trigger.list(o),
  mcp_server_trigger: (c, o) => c.triggers.mcp_server_trigger.list(o),
  realtime_trigger: (c, o) => c.triggers.realtime_trigger.list(o),
};

/**
 * The kinds the remote holds, from one multidoc GET (its documents' header keywords), so the pull
 * lists only those; undefined when the target has no multidoc GET (then every kind is listed).
 */
async function presentKinds(client: XanoClient): Promise<ReadonlySet<string> | undefined> {
  try {
    return new Set(splitMultidoc(await client.multidoc.get()).flatMap((d) => readHeader(d)?.type ?? []));
  } catch (err) {
    if (err instanceof NotFoundError) return undefined;
    throw err;
  }
}

/**
 * Pulls every managed object of the target: one multidoc GET to learn which kinds exist, one list per
 * kind present, then the endpoints of each group (the group list is read once and shared).
 * @example const { objects } = await pullRemote(client);
 */
export async function pullRemote(client: XanoClient): Promise<RemoteState> {
  const out: RemoteObject[] = [];
  const bad: UnreadableRemote[] = [];
  const opts = { includeXanoscript: true };
  const present = await presentKinds(client);
  const has = (kind: string) => present === undefined || present.has(kind);
  const groups = has('api_group') || has('query') ? await client.apiGroups.list(opts) : [];
  for (const kind of PULLED_KINDS) {
    if (kind === 'query' || !has(kind)) continue;
    const objects = kind === 'api_group' ? groups : await LISTS[kind](client, opts);
    for (const o of objects) toRemote(kind, o, out, bad);
  }
  for (const g of groups) for (const e of await client.endpoints.list(g.id, opts)) toRemote('query', e, out, bad, g.id);
  return { objects: out, unreadable: bad };
}
