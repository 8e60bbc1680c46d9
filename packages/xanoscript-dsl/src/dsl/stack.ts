import { commentText } from './comment-text.js';
import { attr, node, str, varRef } from '../ast/build.js';
import type { Expr, VarExpr } from '../ast/nodes/exprs.js';
import type { Attribute } from '../ast/nodes/misc.js';
import type { AttrStmt, IfBranch, Stmt } from '../ast/nodes/stmts.js';
import { reservedAllowed, type BuildContext } from './context.js';
import { latentOf, toNode, variable, wrap, type Keys } from './expr.js';
import type { Columns, X } from './methods.js';
import { DslError, captureOrigin } from './origin.js';
import type { ArrT, ExprBase, NonNull, RowT, Shape, Val, XT } from './types.js';
import type { GenericKeyword, StmtAttrs, StmtResult } from './generic.js';
import { genericStmt, withMeta, type StmtMeta, type StmtOptions } from './generic-stmt.js';

// The statement recorder handed to stack callbacks — reference §4. Each call appends one statement;
// nested blocks get a child recorder sharing the same context.

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Variable names XanoScript reserves (reference §2.3) plus the ones the DSL binds itself. */
export const RESERVED_VARIABLES: ReadonlySet<string> = new Set(['response', 'output', 'input', 'auth', 'env', 'db', 'this', 'result', 'index', 'var', 'error']);

/** Checks a variable name and returns the `$name` node. */
export function varName(name: string, origin = captureOrigin()): VarExpr {
  if (!IDENT.test(name)) throw new DslError(`invalid variable name ${JSON.stringify(name)}: expected an identifier like user_id`, origin());
  if (RESERVED_VARIABLES.has(name) && !reservedAllowed(name)) {
    throw new DslError(`$${name} is reserved in XanoScript; choose another variable name (or declare it through unsafe.varName(${JSON.stringify(name)}, reason))`, origin());
  }
  return varRef(name);
}

/** A required attribute value: `undefined` here means the DSL call read a member that does not exist. */
function need(stmt: string, name: string, value: Val | undefined): Val {
  if (value === undefined) {
    throw new DslError(`${stmt} needs a ${name}, got undefined (a column or field the expression does not have?)`, captureOrigin()());
  }
  return value;
}

const attrs = (entries: ReadonlyArray<readonly [string, Val | undefined]>): Attribute[] =>
  entries.filter(([, v]) => v !== undefined).map(([k, v]) => attr(k, toNode(v as Val)));

type AttrKind = AttrStmt['kind'];

/** Records statements; the base of the typed `Stack` handed to callbacks. */
export class StackRecorder {
  readonly stmts: Stmt[] = [];

  constructor(readonly ctx: BuildContext) {}

  /** Appends a statement node, remembering where the DSL call was written. */
  push<S extends Stmt>(stmt: S): S {
    this.stmts.push(this.ctx.mark(stmt, captureOrigin()));
    return stmt;
  }

  /** Appends an attribute statement. */
  emit(kind: Exclude<AttrKind, 'GenericStmt'>, parts: { target?: Expr; arg?: Expr; attrs: Attribute[]; as?: Expr }): void {
    this.push(node({ kind, ...parts, attrs: Object.freeze(parts.attrs) }) as AttrStmt);
  }

  /** Runs `body` on a child recorder and returns its statements. */
  nested(body: (child: this) => void): Stmt[] {
    const child = new (this.constructor as new (ctx: BuildContext, parent: unknown) => this)(this.ctx, this);
    body(child);
    return child.stmts;
  }

  /** `var $name { value = … }` — returns the variable, typed like its value. */
  var<V extends Val>(name: string, value: V): X<ValueType<V>> {
    const target = varName(name);
    this.emit('VarStmt', { target, attrs: attrs([['value', need('var', 'value', value)]]) });
    return wrap(target, columnsOf(value), latentOf(value));
  }

  /** `var.update $x { value = … }` */
  update(target: ExprBase<XT>, value: Val): void {
    this.emit('VarUpdateStmt', { target: target.node, attrs: attrs([['value', need('var.update', 'value', value)]]) });
  }

  /** `conditional { if (cond) { … } }` — chain `.elseIf()` and `.else()`. */
  if(test: Val, then: (s: this) => void): IfChain<this> {
    const branches: IfBranch[] = [node({ kind: 'IfBranch', test: toNode(test), body: Object.freeze(this.nested(then)) })];
    const stmt = this.push(node({ kind: 'ConditionalStmt', attrs: [], branches: Object.freeze(branches) }));
    return new IfChain(this, this.stmts.indexOf(stmt));
  }

