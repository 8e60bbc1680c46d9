// One object write through the client: create, update (remote guid injected), delete, column rename.
import { NotFoundError } from '../client/errors.js';
import type { ObjectApi } from '../client/object-api.js';
import type { XanoClient } from '../client/xano-client.js';
import { injectGuid } from '@xac/xanoscript-dsl/layout';
import { InternalError, nullThrows } from '../util/internal-error.js';
import type { ResourceKind, ResourceRef } from '../plan/types.js';

/** Ids the writes need: group ids by name, object ids by identity. Kept current as writes happen. */
export interface IdBook {
  readonly groups: Map<string, number>;
}

/** The object api of each kind; endpoints go through `client.endpoints` (they need their group). */
const APIS: Readonly<Record<Exclude<ResourceKind, 'query'>, (c: XanoClient) => ObjectApi>> = {
  table: (c) => c.tables,
  addon: (c) => c.addons,
  function: (c) => c.functions,
  middleware: (c) => c.middleware,
  api_group: (c) => c.apiGroups,
  task: (c) => c.tasks,
  table_trigger: (c) => c.triggers.table_trigger,
  workspace_trigger: (c) => c.triggers.workspace_trigger,
  agent_trigger: (c) => c.triggers.agent_trigger,
  mcp_server_trigger: (c) => c.triggers.mcp_server_trigger,
  realtime_trigger: (c) => c.triggers.realtime_trigger,
};

function apiOf(client: XanoClient, r: ResourceRef): ObjectApi {
  if (r.type === 'query') throw new InternalError('query has no object api here');
  return APIS[r.type](client);
}

const groupOf = (book: IdBook, r: ResourceRef) => nullThrows(book.groups.get(r.apiGroup ?? ''), `api group "${r.apiGroup ?? ''}" has no id`);

/** Creates an object; returns its id and guid. A `guid` keeps a restored object's identity. */
export async function createObject(client: XanoClient, book: IdBook, r: ResourceRef, text: string, path?: string, guid?: string) {
  const source = { text: guid ? injectGuid(text, guid) : text, ...(path ? { path } : {}) };
  const made = r.type === 'query' ? await client.endpoints.create(groupOf(book, r), source) : await apiOf(client, r).create(source);
  if (r.type === 'api_group') book.groups.set(r.name, made.id);
  return { id: made.id, guid: made.guid ?? '' };
}

/** Replaces an object's text, carrying its remote guid. */
export async function updateObject(client: XanoClient, book: IdBook, r: ResourceRef, id: number, guid: string, text: string, path?: string) {
  const source = { text: injectGuid(text, guid), ...(path ? { path } : {}) };
  if (r.type === 'query') await client.endpoints.update(groupOf(book, r), id, source);
  else await apiOf(client, r).update(id, source);
}

/** Deletes an object; one that is already gone counts as deleted. */
export async function deleteObject(client: XanoClient, book: IdBook, r: ResourceRef, id: number): Promise<void> {
  try {
    if (r.type === 'query') await client.endpoints.delete(groupOf(book, r), id);
    else await apiOf(client, r).delete(id);
  } catch (err) {
    if (!(err instanceof NotFoundError)) throw err;
  }
  if (r.type === 'api_group') book.groups.delete(r.name);
}
