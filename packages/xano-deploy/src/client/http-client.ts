// The undici implementation of XanoClient.
import { createApiGroupsApi } from './apigroups.js';
import { createAuthApi } from './auth.js';
import { createBranchesApi } from './branches.js';
import type { ClientContext } from './context.js';
import { createEndpointsApi } from './endpoints.js';
import { createAddonsApi, createFunctionsApi, createMiddlewareApi } from './functions.js';
import { DEFAULT_POSITION_BASE, type PositionBase } from './locate.js';
import { createMultidocApi } from './multidoc.js';
import { DEFAULT_PER_PAGE } from './paging.js';
import { createRedactor } from './redact.js';
import { Requester } from './requester.js';
import { DEFAULT_RETRY, REAL_RUNTIME, type RetryPolicy, type RetryRuntime } from './retry.js';
import { createTablesApi } from './tables.js';
import { createTasksApi } from './tasks.js';
import { createTriggersApi } from './triggers.js';
import { createKnowledgeApi } from './knowledge.js';
import { createHttpTransport, DEFAULT_TIMEOUTS, type Timeouts, type Transport } from './transport.js';
import { createWorkspacesApi } from './workspaces.js';
import type { XanoClient } from './xano-client.js';

export interface XanoClientOptions {
  /** The instance origin (`XANO_INSTANCE_URL`); `/api:meta` is appended. */
  readonly instanceUrl: string;
  /** Only ever from the environment; redacted from every message and log line. */
  readonly token: string;
  readonly workspaceId: number;
  /** '' (default) is the live branch. */
  readonly branch?: string;
  readonly timeouts?: Partial<Timeouts>;
  readonly retry?: Partial<RetryPolicy>;
  /** Injectable sleep and randomness (tests). */
  readonly runtime?: RetryRuntime;
  /** Where retry notices go; lines are already redacted. Default: dropped. */
  readonly log?: (line: string) => void;
  /** Base of the server's syntax-error `payload.line/col` (default 0/0, reference §2.15). */
  readonly positionBase?: PositionBase;
  readonly refetchAfterUpdate?: boolean;
  readonly perPage?: number;
  /** Replaces the HTTP transport (tests). */
  readonly transport?: Transport;
}

/**
 * Creates a Meta API client bound to one workspace and branch.
 * @example const client = createXanoClient({instanceUrl: process.env.XANO_INSTANCE_URL ?? '', token: process.env.XANO_TOKEN ?? '', workspaceId: 1});
 */
export function createXanoClient(o: XanoClientOptions): XanoClient {
  const redact = createRedactor([o.token]);
  const http = createHttpTransport({ instanceUrl: o.instanceUrl, token: o.token, timeouts: { ...DEFAULT_TIMEOUTS, ...o.timeouts }, redact });
  const requester = new Requester({
    transport: o.transport ?? http,
    redact,
    retry: { ...DEFAULT_RETRY, ...o.retry },
    runtime: o.runtime ?? REAL_RUNTIME,
    log: o.log ?? (() => undefined),
  });
  const ctx: ClientContext = {
    requester,
    workspaceId: o.workspaceId,
    branch: o.branch ?? '',
    positionBase: o.positionBase ?? DEFAULT_POSITION_BASE,
    refetchAfterUpdate: o.refetchAfterUpdate ?? true,
    perPage: o.perPage ?? DEFAULT_PER_PAGE,
  };
  return {
    target: { workspaceId: ctx.workspaceId, branch: ctx.branch },
    auth: createAuthApi(ctx),
    workspaces: createWorkspacesApi(ctx),
    branches: createBranchesApi(ctx),
    functions: createFunctionsApi(ctx),
    apiGroups: createApiGroupsApi(ctx),
    endpoints: createEndpointsApi(ctx),
    tasks: createTasksApi(ctx),
    tables: createTablesApi(ctx),
    middleware: createMiddlewareApi(ctx),
    addons: createAddonsApi(ctx),
    triggers: createTriggersApi(ctx),
    multidoc: createMultidocApi(ctx),
    knowledge: createKnowledgeApi(ctx),
    close: () => http.close(),
  };
}