  /** `foreach (list) { each as $item { … } }` — the item is typed like the list's elements. */
  foreach<E extends XT>(list: X<ArrT<E>> | X<'json'>, item: string, body: (item: X<E>, s: this) => void): void {
    const itemVar = varName(item);
    const element = wrap<E>(itemVar, latentOf(list));
    const stmts = this.nested((s) => body(element, s));
    this.push(node({ kind: 'ForeachStmt', list: list.node, attrs: [], item: itemVar, body: Object.freeze(stmts) }));
  }

  /** `for (count) { each as $i { … } }` */
  for(count: Val, index: string, body: (i: X<'int'>, s: this) => void): void {
    const indexVar = varName(index);
    const stmts = this.nested((s) => body(wrap<'int'>(indexVar), s));
    this.push(node({ kind: 'ForStmt', count: toNode(count), attrs: [], index: indexVar, body: Object.freeze(stmts) }));
  }

  /** `while (test) { each { … } }` */
  while(test: Val, body: (s: this) => void): void {
    this.push(node({ kind: 'WhileStmt', test: toNode(test), attrs: [], body: Object.freeze(this.nested(body)) }));
  }

  break(): void {
    this.push(node({ kind: 'BreakStmt' }));
  }
  continue(): void {
    this.push(node({ kind: 'ContinueStmt' }));
  }

  /** `precondition (cond) { error_type = … error = … }` */
  precondition(test: Val, opts: { error_type?: 'inputerror' | 'accessdenied' | 'notfound' | 'standard'; error?: Val; payload?: Val } = {}): void {
    this.emit('PreconditionStmt', {
      arg: toNode(test),
      attrs: attrs([['error_type', opts.error_type], ['error', opts.error], ['payload', opts.payload]]),
    });
  }

  /** `throw { name = … value = … }` */
  throw(name: Val, value: Val): void {
    this.emit('ThrowStmt', { attrs: attrs([['name', need('throw', 'name', name)], ['value', need('throw', 'value', value)]]) });
  }

  /** `return { value = … }`: an early exit with a value. */
  return(value: Val): void {
    this.emit('ReturnStmt', { attrs: attrs([['value', need('return', 'value', value)]]) });
  }

  /** `debug.log { value = … }` */
  debugLog(value: Val): void {
    this.emit('DebugLogStmt', { attrs: attrs([['value', need('debug.log', 'value', value)]]) });
  }

  /** `try_catch { try {…} catch {…} }` — the catch body receives `$error` as untyped data. */
  tryCatch(tryBody: (s: this) => void, catchBody: (s: this, error: X<'json'>) => void, finallyBody?: (s: this) => void): void {
    const err = variable<'json'>('error');
    this.push(
      node({
        kind: 'TryCatchStmt',
        attrs: [],
        try: Object.freeze(this.nested(tryBody)),
        catch: Object.freeze(this.nested((s) => catchBody(s, err))),
        ...(finallyBody ? { finally: Object.freeze(this.nested(finallyBody)) } : {}),
      }),
    );
  }

  /** `group { description = … stack { … } }` */
  group(description: string | undefined, body: (s: this) => void): void {
    const a = description === undefined ? [] : [attr('description', str(description))];
    this.push(node({ kind: 'GroupStmt', keyword: 'group', attrs: a, body: Object.freeze(this.nested(body)) }));
  }

  /** `switch (subject) { case (v) { … } break … default { … } }` — chain `.case()` and `.default()`. */
  switch(subject: Val): SwitchChain<this> {
    const stmt = this.push(node({ kind: 'SwitchStmt', subject: toNode(subject), attrs: [], cases: [] }));
    return new SwitchChain(this, this.stmts.indexOf(stmt));
  }

  /** `// text` */
  comment(text: string): void {
    this.push(node({ kind: 'Comment', text: commentText(text, ' ') }));
  }

  /** `util.sleep { value = seconds }` */
  sleep(seconds: Val): void {
    this.emit('UtilSleepStmt', { attrs: attrs([['value', need('util.sleep', 'value', seconds)]]) });
  }

  /**
   * Any statement of the catalogue's generic table, with its attributes typed by it:
   * `s.stmt('math.add', { value: 1 }, { target: count })`, `s.stmt('security.create_uuid', {}, { as: 'id' })`.
   * Bound with `as`, the result is typed where the docs say so (ResultTypes), else untyped JSON.
   */
  stmt<K extends GenericKeyword>(keyword: K, attrs: StmtAttrs<K>, opts: StmtOptions<this> & { as: string }): StmtResult<K>;
  stmt<K extends GenericKeyword>(keyword: K, attrs: StmtAttrs<K>, opts?: StmtOptions<this>): void;
  stmt<K extends GenericKeyword>(keyword: K, attrs: StmtAttrs<K>, opts: StmtOptions<this> = {}): StmtResult<K> | void {
    const as = opts.as === undefined ? undefined : varName(opts.as);
    const body = opts.stack === undefined ? undefined : Object.freeze(this.nested(opts.stack));
    this.push(genericStmt(keyword, attrs as Readonly<Record<string, Val>>, { ...opts, as, stack: body }));
    return as === undefined ? undefined : (wrap(as) as StmtResult<K>);
  }

