// The typed Metadata API client, bound to one workspace and branch.
import type { ApiGroupsApi } from './apigroups.js';
import type { AuthApi } from './auth.js';
import type { BranchesApi } from './branches.js';
import type { EndpointsApi } from './endpoints.js';
import type { MultidocApi } from './multidoc.js';
import type { KnowledgeApi } from './knowledge.js';
import type { ObjectApi } from './object-api.js';
import type { TablesApi } from './tables.js';
import type { TriggersApi } from './triggers.js';
import type { WorkspacesApi } from './workspaces.js';

/** Which workspace and branch the client talks to. */
export interface XanoTarget {
  readonly workspaceId: number;
  /** '' is the live branch. */
  readonly branch: string;
}

/**
 * Every call plan/apply/pull need. Implemented over HTTP by `createXanoClient`.
 * @example const fns = await client.functions.list({includeXanoscript: true});
 */
export interface XanoClient {
  readonly target: XanoTarget;
  readonly auth: AuthApi;
  readonly workspaces: WorkspacesApi;
  readonly branches: BranchesApi;
  readonly functions: ObjectApi;
  readonly apiGroups: ApiGroupsApi;
  readonly endpoints: EndpointsApi;
  readonly tasks: ObjectApi;
  readonly tables: TablesApi;
  readonly middleware: ObjectApi;
  readonly addons: ObjectApi;
  /** Triggers by kind: `client.triggers.table_trigger.list()`. */
  readonly triggers: TriggersApi;
  readonly multidoc: MultidocApi;
  /** Workspace knowledge, as the official CLI's pull reads it. */
  readonly knowledge: KnowledgeApi;
  /** Releases the connection pool. */
  close(): Promise<void>;
}
