// Workspaces (reference/meta-api.md §2.3): the list is a bare array.
import type { ClientContext } from './context.js';
import type { WriteOutcome } from './requester.js';
import { workspaceListSchema, workspaceSchema, type Workspace } from './schemas.js';

export interface WorkspaceUpdate {
  readonly name?: string;
  readonly description?: string;
  readonly preferences?: { readonly allow_push?: boolean };
}

export interface WorkspacesApi {
  list(): Promise<Workspace[]>;
  get(id: number): Promise<Workspace>;
  create(ws: { readonly name: string; readonly description?: string }): Promise<Workspace>;
  update(id: number, patch: WorkspaceUpdate): Promise<Workspace>;
}

/**
 * @example const [ws] = await createWorkspacesApi(ctx).list();
 */
export function createWorkspacesApi(ctx: ClientContext): WorkspacesApi {
  const r = ctx.requester;
  const list = () => r.call({ method: 'GET', path: '/workspace', schema: workspaceListSchema });
  const get = (id: number) => r.call({ method: 'GET', path: `/workspace/${id}`, schema: workspaceSchema });
  return {
    list,
    get,
    create: (ws) => {
      const readBack = async (): Promise<WriteOutcome<Workspace>> => {
        const found = (await list()).find((w) => w.name === ws.name);
        return found ? { landed: true, value: found } : { landed: false };
      };
      const body = JSON.stringify(ws);
      return r.call({ method: 'POST', path: '/workspace', body, contentType: 'application/json', schema: workspaceSchema, readBack });
    },
    update: (id, patch) => {
      const body = JSON.stringify(patch);
      // A PUT of the same JSON is idempotent: repeating it cannot duplicate anything.
      return r.call({ method: 'PUT', path: `/workspace/${id}`, body, contentType: 'application/json', schema: workspaceSchema, safe: true });
    },
  };
}
