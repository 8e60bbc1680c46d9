// `/auth/me`, workspaces and branches (reference/meta-api.md §2.2–2.4, §6 #1–4).
import { badRequest, EmulatorHttpError, notFound } from './http-error.js';
import { findWorkspace } from './objects.js';
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

const renderBranch = (b: StoredBranch) => ({ label: b.label, live: b.live, backup: false, description: b.description, created_at: b.createdAt });

function jsonBody(ctx: RouteContext): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(ctx.body === '' ? '{}' : ctx.body);
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch {
    // fall through to the 400 below
  }
  throw badRequest('Invalid JSON body');
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function branchOf(w: StoredWorkspace, label: string | undefined): StoredBranch {
  const b = w.branches.find((x) => x.label === label);
  if (!b) throw notFound();
  return b;
}

const workspaceRoutes: Route[] = [
  route('GET', '/auth/me', () => ({ json: { id: 1, name: 'Local Emulator', email: 'emulator@localhost' } })),
  route('GET', '/workspace', (c) => ({ json: c.store.state.workspaces.map(renderWorkspace) })),
  route('GET', '/workspace/:ws', (c) => ({ json: renderWorkspace(findWorkspace(c.store.state, c.params.ws)) })),
  route('POST', '/workspace', async (c) => {
    const body = jsonBody(c);
    const name = str(body.name);
    if (!name) throw new EmulatorHttpError(400, 'ERROR_CODE_INPUT_ERROR', 'name is required', { param: 'name' });
    const w = await c.store.transaction((s) => {
      const created = newWorkspace(takeId(s), name, str(body.description) ?? '');
      s.workspaces.push(created);
      return created;
    });
    return { json: renderWorkspace(w) };
  }),
  route('PUT', '/workspace/:ws', async (c) => {
    const body = jsonBody(c);
    const w = await c.store.transaction((s) => {
      const ws = findWorkspace(s, c.params.ws);
      ws.name = str(body.name) ?? ws.name;
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

const branchRoutes: Route[] = [
  route('GET', '/workspace/:ws/branch', (c) => ({ json: findWorkspace(c.store.state, c.params.ws).branches.map(renderBranch) })),
  route('GET', '/workspace/:ws/branch/:label', (c) => ({ json: renderBranch(branchOf(findWorkspace(c.store.state, c.params.ws), c.params.label)) })),
  route('POST', '/workspace/:ws/branch', async (c) => {
    const body = jsonBody(c);
    const label = str(body.label);
    if (!label) throw new EmulatorHttpError(400, 'ERROR_CODE_INPUT_ERROR', 'label is required', { param: 'label' });
    const b = await c.store.transaction((s) => {
      const w = findWorkspace(s, c.params.ws);
      if (w.branches.some((x) => x.label === label)) throw new EmulatorHttpError(400, 'ERROR_CODE_INPUT_ERROR', `${label} name is already being used`, { param: 'label' });
      const source = branchOf(w, str(body.source_branch) ?? 'v1');
      const created = { ...newBranch(label, false, structuredClone(source.objects)), description: str(body.description) ?? '' };
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
  route('POST', '/workspace/:ws/branch/:label/live', async (c) => {
    await c.store.transaction((s) => {
      const w = findWorkspace(s, c.params.ws);
      const b = branchOf(w, c.params.label);
      for (const x of w.branches) x.live = x === b;
    });
    return { json: null };
  }),
];

export const WORKSPACE_ROUTES: readonly Route[] = [...workspaceRoutes, ...branchRoutes];
