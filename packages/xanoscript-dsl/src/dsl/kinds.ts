import { attr, node } from '../ast/build.js';
import type { ObjectDecl } from '../ast/nodes/decls.js';
import type { ObjectRef } from '../ast/schema/identity.js';
import { OBJECT_KINDS, objectKindByKeyword, type ObjectKeyword, type Slot } from '../ast/schema/object-kinds.js';
import { toNode } from './expr.js';
import { checkUnique, type AnyField, type ShapeOf } from './fields.js';
import { meta, StackDef, type Body } from './objects.js';
import { DslError, captureOrigin } from './origin.js';
import type { Stack } from './stack-io.js';
import type { Shape, Val } from './types.js';

// The builders of every other object kind (triggers, middleware, addons, tools, agents, MCP servers,
// workflow tests, workspace, branch, realtime channels, run.job), derived from the object-kind table
// (ast/schema/object-kinds.ts): a kind's attributes are the non-slot members of its `order`, the
// ones in `required` must be given, and it takes a stack when its order has one. A new kind there is
// a new builder here with one line.

type KindOf<K extends ObjectKeyword> = Extract<(typeof OBJECT_KINDS)[number], { readonly keyword: K }>;
type Meta = 'description' | 'tags';
type AttrName<K extends ObjectKeyword> = Exclude<KindOf<K>['order'][number], Slot | Meta>;
type Required<K extends ObjectKeyword> = Extract<Exclude<KindOf<K>['required'][number], Slot>, AttrName<K>>;
type HasStack<K extends ObjectKeyword> = 'stack' extends KindOf<K>['order'][number] ? true : false;

/** The options of kind `K`: its documented attributes (plain values or DSL expressions), meta and input. */
export type KindSpec<K extends ObjectKeyword, F extends readonly AnyField[]> = {
  readonly comments?: readonly string[];
  readonly description?: string;
  readonly tags?: readonly string[];
  readonly input?: F;
} & { readonly [A in Required<K>]: Val } & { readonly [A in Exclude<AttrName<K>, Required<K>>]?: Val };

/** A definition of one of the kinds below. */
export class KindDef<K extends ObjectKeyword, I extends Shape> extends StackDef<I> {
  readonly comments?: readonly string[];
  constructor(
    readonly kind: K,
    name: string,
    private readonly spec: KindSpec<K, readonly AnyField[]>,
    private readonly hasBody: boolean,
    body: Body<I>,
  ) {
    super(name, spec.input ?? [], body);
    this.comments = spec.comments;
  }
  ref(): ObjectRef { return { kind: this.kind, name: this.name }; }
  protected declare(s: Stack<I>, response: Val | void): ObjectDecl {
    const ks = objectKindByKeyword(this.kind);
    if (ks === undefined) throw new Error(`no object kind ${this.kind}`);
    const names = ks.order.filter((m) => m !== 'description' && m !== 'tags' && !(['input', 'stack', 'schema', 'output', 'response', 'tests'] as readonly string[]).includes(m));
    const values = this.spec as unknown as Record<string, Val | undefined>;
    const attrs = [...meta(this.spec), ...names.flatMap((n) => (values[n] === undefined ? [] : [attr(n, toNode(values[n] as Val))]))];
    return node({
      kind: ks.kind, name: this.name, attrs,
      ...(this.spec.input !== undefined ? { input: this.input() } : {}),
      ...(this.hasBody ? { stack: Object.freeze(s.stmts) } : {}),
      ...(response !== undefined ? { response: toNode(response) } : {}),
      tests: [],
    } as ObjectDecl);
  }
}

type StackBuilder<K extends ObjectKeyword> = <const F extends readonly AnyField[] = []>(
  name: string, spec: KindSpec<K, F>, body?: Body<ShapeOf<F>>) => KindDef<K, ShapeOf<F>>;
type AttrBuilder<K extends ObjectKeyword> = (name: string, spec: KindSpec<K, []>) => KindDef<K, Shape>;
/** Kinds with a stack take a body `(s) => response`; the others only attributes. */
export type KindBuilder<K extends ObjectKeyword> = HasStack<K> extends true ? StackBuilder<K> : AttrBuilder<K>;

