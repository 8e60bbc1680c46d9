import type { NodeBase } from '../loc.js';
import type { Expr } from './exprs.js';
import type { FieldList } from './fields.js';
import type { Attribute, Comment } from './misc.js';
import type { Stmt } from './stmts.js';

// Top-level objects — reference/xanoscript.md §1. Every kind shares one shape; which members a kind
// allows, requires and in which order they print is data (ast/schema/object-kinds.ts).

export type HttpVerb = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD';

/** `test "name" { input = {…}  expect.to_equal ($response) { value = … } }`. */
export interface TestBlock extends NodeBase {
  readonly kind: 'TestBlock';
  readonly name: string;
  readonly attrs: readonly Attribute[];
  readonly body: readonly Stmt[];
}

interface DeclBase<K extends string> extends NodeBase {
  readonly kind: K;
  readonly name: string;
  /** `key = value` members, in the kind's canonical order (unknown ones last, `guid` at the end). */
  readonly attrs: readonly Attribute[];
  readonly input?: FieldList;
  readonly stack?: readonly Stmt[];
  /** A table's `schema { … }` (and an agent's structured `output { … }` schema). */
  readonly schema?: FieldList;
  /** `response = …`. */
  readonly response?: Expr;
  readonly tests: readonly TestBlock[];
}

export type FunctionDecl = DeclBase<'FunctionDecl'>;
/** An API endpoint: `query "path" verb=GET { api_group = "…" … }`. */
export interface QueryDecl extends DeclBase<'QueryDecl'> {
  readonly verb: HttpVerb;
}
export type ApiGroupDecl = DeclBase<'ApiGroupDecl'>;
export type TableDecl = DeclBase<'TableDecl'>;
export type TaskDecl = DeclBase<'TaskDecl'>;
export type TableTriggerDecl = DeclBase<'TableTriggerDecl'>;
export type RealtimeTriggerDecl = DeclBase<'RealtimeTriggerDecl'>;
export type WorkspaceTriggerDecl = DeclBase<'WorkspaceTriggerDecl'>;
export type AgentTriggerDecl = DeclBase<'AgentTriggerDecl'>;
export type McpServerTriggerDecl = DeclBase<'McpServerTriggerDecl'>;
export type MiddlewareDecl = DeclBase<'MiddlewareDecl'>;
export type AddonDecl = DeclBase<'AddonDecl'>;
export type AgentDecl = DeclBase<'AgentDecl'>;
export type ToolDecl = DeclBase<'ToolDecl'>;
export type McpServerDecl = DeclBase<'McpServerDecl'>;
export type WorkflowTestDecl = DeclBase<'WorkflowTestDecl'>;
export type WorkspaceDecl = DeclBase<'WorkspaceDecl'>;
export type BranchDecl = DeclBase<'BranchDecl'>;
export type RealtimeChannelDecl = DeclBase<'RealtimeChannelDecl'>;
export type RunJobDecl = DeclBase<'RunJobDecl'>;
/** Escape hatch: a whole object as XanoScript text, printed verbatim. */
export interface RawDecl extends NodeBase {
  readonly kind: 'RawDecl';
  readonly source: string;
}

export type ObjectDecl =
  | FunctionDecl
  | QueryDecl
  | ApiGroupDecl
  | TableDecl
  | TaskDecl
  | TableTriggerDecl
  | RealtimeTriggerDecl
  | WorkspaceTriggerDecl
  | AgentTriggerDecl
  | McpServerTriggerDecl
  | MiddlewareDecl
  | AddonDecl
  | AgentDecl
  | ToolDecl
  | McpServerDecl
  | WorkflowTestDecl
  | WorkspaceDecl
  | BranchDecl
  | RealtimeChannelDecl
  | RunJobDecl;

/** One `.xs` file: comments above the object, then the object. */
export interface Document extends NodeBase {
  readonly kind: 'Document';
  readonly comments: readonly Comment[];
  readonly object: ObjectDecl | RawDecl;
}
