// The object kinds the emulator stores: where each lives below `/workspace/{ws}`, which attribute
// names its parent (triggers), and the order a multidoc push applies them in (parents first).
// Kind names are the XanoScript header keywords (reference/meta-api.md §2.10–2.12), checked against the
// identity module's kind list (ast/schema/identity.ts).
import type { ObjectKeyword } from '@xac/xanoscript-dsl/ast';

/** Every kind a multidoc may carry and the emulator stores (`error_trigger` is not parsed yet). */
export const OBJECT_TYPES = [
  'workspace', 'table', 'function', 'middleware', 'addon', 'api_group', 'query', 'task',
  'agent', 'tool', 'mcp_server', 'realtime_channel', 'workflow_test',
  'table_trigger', 'workspace_trigger', 'agent_trigger', 'mcp_server_trigger', 'realtime_trigger',
] as const satisfies readonly ObjectKeyword[];
export type ObjectType = (typeof OBJECT_TYPES)[number];

export interface KindSpec {
  /** Single-object routes at `/workspace/{ws}/<segment>[/{id}]`; none: multidoc only. */
  readonly segment?: string;
  /** A trigger's parent: the attribute naming it, the kind it must be, the id field rendered. */
  readonly parent?: { readonly attr: string; readonly type: ObjectType; readonly idField?: string };
  /** Apply rank in a multidoc push: lower first; deletes run in reverse. */
  readonly rank: number;
}

const plain = (segment: string, rank = 1): KindSpec => ({ segment, rank });

export const KINDS: Readonly<Record<ObjectType, KindSpec>> = {
  workspace: { rank: 0 },
  table: plain('table', 0),
  function: plain('function'),
  middleware: plain('middleware'),
  addon: plain('addon'),
  api_group: plain('apigroup', 0),
  query: { rank: 2 },
  task: plain('task'),
  agent: plain('agent', 0),
  tool: plain('tool'),
  mcp_server: plain('mcp_server', 0),
  realtime_channel: plain('realtime/channel', 0),
  workflow_test: plain('workflow_test', 2),
  table_trigger: { segment: 'table/trigger', rank: 3, parent: { attr: 'table', type: 'table', idField: 'table_id' } },
  workspace_trigger: { segment: 'trigger', rank: 3 },
  agent_trigger: { segment: 'agent/trigger', rank: 3, parent: { attr: 'agent', type: 'agent', idField: 'agent_id' } },
  mcp_server_trigger: { segment: 'mcp_server/trigger', rank: 3, parent: { attr: 'mcp_server', type: 'mcp_server', idField: 'mcp_server_id' } },
  realtime_trigger: { segment: 'realtime/channel/trigger', rank: 3, parent: { attr: 'channel', type: 'realtime_channel' } },
};

export function isObjectType(t: string): t is ObjectType {
  return (OBJECT_TYPES as readonly string[]).includes(t);
}

/** The bucket a kind is counted under in multidoc previews (reference §2.12): the object-kind table's. */
export { bucketOf } from '@xac/xanoscript-dsl/ast';

/** The name a preview shows: `"<path> <VERB>"` for queries; workspace settings are always `workspace`. */
export function displayName(o: { readonly type: string; readonly name: string; readonly verb?: string }): string {
  if (o.type === 'workspace') return 'workspace';
  return o.type === 'query' && o.verb ? `${o.name} ${o.verb}` : o.name;
}