function builder<K extends ObjectKeyword>(kind: K): KindBuilder<K> {
  const spec = objectKindByKeyword(kind);
  if (spec === undefined) throw new Error(`no object kind ${kind}`);
  const make = (name: string, o: KindSpec<K, readonly AnyField[]>, body?: Body<Shape>) => {
    const origin = captureOrigin();
    if (typeof name !== 'string' || name.trim() === '') throw new DslError(`${kind} name must not be empty`, origin());
    const values = o as unknown as Record<string, unknown>;
    for (const r of spec.required) {
      if (!(['input', 'stack', 'response'] as readonly string[]).includes(r) && values[r] === undefined) {
        throw new DslError(`${kind} "${name}" needs ${r}`, origin());
      }
    }
    checkUnique(o.input ?? [], 'input');
    return new KindDef(kind, name, o, body !== undefined, body ?? (() => undefined));
  };
  return make as unknown as KindBuilder<K>;
}

/** `table_trigger "name" { table = "…" actions = {…} input stack }` @example tableTrigger('on_user', { table: 'user', actions: { insert: true } }, (s) => {}) */
export const tableTrigger = builder('table_trigger');
/** `realtime_trigger "name" { channel … }` @example realtimeTrigger('chat', { channel: 'room' }, (s) => {}) */
export const realtimeTrigger = builder('realtime_trigger');
/** `workspace_trigger "name" { actions … }` @example workspaceTrigger('on_branch', { actions: { branch_live: true } }, (s) => {}) */
export const workspaceTrigger = builder('workspace_trigger');
/** `agent_trigger "name" { agent … }` @example agentTrigger('t', { agent: 'helper' }, (s) => null) */
export const agentTrigger = builder('agent_trigger');
/** `mcp_server_trigger "name" { mcp_server … }` @example mcpServerTrigger('t', { mcp_server: 'docs' }, (s) => null) */
export const mcpServerTrigger = builder('mcp_server_trigger');
/** `middleware "name" { exception_policy response_strategy input stack response }` @example middleware('log', { exception_policy: 'silent' }, (s) => null) */
export const middleware = builder('middleware');
/** `addon "name" { input stack }` @example addon('count_posts', { input: [t.int('user_id')] }, (s) => {}) */
export const addon = builder('addon');
/** `tool "name" { instructions input stack response }` @example tool('search', { instructions: 'Find' }, (s) => null) */
export const tool = builder('tool');
/** `workflow_test "name" { stack }` @example workflowTest('signup works', {}, (s) => {}) */
export const workflowTest = builder('workflow_test');
/** `agent "name" { canonical llm tools }` @example agent('helper', { canonical: 'abc', llm: { type: 'xano-free' } }) */
export const agent = builder('agent');
/** `mcp_server "name" { canonical tools }` @example mcpServer('docs', { canonical: 'abc' }) */
export const mcpServer = builder('mcp_server');
/** `workspace "name" { env preferences … }` @example workspace('my workspace', {}) */
export const workspace = builder('workspace');
/** `branch "name" { color middleware history }` @example branch('v1', { color: '#ebc346' }) */
export const branch = builder('branch');
/** `realtime_channel "name" { active public_messaging … }` @example realtimeChannel('room', { active: true }) */
export const realtimeChannel = builder('realtime_channel');
/** `run.job "name" { main = {name, input} env }` @example runJob('Job', { main: { name: 'Job', input: {} }, env: ['KEY'] }) */
export const runJob = builder('run.job');

/** Builder name of each kind these builders cover (codegen writes these calls). */
export const KIND_BUILDERS: Readonly<Partial<Record<string, string>>> = {
  table_trigger: 'tableTrigger', realtime_trigger: 'realtimeTrigger', workspace_trigger: 'workspaceTrigger',
  agent_trigger: 'agentTrigger', mcp_server_trigger: 'mcpServerTrigger', middleware: 'middleware', addon: 'addon',
  tool: 'tool', workflow_test: 'workflowTest', agent: 'agent', mcp_server: 'mcpServer', workspace: 'workspace',
  branch: 'branch', realtime_channel: 'realtimeChannel', 'run.job': 'runJob',
};
