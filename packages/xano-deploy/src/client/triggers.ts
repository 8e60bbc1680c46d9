// Triggers of every kind (reference/meta-api.md §2.10): flat at workspace level, the parent (table,
// agent, MCP server, channel) named inside the XanoScript; the usual list, get, raw-XanoScript POST,
// PUT (`publish`) and DELETE. Workspace triggers live at `/trigger`.
import { isTriggerKeyword, TRIGGER_KEYWORDS, type TriggerKeyword } from '@xac/xanoscript-dsl/ast';
import { wsPath, type ClientContext } from './context.js';
import { createObjectApi, type ObjectApi } from './object-api.js';
import { xanoObjectSchema } from './schemas.js';

/** The trigger kinds, by their XanoScript keyword: the identity module's (ast/schema/identity.ts). */
export const TRIGGER_KINDS = TRIGGER_KEYWORDS;
export type TriggerKind = TriggerKeyword;

/** Where each kind lives below `/workspace/{ws}`. */
export const TRIGGER_SEGMENTS: Readonly<Record<TriggerKind, string>> = {
  table_trigger: 'table/trigger',
  workspace_trigger: 'trigger',
  agent_trigger: 'agent/trigger',
  mcp_server_trigger: 'mcp_server/trigger',
  realtime_trigger: 'realtime/channel/trigger',
};

/** One object api per trigger kind. */
export type TriggersApi = Readonly<Record<TriggerKind, ObjectApi>>;

export const isTriggerKind: (type: string) => type is TriggerKind = isTriggerKeyword;

/**
 * `/workspace/{ws}/table/trigger`, `/agent/trigger`, `/mcp_server/trigger`, `/realtime/channel/trigger`, `/trigger`.
 * @example await createTriggersApi(ctx).table_trigger.create({text: 'table_trigger "audit" {…}', path: 'table/trigger/audit.xs'});
 */
export function createTriggersApi(ctx: ClientContext): TriggersApi {
  const api = (kind: TriggerKind) => createObjectApi(ctx, { path: `${wsPath(ctx)}/${TRIGGER_SEGMENTS[kind]}`, schema: xanoObjectSchema, identityOf: (o) => o });
  return {
    table_trigger: api('table_trigger'),
    workspace_trigger: api('workspace_trigger'),
    agent_trigger: api('agent_trigger'),
    mcp_server_trigger: api('mcp_server_trigger'),
    realtime_trigger: api('realtime_trigger'),
  };
}
