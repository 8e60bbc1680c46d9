import type { ObjectDecl } from '../nodes/decls.js';

// What each top-level kind allows, requires, and the order its members print in (reference §1.2,
// the docs' own examples for the order). Slots are the non-attribute members; every other entry is
// an attribute name. `guid` is allowed everywhere and always prints last.

/** Members of a declaration that are not `key = value` attributes. */
export const SLOTS = ['input', 'stack', 'schema', 'output', 'response', 'tests'] as const;
export type Slot = (typeof SLOTS)[number];

export interface ObjectKindSpec {
  /** The keyword that opens the file: `function`, `query`, `run.job`. */
  readonly keyword: string;
  readonly kind: ObjectDecl['kind'];
  /** Canonical print order of slots and attributes. */
  readonly order: readonly string[];
  /** Members whose absence is a parse diagnostic. */
  readonly required: readonly string[];
  /** Where `xac pull`/`build` put the file (official CLI layout), before the object path. */
  readonly folder: string;
}

const spec = (
  keyword: string,
  kind: ObjectDecl['kind'],
  folder: string,
  order: readonly string[],
  required: readonly string[] = [],
): ObjectKindSpec => ({ keyword, kind, folder, order, required });

const triggerTail = ['actions', 'datasources', 'active', 'tags', 'history', 'input', 'stack', 'response'];

export const OBJECT_KINDS: readonly ObjectKindSpec[] = [
  spec('function', 'FunctionDecl', 'function',
    ['description', 'docs', 'tags', 'history', 'cache', 'middleware', 'input', 'stack', 'response', 'tests'],
    ['input', 'stack', 'response']),
  spec('query', 'QueryDecl', 'api',
    ['api_group', 'description', 'docs', 'auth', 'tags', 'history', 'cache', 'middleware', 'input', 'stack', 'response', 'tests'],
    ['api_group', 'input', 'stack', 'response']),
  spec('api_group', 'ApiGroupDecl', 'api',
    ['canonical', 'description', 'docs', 'active', 'swagger', 'cors', 'tags', 'history'], ['canonical']),
  spec('table', 'TableDecl', 'table', ['auth', 'description', 'tags', 'schema', 'index', 'view'], ['schema']),
  spec('task', 'TaskDecl', 'task',
    ['description', 'docs', 'active', 'datasource', 'history', 'middleware', 'tags', 'stack', 'schedule', 'tests']),
  spec('table_trigger', 'TableTriggerDecl', 'table/trigger', ['table', 'description', 'docs', ...triggerTail],
    ['table', 'input', 'stack']),
  spec('realtime_trigger', 'RealtimeTriggerDecl', 'realtime/trigger', ['channel', 'description', 'docs', ...triggerTail],
    ['channel', 'input', 'stack', 'response']),
  spec('workspace_trigger', 'WorkspaceTriggerDecl', 'workspace/trigger', ['description', 'docs', ...triggerTail],
    ['input', 'stack']),
  spec('agent_trigger', 'AgentTriggerDecl', 'ai/agent/trigger', ['agent', 'description', 'docs', ...triggerTail],
    ['agent', 'input', 'stack', 'response']),
  spec('mcp_server_trigger', 'McpServerTriggerDecl', 'ai/mcp_server/trigger',
    ['mcp_server', 'description', 'docs', ...triggerTail], ['mcp_server', 'input', 'stack', 'response']),
  spec('middleware', 'MiddlewareDecl', 'middleware',
    ['description', 'docs', 'exception_policy', 'response_strategy', 'tags', 'history', 'input', 'stack', 'response', 'tests'],
    ['input', 'stack', 'response']),
  spec('addon', 'AddonDecl', 'addon', ['description', 'tags', 'input', 'stack'], ['input', 'stack']),
  spec('agent', 'AgentDecl', 'ai/agent',
    ['canonical', 'description', 'docs', 'llm', 'tools', 'external_mcp_servers', 'tags', 'history', 'output'],
    ['canonical', 'llm']),
  spec('tool', 'ToolDecl', 'ai/tool',
    ['description', 'docs', 'instructions', 'tags', 'history', 'middleware', 'input', 'stack', 'response'],
    ['input', 'stack', 'response']),
  spec('mcp_server', 'McpServerDecl', 'ai/mcp_server',
    ['canonical', 'description', 'docs', 'instructions', 'active', 'tags', 'history', 'tools'], ['canonical']),
  spec('workflow_test', 'WorkflowTestDecl', 'workflow_test', ['description', 'datasource', 'tags', 'stack'], ['stack']),
  spec('workspace', 'WorkspaceDecl', 'workspace', ['description', 'env', 'acceptance', 'preferences', 'realtime']),
  spec('branch', 'BranchDecl', 'branch', ['description', 'color', 'middleware', 'history']),
  spec('realtime_channel', 'RealtimeChannelDecl', 'realtime/channel',
    ['description', 'active', 'public_messaging', 'private_messaging', 'settings']),
  spec('run.job', 'RunJobDecl', 'run', ['main', 'env'], ['main']),
];

/** The spec of a declaration kind. */
export function objectKindSpec(kind: ObjectDecl['kind']): ObjectKindSpec {
  const found = OBJECT_KINDS.find((s) => s.kind === kind);
  if (!found) throw new Error(`no spec for object kind ${kind}`);
  return found;
}

/** The spec for a file's first keyword, or undefined for an unknown one. */
export function objectKindByKeyword(keyword: string): ObjectKindSpec | undefined {
  return OBJECT_KINDS.find((s) => s.keyword === keyword);
}
