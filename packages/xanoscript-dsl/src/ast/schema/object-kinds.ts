import type { ObjectDecl } from '../nodes/decls.js';

// What each top-level kind allows, requires, and the order its members print in (reference §1.2,
// the docs' own examples for the order). Slots are the non-attribute members; every other entry is
// an attribute name. `guid` is allowed everywhere and always prints last.

/** Members of a declaration that are not `key = value` attributes. */
export const SLOTS = ['input', 'stack', 'schema', 'output', 'response', 'tests'] as const;
export type Slot = (typeof SLOTS)[number];

export interface ObjectKindSpec<K extends string = string, O extends readonly string[] = readonly string[], R extends readonly string[] = readonly string[]> {
  /** The keyword that opens the file: `function`, `query`, `run.job`. */
  readonly keyword: K;
  readonly kind: ObjectDecl['kind'];
  /** Canonical print order of slots and attributes. */
  readonly order: O;
  /** Members whose absence is a parse diagnostic. */
  readonly required: R;
  /**
   * The folder the official CLI's `workspace pull` writes this kind to (src/commands/workspace/pull);
   * `xac pull` and `xac build` use the same (ast/schema/layout-path.ts, docs/layout.md).
   */
  readonly folder: string;
  /**
   * True when the CLI turns the `/` segments of the name into sub-folders (its default branch:
   * `function "utils/send_email"` → `function/utils/send_email.xs`); false when it snake-cases the
   * whole name into one file name (triggers, workspace, ai objects, realtime, api_group).
   */
  readonly nameFolders: boolean;
  /** The Meta API's bucket for this kind in multidoc previews: every trigger kind is `trigger`. */
  readonly bucket: string;
}

// The order and required lists keep their literal types, so the DSL derives each kind's options from them (dsl/kinds.ts).
const spec = <K extends string, const O extends readonly string[], const R extends readonly string[] = []>(
  keyword: K,
  kind: ObjectDecl['kind'],
  folder: string,
  order: O,
  required: R = [] as unknown as R,
): ObjectKindSpec<K, O, R> => ({ keyword, kind, folder, order, required, nameFolders: true, bucket: keyword });

/** A kind whose whole name becomes one snake_case file name (the CLI's explicit branches). */
const flat = <S extends ObjectKindSpec<string, readonly string[], readonly string[]>>(s: S): S => ({ ...s, nameFolders: false });
/** A trigger kind: flat names, counted under the `trigger` bucket. */
const trigger = <S extends ObjectKindSpec<string, readonly string[], readonly string[]>>(s: S): S & { readonly bucket: 'trigger' } =>
  ({ ...s, nameFolders: false, bucket: 'trigger' });

const triggerTail = ['actions', 'datasources', 'active', 'tags', 'history', 'input', 'stack', 'response'] as const;

export const OBJECT_KINDS = [
  spec('function', 'FunctionDecl', 'function',
    ['description', 'docs', 'tags', 'history', 'cache', 'middleware', 'input', 'stack', 'response', 'tests'],
    ['input', 'stack', 'response']),
  spec('query', 'QueryDecl', 'api',
    ['api_group', 'description', 'docs', 'auth', 'tags', 'history', 'cache', 'middleware', 'input', 'stack', 'response', 'tests'],
    // `api_group` is not required: older layouts (`apis/<group>/<id>_<name>_<VERB>.xs`) leave it to the folder.
    ['input', 'stack', 'response']),
  flat(spec('api_group', 'ApiGroupDecl', 'api',
    // corpus: Xano's own pulls write api groups without `canonical`
    ['canonical', 'description', 'docs', 'active', 'swagger', 'cors', 'tags', 'history'])),
  // corpus (marketplace): `items` seeds a table's rows
  spec('table', 'TableDecl', 'table', ['auth', 'description', 'tags', 'schema', 'index', 'view', 'items'], ['schema']),
  spec('task', 'TaskDecl', 'task',
    ['description', 'docs', 'active', 'datasource', 'history', 'middleware', 'tags', 'stack', 'schedule', 'tests']),
  trigger(spec('table_trigger', 'TableTriggerDecl', 'table/trigger', ['table', 'description', 'docs', 'where', ...triggerTail],
    ['table', 'input', 'stack'])),
  trigger(spec('realtime_trigger', 'RealtimeTriggerDecl', 'realtime/trigger', ['channel', 'description', 'docs', ...triggerTail],
    ['channel', 'input', 'stack', 'response'])),
  trigger(spec('workspace_trigger', 'WorkspaceTriggerDecl', 'workspace/trigger', ['description', 'docs', ...triggerTail],
    ['input', 'stack'])),
  trigger(spec('agent_trigger', 'AgentTriggerDecl', 'ai/agent/trigger', ['agent', 'description', 'docs', ...triggerTail],
    ['agent', 'input', 'stack', 'response'])),
  trigger(spec('mcp_server_trigger', 'McpServerTriggerDecl', 'ai/mcp_server/trigger',
    ['mcp_server', 'description', 'docs', ...triggerTail], ['mcp_server', 'input', 'stack', 'response'])),
  spec('middleware', 'MiddlewareDecl', 'middleware',
    ['description', 'docs', 'exception_policy', 'response_strategy', 'tags', 'history', 'input', 'stack', 'response', 'tests'],
    ['input', 'stack', 'response']),
  spec('addon', 'AddonDecl', 'addon', ['description', 'tags', 'input', 'stack'], ['input', 'stack']),
  flat(spec('agent', 'AgentDecl', 'ai/agent',
    ['canonical', 'description', 'docs', 'llm', 'tools', 'external_mcp_servers', 'tags', 'history', 'output'],
    ['canonical', 'llm'])),
  flat(spec('tool', 'ToolDecl', 'ai/tool',
    ['description', 'docs', 'instructions', 'tags', 'history', 'middleware', 'input', 'stack', 'response'],
    ['input', 'stack', 'response'])),
  flat(spec('mcp_server', 'McpServerDecl', 'ai/mcp_server',
    ['canonical', 'description', 'docs', 'instructions', 'active', 'tags', 'history', 'tools'], ['canonical'])),
  spec('workflow_test', 'WorkflowTestDecl', 'workflow_test', ['description', 'datasource', 'tags', 'stack'], ['stack']),
  flat(spec('workspace', 'WorkspaceDecl', 'workspace', ['description', 'env', 'acceptance', 'preferences', 'realtime'])),
  spec('branch', 'BranchDecl', 'branch', ['description', 'color', 'middleware', 'history']),
  flat(spec('realtime_channel', 'RealtimeChannelDecl', 'realtime/channel',
    ['description', 'active', 'public_messaging', 'private_messaging', 'settings'])),
  spec('run.job', 'RunJobDecl', 'run', ['main', 'env'], ['main']),
] as const satisfies readonly ObjectKindSpec[];

/** Every object keyword: `function`, `query`, `table_trigger`, `run.job`, … (derived from OBJECT_KINDS). */
export type ObjectKeyword = (typeof OBJECT_KINDS)[number]['keyword'];

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
