// Function-pattern routes for function, task, table, middleware, addon, api group and endpoints
// (reference/meta-api.md §2.5–2.11, §6 #5–13, #16–19).
import { inputError } from './http-error.js';
import { addObject, changeObject, findBranch, findObject, findWorkspace, queryFlag, removeObject, renderObject, renderOptions } from './objects.js';
import { pageOf } from './paging.js';
import { route, type Route, type RouteContext } from './router.js';
import type { EmulatorState, ObjectType, StoredBranch } from './state.js';
import type { ValidDocument } from './validate.js';

/** Where each kind lives: `/workspace/{ws}/<segment>`. */
const SEGMENTS: ReadonlyArray<readonly [string, ObjectType]> = [
  ['function', 'function'],
  ['task', 'task'],
  ['table', 'table'],
  ['middleware', 'middleware'],
  ['addon', 'addon'],
  ['apigroup', 'api_group'],
];

const branchIn = (s: EmulatorState, c: RouteContext): StoredBranch => findBranch(findWorkspace(s, c.params.ws), c.query.get('branch'));

/** The group of an endpoint route (`:g`), checked to exist. */
function groupId(b: StoredBranch, c: RouteContext): number | undefined {
  if (c.params.g === undefined) return undefined;
  return findObject(b, 'api_group', c.params.g).id;
}

/** An api group may arrive as JSON `{name, description}` (§1.5); it is stored as XanoScript. */
function documentText(c: RouteContext, type: ObjectType): string {
  if (type !== 'api_group' || !c.contentType.includes('json')) return c.body;
  const body = JSON.parse(c.body || '{}') as { name?: unknown; description?: unknown };
  if (typeof body.name !== 'string' || body.name === '') throw inputError('name is required', 'name');
  const canonical = body.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'group';
  const desc = typeof body.description === 'string' && body.description !== '' ? `  description = ${JSON.stringify(body.description)}\n` : '';
  return `api_group ${JSON.stringify(body.name)} {\n  canonical = ${JSON.stringify(canonical)}\n${desc}}\n`;
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
    return { json: pageOf(mine, c.query, (o) => renderObject(o, b, renderOptions(c.query))) };
  };
  const create = async (c: RouteContext) => {
    const doc = c.validate.check(documentText(c, type), type);
    const out = await c.store.transaction((s) => {
      const b = branchIn(s, c);
      const gid = groupId(b, c);
      checkGroupMatches(doc, b, gid);
      return renderObject(addObject(s, b, doc, type, gid), b, renderOptions(c.query));
    });
    return { json: out };
  };
  return [route('GET', base, list), route('POST', base, create)];
}

function itemRoutes(base: string, type: ObjectType): Route[] {
  const get = (c: RouteContext) => {
    const b = branchIn(c.store.state, c);
    return { json: renderObject(findObject(b, type, c.params.id, groupId(b, c)), b, renderOptions(c.query)) };
  };
  const put = async (c: RouteContext) => {
    const doc = c.validate.check(c.body, type);
    const publish = queryFlag(c.query, 'publish', true);
    const out = await c.store.transaction((s) => {
      const b = branchIn(s, c);
      const gid = groupId(b, c);
      checkGroupMatches(doc, b, gid);
      const o = findObject(b, type, c.params.id, gid);
      changeObject(b, o, doc, publish);
      return renderObject(o, b, renderOptions(c.query));
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
  return { json: pageOf(all, c.query, (o) => renderObject(o, b, renderOptions(c.query))) };
});

export const OBJECT_ROUTES: readonly Route[] = [
  ...SEGMENTS.flatMap(([seg, type]) => [...collectionRoutes(`/workspace/:ws/${seg}`, type), ...itemRoutes(`/workspace/:ws/${seg}`, type)]),
  ...collectionRoutes('/workspace/:ws/apigroup/:g/api', 'query'),
  ...itemRoutes('/workspace/:ws/apigroup/:g/api', 'query'),
  workspaceWideEndpoints,
];
