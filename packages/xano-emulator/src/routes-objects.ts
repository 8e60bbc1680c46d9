// Function-pattern routes for every kind with a route of its own (function, task, table, middleware,
// addon, api group, agent, tool, MCP server, realtime channel, workflow test, the trigger kinds)
// and endpoints (reference/meta-api.md §2.5–2.11, §6 #5–13, #16–19).
import { inputError } from './http-error.js';
import { KINDS, OBJECT_TYPES, type ObjectType } from './kinds.js';
import { addObject, changeObject, checkParent, findBranch, findObject, findWorkspace, queryFlag, removeObject, renderObject, renderOptions } from './objects.js';
import { pageOf } from './paging.js';
import { requestDocument } from './request-document.js';
import { route, type Route, type RouteContext } from './router.js';
import type { EmulatorState, StoredBranch } from './state.js';
import type { ValidDocument } from './validate.js';

/** Where each kind lives: `/workspace/{ws}/<segment>` (kinds.ts). */
const SEGMENTS: ReadonlyArray<readonly [string, ObjectType]> = OBJECT_TYPES.flatMap((t) => {
  const segment = KINDS[t].segment;
  return segment === undefined ? [] : [[segment, t] as const];
});

const branchIn = (s: EmulatorState, c: RouteContext): StoredBranch => findBranch(findWorkspace(s, c.params.ws), c.query.get('branch'));

/** The group of an endpoint route (`:g`), checked to exist. */
function groupId(b: StoredBranch, c: RouteContext): number | undefined {
  if (c.params.g === undefined) return undefined;
  return findObject(b, 'api_group', c.params.g).id;
}

function checkGroupMatches(doc: ValidDocument, b: StoredBranch, gid: number | undefined): void {
  const group = b.objects.find((o) => o.id === gid);
  if (group && doc.header.apiGroup !== undefined && doc.header.apiGroup !== group.name) {
    throw inputError(`api_group "${doc.header.apiGroup}" does not match the group of this route ("${group.name}")`, 'api_group');
  }
}

function collectionRoutes(base: string, type: ObjectType): Route[] {
  const list = (c: RouteContext) => {
    const b = branchIn(c.store.state, c);
    const gid = groupId(b, c);
    const mine = b.objects.filter((o) => o.type === type && (gid === undefined || o.apigroupId === gid));
    const options = renderOptions(c.query);
    return { json: pageOf(mine, c.query, (o) => renderObject(o, b, options)) };
  };
  const create = async (c: RouteContext) => {
    const doc = requestDocument(c, type);
    const options = renderOptions(c.query);
    const out = await c.store.transaction((s) => {
      const b = branchIn(s, c);
      const gid = groupId(b, c);
      checkGroupMatches(doc, b, gid);
      checkParent(b, type, doc);
      return renderObject(addObject(s, b, doc, type, gid), b, options);
    });
    return { json: out };
  };
  return [route('GET', base, list), route('POST', base, create)];
}

function itemRoutes(base: string, type: ObjectType): Route[] {
  const get = (c: RouteContext) => {
    const options = renderOptions(c.query);
    const b = branchIn(c.store.state, c);
    return { json: renderObject(findObject(b, type, c.params.id, groupId(b, c)), b, options) };
  };
  const put = async (c: RouteContext) => {
    const options = renderOptions(c.query);
    const doc = requestDocument(c, type);
    const publish = queryFlag(c.query, 'publish', true);
    const out = await c.store.transaction((s) => {
      const b = branchIn(s, c);
      const gid = groupId(b, c);
      checkGroupMatches(doc, b, gid);
      checkParent(b, type, doc);
      const o = findObject(b, type, c.params.id, gid);
      changeObject(b, o, doc, publish);
      return renderObject(o, b, options);
    });
    return { json: out };
  };
  const del = async (c: RouteContext) => {
    await c.store.transaction((s) => {
      const b = branchIn(s, c);
      removeObject(b, findObject(b, type, c.params.id, groupId(b, c)));
    });
    return { json: null };
  };
  return [route('GET', `${base}/:id`, get), route('PUT', `${base}/:id`, put), route('DELETE', `${base}/:id`, del)];
}

const workspaceWideEndpoints = route('GET', '/workspace/:ws/api', (c) => {
  const b = branchIn(c.store.state, c);
  const all = b.objects.filter((o) => o.type === 'query');
  const options = renderOptions(c.query);
  return { json: pageOf(all, c.query, (o) => renderObject(o, b, options)) };
});

export const OBJECT_ROUTES: readonly Route[] = [
  ...SEGMENTS.flatMap(([seg, type]) => [...collectionRoutes(`/workspace/:ws/${seg}`, type), ...itemRoutes(`/workspace/:ws/${seg}`, type)]),
  ...collectionRoutes('/workspace/:ws/apigroup/:g/api', 'query'),
  ...itemRoutes('/workspace/:ws/apigroup/:g/api', 'query'),
  workspaceWideEndpoints,
];
