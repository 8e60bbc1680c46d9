// `/auth/me`, workspaces and branches (reference/meta-api.md §2.2–2.4, §6 #1–4).
import { badRequest, inputError, notFound } from './http-error.js';
import { jsonObjectBody } from './json-body.js';
import { checkName, checkOptionalName } from './names.js';
import { findWorkspace } from './objects.js';
import { queryInt } from './query-params.js';
import { route, type Route, type RouteContext } from './router.js';
import { newBranch, newWorkspace, takeId, timestamp, type StoredBranch, type StoredWorkspace } from './state.js';

const renderWorkspace = (w: StoredWorkspace) => ({
  id: w.id,
  name: w.name,
  description: w.description,
  created_at: w.createdAt,
  updated_at: w.updatedAt,
  preferences: { allow_push: w.allowPush },
});

const renderBranch = (b: StoredBranch) => ({
  label: b.label,
  live: b.live,
  backup: false,
  description: b.description,
  color: b.color ?? '',
  created_at: b.createdAt,
});

/** A bare array (reference §2.1 tier C); `page`/`per_page` when given slice it (the MCP reference pages it). */
function workspaceList(c: RouteContext) {
  const all = c.store.state.workspaces.map(renderWorkspace);
  if (c.query.get('page') === null && c.query.get('per_page') === null) return { json: all };
  const perPage = queryInt(c.query, 'per_page', 50, 1, 10_000);
  const page = queryInt(c.query, 'page', 1, 1, 1_000_000);
  return { json: all.slice((page - 1) * perPage, page * perPage) };
}

const COLOR = /^#[0-9a-fA-F]{6}$/;
function checkColor(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !COLOR.test(v)) throw inputError('color must be a hex color like #ff5733', 'color');
  return v;
}

const jsonBody = (ctx: RouteContext) => jsonObjectBody(ctx.body);

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function branchOf(w: StoredWorkspace, label: string | undefined): StoredBranch {
  const b = w.branches.find((x) => x.label === label);
  if (!b) throw notFound();
  return b;
}

const workspaceRoutes: Route[] = [
  route('GET', '/auth/me', () => ({ json: { id: 1, name: 'Local Emulator', email: 'emulator@localhost' } })),
  route('GET', '/workspace', workspaceList),
  route('GET', '/workspace/:ws', (c) => ({ json: renderWorkspace(findWorkspace(c.store.state, c.params.ws)) })),
  route('POST', '/workspace', async (c) => {
    const body = jsonBody(c);
    const name = checkName(body.name, 'name');
    const w = await c.store.transaction((s) => {
      const created = newWorkspace(takeId(s), name, str(body.description) ?? '');
      s.workspaces.push(created);
      return created;
    });
    return { json: renderWorkspace(w) };
  }),
  route('PUT', '/workspace/:ws', async (c) => {
    const body = jsonBody(c);
    const name = checkOptionalName(body.name, 'name');
    const w = await c.store.transaction((s) => {
      const ws = findWorkspace(s, c.params.ws);
      ws.name = name ?? ws.name;
      ws.description = str(body.description) ?? ws.description;
      const prefs = body.preferences as { allow_push?: unknown } | undefined;
      if (typeof prefs?.allow_push === 'boolean') ws.allowPush = prefs.allow_push;
      ws.updatedAt = timestamp();
      return ws;
    });
    return { json: renderWorkspace(w) };
  }),
  route('DELETE', '/workspace/:ws', async (c) => {
    await c.store.transaction((s) => {
      findWorkspace(s, c.params.ws);
      s.workspaces = s.workspaces.filter((w) => String(w.id) !== c.params.ws);
    });
    return { json: null };
  }),
];

/** `PUT /branch/{label}` `{label?, description?, color?}` (§2.4): `v1` keeps its label. */
async function editBranch(c: RouteContext) {
  const body = jsonBody(c);
  const label = checkOptionalName(body.label, 'label', 'label');
  const color = checkColor(body.color);
  const description = body.description === undefined ? undefined : str(body.description);
  if (body.description !== undefined && description === undefined) throw inputError('description must be text', 'description');
  const b = await c.store.transaction((s) => {
    const w = findWorkspace(s, c.params.ws);
    const branch = branchOf(w, c.params.label);
    if (label !== undefined && label !== branch.label) {
      if (branch.label === 'v1') throw inputError('The default branch v1 cannot be renamed', 'label');
      if (w.branches.some((x) => x.label === label)) throw inputError(`${label} name is already being used`, 'label');
      branch.label = label;
    }
    if (description !== undefined) branch.description = description;
    if (color !== undefined) branch.color = color;
    return branch;
  });
  return { json: renderBranch(b) };
}

const branchRoutes: Route[] = [
  route('GET', '/workspace/:ws/branch', (c) => ({ json: findWorkspace(c.store.state, c.params.ws).branches.map(renderBranch) })),
  route('GET', '/workspace/:ws/branch/:label', (c) => ({ json: renderBranch(branchOf(findWorkspace(c.store.state, c.params.ws), c.params.label)) })),
  route('POST', '/workspace/:ws/branch', async (c) => {
    const body = jsonBody(c);
    const label = checkName(body.label, 'label', 'label');
    const color = checkColor(body.color);
    const b = await c.store.transaction((s) => {
      const w = findWorkspace(s, c.params.ws);
      if (w.branches.some((x) => x.label === label)) throw inputError(`${label} name is already being used`, 'label');
      const source = branchOf(w, str(body.source_branch) ?? 'v1');
      const copied = { ...newBranch(label, false, structuredClone(source.objects)), knowledge: structuredClone(source.knowledge ?? []) };
      const created = { ...copied, description: str(body.description) ?? '', ...(color ? { color } : {}) };
      w.branches.push(created);
      return created;
    });
    return { json: renderBranch(b) };
  }),
  route('DELETE', '/workspace/:ws/branch/:label', async (c) => {
    await c.store.transaction((s) => {
      const w = findWorkspace(s, c.params.ws);
      const b = branchOf(w, c.params.label);
      if (b.label === 'v1' || b.live) throw badRequest('The default and the live branch cannot be deleted');
      w.branches = w.branches.filter((x) => x !== b);
    });
    return { json: null };
  }),
  route('PUT', '/workspace/:ws/branch/:label', editBranch),
  route('POST', '/workspace/:ws/branch/:label/live', async (c) => {
    const live = await c.store.transaction((s) => {
      const w = findWorkspace(s, c.params.ws);
      const b = branchOf(w, c.params.label);
      for (const x of w.branches) x.live = x === b;
      return b;
    });
    return { json: renderBranch(live) };
  }),
];

export const WORKSPACE_ROUTES: readonly Route[] = [...workspaceRoutes, ...branchRoutes];
