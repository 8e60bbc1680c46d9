import { arr, attr, node, obj, str } from '../ast/build.js';
import type { HttpVerb, ObjectDecl, QueryDecl, RawDecl } from '../ast/nodes/decls.js';
import type { Attribute } from '../ast/nodes/misc.js';
import { identityOf, layoutPathOf, refOf, type ObjectRef } from '../ast/schema/identity.js';
import type { ObjectKeyword } from '../ast/schema/object-kinds.js';
import { parse } from '../parser/parse.js';
import { BuildContext, withContext } from './context.js';
import { toNode } from './expr.js';
import { checkUnique, fieldNodes, fieldKeys, type AnyField, type ShapeOf } from './fields.js';
import { DslError, captureOrigin, type Origin } from './origin.js';
import { Stack, type Callable } from './stack-io.js';
import { isTable, type Table } from './table.js';
import { checkTest, testBlock, type TestDef, type TestResponse, type TestSpec, type TestStack } from './tests.js';
import type { Plain, Shape, Val } from './types.js';

// The top-level builders: fn(), query(), task(), apiGroup() (table() lives in table.ts). Each returns
// a definition whose stack callback runs when the build asks for its declaration, so definitions may
// refer to each other in any order.

/** What the build needs from every exported definition. */
export interface Definition {
  /** The object's keyword (one of the identity module's kinds), or `raw` for `raw.object` text. */
  readonly kind: ObjectKeyword | 'raw';
  readonly name: string;
  /** What the object is known by (ast/schema/identity.ts): its identity and file path derive from it. */
  ref(): ObjectRef;
  /** kind + name (+ verb and api_group for endpoints), `identityOf(ref())`: two definitions may not share one. */
  identity(): string;
  /** The file path under `apps/<app>/xs/` on its own, `layoutPathOf(ref())` (the build resolves collisions). */
  outputPath(): string;
  toDecl(): ObjectDecl | RawDecl;
  /** Comment lines printed above the object (without `//`). */
  readonly comments?: readonly string[];
  /** A table's declared column renames (old → new), carried to deploy through the build's source map. */
  readonly renames?: Readonly<Record<string, string>>;
  readonly context: BuildContext;
  readonly origin: () => Origin | undefined;
}

