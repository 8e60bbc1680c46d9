// The typed DSL — author Xano functions, endpoints, tasks and tables in TypeScript.
export { fn, query, task, apiGroup, asDefinition, FunctionDef, QueryDef, TaskDef, ApiGroupDef, RawDef } from './objects.js';
export type { Definition, FnSpec, QuerySpec, TaskSpec, ApiGroupSpec } from './objects.js';
export { table, tableRef, Table, type IndexSpec, type TableOptions, type UntypedShape } from './table.js';
export { t, Field, LinkField, type AnyField, type LinkOptions, type ShapeOf } from './fields.js';
export { Stack, now, type Lookup, type ValFor, type CallInput, type QueryReturn, type QueryResult, type DbExtras, type RunOptions } from './stack-io.js';
export { StackRecorder, IfChain, SwitchChain } from './stack.js';
export { raw, unsafe, val, type PathStep } from './raw.js';
export { DslError, formatOrigin, type Origin } from './origin.js';
export { BuildContext, type EscapeUse } from './context.js';
export type { X, Num, Text, Bool } from './methods.js';
export type { XT, Prim, ArrT, ObjT, RowT, Shape, Val, Plain } from './types.js';
export { tableTrigger, realtimeTrigger, workspaceTrigger, agentTrigger, mcpServerTrigger, middleware, addon, tool, workflowTest, agent, mcpServer, workspace, branch, realtimeChannel, runJob, KindDef, KIND_BUILDERS, type KindSpec, type KindBuilder } from './kinds.js';
export { op } from './ops.js';
export { commentText } from './comment-text.js';
export { TestStack, type TestSpec, type TestInput, type TestResponse, type Expect, type ExpectMethod } from './tests.js';