  /**
   * The statement(s) `body` records, with `description`, `mock` (test name → value) or `disabled` (`!stmt`) set on each:
   * `s.with({ description: 'Load the user' }, (s) => s.db.get(user, …))` returns what `body` returns.
   */
  with<R>(meta: StmtMeta, body: (s: this) => R): R {
    let out: R | undefined;
    const stmts = this.nested((child) => { out = body(child); });
    for (const st of stmts) this.push(withMeta(st, meta));
    return out as R;
  }

  /** Appends a statement built elsewhere (`raw.stmt(…)`). */
  add(stmt: Stmt): void {
    this.push(stmt);
  }

  /**
   * Checks that a row from db.get/db.query exists: `precondition ($row != null)`; afterwards its
   * declared columns are readable.
   */
  requireFound<S extends Shape>(row: X<RowT<S> | 'null'>, error = 'Not found'): X<RowT<S>> {
    this.precondition(row.notNull(), { error_type: 'notfound', error });
    return wrap(row.node, latentOf(row));
  }

  /** Runs `body` only when the row exists: `conditional { if ($row != null) { … } }`. */
  whenFound<S extends Shape>(row: X<RowT<S> | 'null'>, body: (found: X<RowT<S>>, s: this) => void): IfChain<this> {
    const found = wrap<RowT<S>>(row.node, latentOf(row));
    return this.if(row.notNull(), (s) => body(found, s));
  }
}

/**
 * A statement already recorded that later chained calls extend (`.elseIf()`, `.case()`): each call
 * replaces the recorded node with a new frozen one, keeping its source position.
 */
abstract class Chain<R extends StackRecorder, K extends 'ConditionalStmt' | 'SwitchStmt'> {
  constructor(
    protected readonly rec: R,
    private readonly at: number,
    private readonly kind: K,
  ) {}

  protected update(f: (s: Extract<Stmt, { kind: K }>) => Stmt): void {
    const cur = this.rec.stmts[this.at];
    if (cur?.kind !== this.kind) throw new Error(`${this.kind} moved`);
    const next = f(cur as Extract<Stmt, { kind: K }>);
    this.rec.ctx.origins.set(next, this.rec.ctx.origins.get(cur) ?? captureOrigin());
    this.rec.stmts[this.at] = next;
  }
}

/** `.elseIf()` / `.else()` after `s.if()`. */
export class IfChain<R extends StackRecorder> extends Chain<R, 'ConditionalStmt'> {
  constructor(rec: R, at: number) {
    super(rec, at, 'ConditionalStmt');
  }

  elseIf(test: Val, body: (s: R) => void): this {
    const branch = node({ kind: 'IfBranch', test: toNode(test), body: Object.freeze(this.rec.nested(body)) } as IfBranch);
    this.update((c) => node({ ...c, branches: Object.freeze([...c.branches, branch]) }));
    return this;
  }

  else(body: (s: R) => void): void {
    const stmts = Object.freeze(this.rec.nested(body));
    this.update((c) => node({ ...c, else: stmts }));
  }
}

/** `.case()` / `.default()` after `s.switch()`. */
export class SwitchChain<R extends StackRecorder> extends Chain<R, 'SwitchStmt'> {
  constructor(rec: R, at: number) {
    super(rec, at, 'SwitchStmt');
  }

  case(value: Val, body: (s: R) => void): this {
    const c = node({ kind: 'SwitchCase' as const, value: toNode(value), body: Object.freeze(this.rec.nested(body)) });
    this.update((sw) => node({ ...sw, cases: Object.freeze([...sw.cases, c]) }));
    return this;
  }

  default(body: (s: R) => void): void {
    const stmts = Object.freeze(this.rec.nested(body));
    this.update((sw) => node({ ...sw, default: stmts }));
  }
}

/** The value type of what `var` stores. */
export type ValueType<V> = 0 extends 1 & V ? any : V extends { readonly node: Expr } ? import('./types.js').TypeOf<V> : import('./types.js').ValType<V>;

function columnsOf(value: Val): Keys | undefined {
  return typeof value === 'object' && value !== null && 'columns' in value
    ? (value as { columns?: Keys }).columns
    : undefined;
}

export type { Columns, NonNull };
