import { attr, node, str, varRef } from '../ast/build.js';
import type { TestBlock } from '../ast/nodes/decls.js';
import type { Expr } from '../ast/nodes/exprs.js';
import { genericStmtKeywords, genericStmtSpec } from '../ast/schema/generic-statements.js';
import type { BuildContext } from './context.js';
import { toNode, wrap } from './expr.js';
import type { GenericKeyword, StmtAttrs, TakesStack } from './generic.js';
import { genericStmt } from './generic-stmt.js';
import type { X } from './methods.js';
import { DslError, captureOrigin } from './origin.js';
import type { PathStep } from './raw.js';
import type { ValFor } from './stack-io.js';
import { StackRecorder } from './stack.js';
import type { Plain, Shape, Val } from './types.js';

// Inline unit tests of functions, endpoints and the other stack kinds (reference §1, "test blocks"):
// `test "name" { input = {…}  expect.to_equal ($response.x) { value = … } }`. The builder is
// `.test(name, { input }, (s, response) => …)` on a definition; its assertions, `s.expect.*`, are
// generated from the catalogue's `expect.*` statements (ast/schema/generic-statements.ts).

/** A test's input: some of the construct's declared inputs (a test may leave any out), typed as declared. */
export type TestInput<I extends Shape> = { readonly [K in keyof I]?: ValFor<I[K]> };

/** `test "name" { datasource = … input = {…} }`. */
export interface TestSpec<I extends Shape> {
  readonly input?: TestInput<I>;
  readonly datasource?: string;
}

/**
 * `$response` inside a test: the construct's response, untyped (`.get(key, default)`), and `path()`,
 * which reads `$response.a.b` as the test asserts it. What a path holds is known only when the test
 * runs, so its value takes any method (`response.path('total').gt(2)`): a missing key or a value of
 * another type fails the assertion that reads it, and nothing outside the test reads it, so a test's
 * dot path is no unsafe read.
 */
export type TestResponse = X<'json'> & {
  /** `$response.a.b` (`['items', { index: 0 }, 'id']` for `$response.items[0].id`). */
  path(path: string | readonly PathStep[]): X<any>;
};

type ExpectKeyword = Extract<GenericKeyword, `expect.${string}`>;
type Camel<S extends string> = S extends `${infer H}_${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S;
/** `expect.to_be_greater_than` → `toBeGreaterThan`. */
export type ExpectMethod<K extends string> = K extends `expect.${infer R}` ? Camel<R> : never;

/** How an assertion is called: the value form takes `(actual, value)`, the no-argument form `(actual)`, `to_throw` `(attrs, stack)`. */
type ExpectFn<K extends ExpectKeyword> = TakesStack<K> extends true
  ? (attrs?: StmtAttrs<K>, stack?: (s: TestStack) => void) => void
  : 'value' extends keyof StmtAttrs<K>
    ? (actual: Val, value: Val) => void
    : {} extends StmtAttrs<K>
      ? (actual: Val) => void
      : (actual: Val, attrs: StmtAttrs<K>) => void;

/** Every `expect.*` statement of the catalogue, as `s.expect.<camelCase>(…)`. */
export type Expect = { readonly [K in ExpectKeyword as ExpectMethod<K>]: ExpectFn<K> };

const camel = (k: string) => k.slice('expect.'.length).replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

/** The statements of a test block: control flow, `var`, catalogue statements and `s.expect.*`. */
export class TestStack extends StackRecorder {
  readonly expect: Expect;

  constructor(ctx: BuildContext, _parent?: unknown) {
    super(ctx);
    const methods: Record<string, (...args: never[]) => void> = {};
    for (const k of genericStmtKeywords().filter((w) => w.startsWith('expect.'))) {
      const spec = genericStmtSpec(k)!;
      if (spec.stack) {
        methods[camel(k)] = ((attrs: Record<string, Val> = {}, stack?: (s: TestStack) => void) => {
          const body = stack === undefined ? undefined : Object.freeze(this.nested(stack));
          this.push(genericStmt(k, attrs, { ...(body ? { stack: body } : {}) }));
        }) as never;
      } else if (spec.required.length === 1 && spec.required[0] === 'value' && spec.optional.length === 0) {
        methods[camel(k)] = ((actual: Val, value: Val) => this.push(genericStmt(k, { value }, { arg: actual }))) as never;
      } else {
        methods[camel(k)] = ((actual: Val, attrs: Record<string, Val> = {}) => this.push(genericStmt(k, attrs, { arg: actual }))) as never;
      }
    }
    this.expect = methods as unknown as Expect;
  }
}

/** One recorded test, turned into its block when the definition builds. */
export interface TestDef<I extends Shape> {
  readonly name: string;
  readonly spec: TestSpec<I>;
  readonly body: (s: TestStack, response: TestResponse) => void;
  readonly origin: ReturnType<typeof captureOrigin>;
}

/** The `response` handed to a test body. */
function testResponse(): TestResponse {
  const r = wrap(varRef('response')) as unknown as { path?: unknown };
  r.path = (path: string | readonly PathStep[]) => {
    const steps = typeof path === 'string' ? path.split('.').filter((p) => p !== '') : path;
    if (steps.length === 0) throw new DslError('response.path() needs at least one key', captureOrigin()());
    const extra = steps.map((st) =>
      typeof st === 'string' ? node({ kind: 'PropAccess' as const, name: st }) : node({ kind: 'IndexAccess' as const, index: toNode(st.index) }));
    return wrap(node({ kind: 'VarExpr', name: 'response', path: Object.freeze(extra) }) as Expr);
  };
  return r as unknown as TestResponse;
}

/** Checks a test before it is recorded: a name, unique within its construct. */
export function checkTest(tests: readonly TestDef<Shape>[], name: string, origin: ReturnType<typeof captureOrigin>): void {
  if (typeof name !== 'string' || name.trim() === '') throw new DslError('test name must not be empty', origin());
  if (tests.some((t) => t.name === name)) throw new DslError(`duplicate test "${name}": test names must be unique within their construct`, origin());
}

/** The `test "name" { … }` block of one recorded test. */
export function testBlock(ctx: BuildContext, t: TestDef<Shape>): TestBlock {
  const s = new TestStack(ctx);
  t.body(s, testResponse());
  const attrs = [
    ...(t.spec.datasource !== undefined ? [attr('datasource', str(t.spec.datasource))] : []),
    ...(t.spec.input !== undefined ? [attr('input', toNode(t.spec.input as Plain))] : []),
  ];
  return ctx.mark(node({ kind: 'TestBlock', name: t.name, attrs: Object.freeze(attrs), body: Object.freeze(s.stmts) }), t.origin);
}
