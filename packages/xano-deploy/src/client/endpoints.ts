// API endpoints, "queries" (reference/meta-api.md §2.7). Every per-endpoint call needs the group id.
import { wsPath, type ClientContext } from './context.js';
import { createObjectApi, type ListOptions, type ObjectApi, type ReadOptions, type UpdateOptions } from './object-api.js';
import type { Source } from './locate.js';
import { collectPages } from './paging.js';
import { envelopeSchema, xanoEndpointSchema, xanoObjectSchema, type XanoEndpoint } from './schemas.js';

export interface EndpointsApi {
  list(groupId: number, opts?: ListOptions): Promise<XanoEndpoint[]>;
  /** Every endpoint of every group, each with `apigroup_id` set (the workspace-wide list may omit it). */
  listAll(opts?: ListOptions): Promise<XanoEndpoint[]>;
  get(groupId: number, id: number, opts?: ReadOptions): Promise<XanoEndpoint>;
  find(groupId: number, name: string, verb: string, opts?: ReadOptions): Promise<XanoEndpoint | undefined>;
  create(groupId: number, source: Source): Promise<XanoEndpoint>;
  update(groupId: number, id: number, source: Source, opts?: UpdateOptions): Promise<XanoEndpoint>;
  delete(groupId: number, id: number): Promise<void>;
}

/**
 * `/workspace/{ws}/apigroup/{g}/api`: `name` is the route path, identity is path + verb in the group.
 * @example await createEndpointsApi(ctx).create(groupId, {text: 'query "users" verb=GET {…}', path: 'api/admin/users_GET.xs'});
 */
export function createEndpointsApi(ctx: ClientContext): EndpointsApi {
  const cache = new Map<number, ObjectApi<XanoEndpoint>>();
  const inGroup = (groupId: number): ObjectApi<XanoEndpoint> => {
    const existing = cache.get(groupId);
    if (existing) return existing;
    const path = `${wsPath(ctx)}/apigroup/${groupId}/api`;
    const api = createObjectApi(ctx, { path, schema: xanoEndpointSchema, identityOf: (o) => o });
    cache.set(groupId, api);
    return api;
  };
  const listAll = async (o?: ListOptions) => {
    const groupsPage = envelopeSchema(xanoObjectSchema);
    const groups = await collectPages((page) =>
      ctx.requester.call({ method: 'GET', path: `${wsPath(ctx)}/apigroup`, query: { branch: ctx.branch, page, per_page: ctx.perPage }, schema: groupsPage }),
    );
    const all: XanoEndpoint[] = [];
    for (const g of groups) all.push(...(await inGroup(g.id).list(o)).map((e) => ({ ...e, apigroup_id: g.id })));
    return all;
  };
  return {
    list: (g, o) => inGroup(g).list(o),
    listAll,
    get: (g, id, o) => inGroup(g).get(id, o),
    find: (g, name, verb, o) => inGroup(g).find({ name, verb }, o),
    create: (g, source) => inGroup(g).create(source),
    update: (g, id, source, o) => inGroup(g).update(id, source, o),
    delete: (g, id) => inGroup(g).delete(id),
  };
}