const VERBS: readonly HttpVerb[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/**
 * Brands a definition. The build loads DSL modules through its own loader, which may create a second
 * instance of this package, so definitions are recognised by a registered symbol, not `instanceof`.
 */
export const DEFINITION = Symbol.for('xano-as-code.definition');
const isDefinition = (v: unknown): v is Definition =>
  typeof v === 'object' && v !== null && (v as Record<symbol, unknown>)[DEFINITION] === true;

function requireName(name: string, what: string, origin: () => Origin | undefined): void {
  if (typeof name !== 'string' || name.trim() === '') throw new DslError(`${what} name must not be empty`, origin());
}

/** The attributes named in `names` that `o` sets, as plain values, in that order. */
export function plainAttrs<O extends object>(o: O, names: ReadonlyArray<keyof O & string>): Attribute[] {
  return names.flatMap((n) => (o[n] === undefined ? [] : [attr(n, toNode(o[n] as Val))]));
}

export const meta = (o: { description?: string; tags?: readonly string[] }): Attribute[] => [
  ...(o.description !== undefined ? [attr('description', str(o.description))] : []),
  ...(o.tags !== undefined ? [attr('tags', arr(o.tags.map(str)))] : []),
];

export type Body<I extends Shape> = (s: Stack<I>) => Val | void;

export abstract class StackDef<I extends Shape> implements Definition {
  readonly [DEFINITION] = true;
  abstract readonly kind: ObjectKeyword;
  readonly context = new BuildContext();
  readonly origin = captureOrigin();
  private decl: ObjectDecl | undefined;

  constructor(
    readonly name: string,
    protected readonly fields: readonly AnyField[],
    private readonly body: Body<I>,
  ) {}

  abstract ref(): ObjectRef;
  identity() { return identityOf(this.ref()); }
  outputPath() { return layoutPathOf(this.ref()); }
  protected abstract declare(stack: Stack<I>, response: Val | void): ObjectDecl;

  toDecl(): ObjectDecl {
    this.decl ??= withContext(this.context, () => {
      const stack = new Stack<I>(this.context, fieldKeys(this.fields));
      const response = this.body(stack);
      const decl = this.declare(stack, response);
      const tests = this.tests.map((t) => testBlock(this.context, t as TestDef<Shape>));
      return this.context.mark(tests.length === 0 ? decl : node({ ...decl, tests: Object.freeze(tests) }), this.origin);
    });
    return this.decl;
  }

  private readonly tests: TestDef<I>[] = [];

  /**
   * Adds an inline test: `test "name" { input = {…}  expect.* … }`. `input` gives some of the declared
   * inputs (typed as declared); the body asserts on `response`, the construct's response, through
   * `s.expect.*`. Returns the definition, so tests chain.
   * @example fn('Utils/Add', { input: [t.int('a'), t.int('b')] }, (s) => s.input.a.add(s.input.b))
   *   .test('adds', { input: { a: 1, b: 2 } }, (s, response) => s.expect.toEqual(response, 3))
   */
  test(name: string, spec: TestSpec<I>, body: (s: TestStack, response: TestResponse) => void): this {
    const origin = captureOrigin();
    checkTest(this.tests as unknown as TestDef<Shape>[], name, origin);
    if (this.decl !== undefined) throw new DslError(`test "${name}" added after the definition was built`, origin());
    this.tests.push({ name, spec, body, origin });
    return this;
  }

  protected input() {
    return fieldNodes(this.fields);
  }
}

/** A function definition; also a typed target for `s.run()`. */
export class FunctionDef<I extends Shape> extends StackDef<I> implements Callable<I> {
  readonly kind = 'function';
  declare readonly __input?: I;
  readonly comments?: readonly string[];
  constructor(name: string, private readonly spec: FnSpec<readonly AnyField[]>, body: Body<I>) {
    super(name, spec.input ?? [], body);
    this.comments = spec.comments;
  }
  ref(): ObjectRef { return { kind: 'function', name: this.name }; }
  protected declare(s: Stack<I>, response: Val | void): ObjectDecl {
    return node({ kind: 'FunctionDecl', name: this.name, attrs: [...meta(this.spec), ...plainAttrs(this.spec, ['history'])], input: this.input(),
      stack: Object.freeze(s.stmts), response: toNode(response ?? null), tests: [] });
  }
}

export interface FnSpec<F extends readonly AnyField[]> {
  /** Comment lines printed above the object (`// …`). */
  readonly comments?: readonly string[];
  readonly description?: string;
  readonly tags?: readonly string[];
  /** `history = "inherit"`, `100`, `{…}`: how much request history Xano keeps. */
  readonly history?: Plain;
  readonly input?: F;
}

/**
 * Defines a function: `function "name" { input stack response }`. The callback records the stack
 * and returns the response.
 * @example export default fn('Utils/Add', { input: [t.int('a'), t.int('b')] }, (s) => s.input.a.add(s.input.b));
 */
export function fn<const F extends readonly AnyField[] = []>(name: string, spec: FnSpec<F>, body: Body<ShapeOf<F>>): FunctionDef<ShapeOf<F>> {
  const origin = captureOrigin();
  requireName(name, 'function', origin);
  checkUnique(spec.input ?? [], 'input');
  return new FunctionDef(name, spec, body);
}

/** An API group: `api_group "name" { canonical = "…" }`. */
export class ApiGroupDef implements Definition {
  readonly [DEFINITION] = true;
  readonly kind = 'api_group';
  readonly context = new BuildContext();
  readonly origin = captureOrigin();
  readonly comments?: readonly string[];
  constructor(readonly name: string, readonly spec: ApiGroupSpec) {
    this.comments = spec.comments;
  }
  ref(): ObjectRef { return { kind: 'api_group', name: this.name }; }
  identity() { return identityOf(this.ref()); }
  outputPath() { return layoutPathOf(this.ref()); }
  toDecl(): ObjectDecl {
    const s = this.spec;
    const attrs = [...(s.canonical !== undefined ? [attr('canonical', str(s.canonical))] : []), ...meta(s),
      ...(s.active !== undefined ? [attr('active', node({ kind: 'BoolLit', value: s.active }))] : []),
      ...plainAttrs(s, ['docs', 'swagger', 'cors', 'history'])];
    return this.context.mark(node({ kind: 'ApiGroupDecl', name: this.name, attrs, tests: [] }), this.origin);
  }
}

export interface ApiGroupSpec {
  readonly comments?: readonly string[];
  /** The group's URL segment (`/api:<canonical>`); Xano's own pulls may leave it out. */
  readonly canonical?: string;
  readonly description?: string;
  readonly tags?: readonly string[];
  readonly active?: boolean;
  readonly docs?: string;
  /** `swagger = {active: true, token: …}`: the group's OpenAPI page. */
  readonly swagger?: Plain;
  /** `cors = {mode: "default"}` */
  readonly cors?: Plain;
  /** `history = {inherit: true}` or `history = 100`: request history. */
  readonly history?: Plain;
}

/**
 * Defines an API group.
 * @example export const migration = apiGroup('Migration: V1 to V2', { canonical: 'Lrekz_3S' });
 */
export function apiGroup(name: string, spec: ApiGroupSpec): ApiGroupDef {
  const origin = captureOrigin();
  requireName(name, 'api_group', origin);
  if (spec.canonical !== undefined && spec.canonical.trim() === '') throw new DslError(`api_group "${name}" needs a non-empty canonical`, origin());
  return new ApiGroupDef(name, spec);
}

export interface QuerySpec<F extends readonly AnyField[]> extends FnSpec<F> {
  readonly verb: HttpVerb;
  /** The group: made with apiGroup(), or a raw `api_group` object. */
  readonly api_group: ApiGroupDef | RawDef;
  /** `auth = "user"`: the table whose tokens authenticate callers. */
  readonly auth?: Table<string, Shape> | string;
}

/** An API endpoint definition. */
export class QueryDef<I extends Shape> extends StackDef<I> {
  readonly kind = 'query';
  readonly comments?: readonly string[];
  constructor(name: string, private readonly spec: QuerySpec<readonly AnyField[]>, body: Body<I>) {
    super(name, spec.input ?? [], body);
    this.comments = spec.comments;
  }
  ref(): ObjectRef { return { kind: 'query', name: this.name, verb: this.spec.verb, apiGroup: this.spec.api_group.name }; }
  protected declare(s: Stack<I>, response: Val | void): QueryDecl {
    const auth = this.spec.auth === undefined ? [] : [attr('auth', str(typeof this.spec.auth === 'string' ? this.spec.auth : this.spec.auth.name))];
    return node({ kind: 'QueryDecl', name: this.name, verb: this.spec.verb,
      attrs: [attr('api_group', str(this.spec.api_group.name)), ...meta(this.spec), ...auth, ...plainAttrs(this.spec, ['history'])],
      input: this.input(), stack: Object.freeze(s.stmts), response: toNode(response ?? null), tests: [] });
  }
}

/**
 * Defines an API endpoint: `query "path" verb=POST { api_group = "…" … }`.
 * @example export default query('reset-stuck-fub-jobs', { verb: 'POST', api_group: migration, input: [t.int('execute').default(0)] }, (s) => ({ success: true }));
 */
export function query<const F extends readonly AnyField[] = []>(path: string, spec: QuerySpec<F>, body: Body<ShapeOf<F>>): QueryDef<ShapeOf<F>> {
  const origin = captureOrigin();
  requireName(path, 'query', origin);
  if (!VERBS.includes(spec.verb)) throw new DslError(`verb must be one of ${VERBS.join(', ')}, got ${JSON.stringify(spec.verb)}`, origin());
  const g = spec.api_group as unknown;
  const isGroup = isDefinition(g) && (g.kind === 'api_group' || (g.kind === 'raw' && (g as RawDef).keyword === 'api_group'));
  if (!isGroup) throw new DslError(`query "${path}" needs an api_group made with apiGroup()`, origin());
  checkUnique(spec.input ?? [], 'input');
  return new QueryDef(path, spec, body);
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}[+-]\d{4}$/;

export interface TaskSpec {
  readonly comments?: readonly string[];
  readonly description?: string;
  readonly tags?: readonly string[];
  /** `history = "inherit"`, `100`, `{…}`: how much run history Xano keeps. */
  readonly history?: Plain;
  readonly active?: boolean;
  /** `schedule = [{starts_on: 2025-12-03 04:00:00+0000, freq: 3600}]`; freq in seconds. */
  readonly schedule: ReadonlyArray<{ readonly starts_on: string; readonly freq: number; readonly ends_on?: string }>;
}

/** A scheduled task definition. */
export class TaskDef extends StackDef<Shape> {
  readonly kind = 'task';
  readonly comments?: readonly string[];
  constructor(name: string, private readonly spec: TaskSpec, body: Body<Shape>) {
    super(name, [], body);
    this.comments = spec.comments;
  }
  ref(): ObjectRef { return { kind: 'task', name: this.name }; }
  protected declare(s: Stack<Shape>): ObjectDecl {
    const ts = (v: string) => node({ kind: 'TimestampLit', value: v });
    const events = this.spec.schedule.map((e) =>
      obj([['starts_on', ts(e.starts_on)], ['freq', toNode(e.freq)], ...(e.ends_on ? [['ends_on', ts(e.ends_on)] as const] : [])]));
    const active = this.spec.active === undefined ? [] : [attr('active', node({ kind: 'BoolLit', value: this.spec.active }))];
    return node({ kind: 'TaskDecl', name: this.name, attrs: [...meta(this.spec), ...active, attr('schedule', arr(events)), ...plainAttrs(this.spec, ['history'])],
      stack: Object.freeze(s.stmts), tests: [] });
  }
}

/**
 * Defines a scheduled task: `task "name" { stack schedule }`.
 * @example export default task('Metrics - Create Snapshot V3', { schedule: [{ starts_on: '2025-12-03 04:00:00+0000', freq: 3600 }] }, (s) => { s.run(snapshotTask, {}, 'result'); });
 */
export function task(name: string, spec: TaskSpec, body: (s: Stack<Shape>) => void): TaskDef {
  const origin = captureOrigin();
  requireName(name, 'task', origin);
  for (const e of spec.schedule) {
    for (const v of [e.starts_on, e.ends_on].filter((x): x is string => x !== undefined)) {
      if (!TIMESTAMP.test(v)) throw new DslError(`schedule timestamp ${JSON.stringify(v)} must look like 2026-01-01 08:00:00+0000`, origin());
    }
    if (!Number.isInteger(e.freq) || e.freq <= 0) throw new DslError(`schedule freq must be a positive number of seconds, got ${e.freq}`, origin());
  }
  return new TaskDef(name, spec, body);
}

/** A table as a build definition. */
export function tableDefinition(t: Table<string, Shape>): Definition {
  const context = new BuildContext();
  return {
    kind: 'table', name: t.name, context, origin: t.origin, comments: t.options.comments,
    ...(t.options.renames ? { renames: t.options.renames } : {}),
    ref: () => ({ kind: 'table', name: t.name }),
    identity: () => identityOf({ kind: 'table', name: t.name }),
    outputPath: () => layoutPathOf({ kind: 'table', name: t.name }),
    toDecl: () => context.mark(t.toDecl(), t.origin),
  };
}

/** Turns any exported value into a build definition, or undefined when it is not one. */
export function asDefinition(value: unknown): Definition | undefined {
  if (isDefinition(value)) return value;
  if (isTable(value)) return tableDefinition(value);
  return undefined;
}

/** An object given as raw XanoScript (`raw.object`). */
export class RawDef implements Definition {
  readonly [DEFINITION] = true;
  readonly kind = 'raw';
  readonly context = new BuildContext();
  readonly origin = captureOrigin();
  readonly keyword: string;
  readonly name: string;
  private readonly objectRef: ObjectRef;
  constructor(readonly source: string) {
    const ast = parse(source).ast;
    const found = ast === undefined || ast.object.kind === 'RawDecl' ? undefined : refOf(ast);
    if (found === undefined) throw new DslError('raw.object() source must start with `<kind> "<name>" {`', this.origin());
    this.objectRef = found;
    this.keyword = found.kind;
    this.name = found.name;
  }
  ref(): ObjectRef { return this.objectRef; }
  identity() { return identityOf(this.objectRef); }
  outputPath() { return layoutPathOf(this.objectRef); }
  toDecl(): RawDecl {
    this.context.escapes.push({ what: 'raw.object', origin: this.origin });
    return this.context.mark(node({ kind: 'RawDecl', source: this.source }), this.origin);
  }
}
