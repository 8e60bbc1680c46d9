import { commentSource } from '../dsl/comment-text.js';
import type { Expr, VarExpr } from '../ast/nodes/exprs.js';
import type { Attribute } from '../ast/nodes/misc.js';
import type { AttrStmt, GenericStmt, Stmt } from '../ast/nodes/stmts.js';
import { genericStmtSpec } from '../ast/schema/generic-statements.js';
import { Emitter } from '../printer/emitter.js';
import { printStmts } from '../printer/print-stmts.js';
import { RESERVED_VARIABLES } from '../dsl/stack.js';
import { ExprEmitter } from './emit-expr.js';
import { jsIdent } from './names.js';
import type { VarInfo } from './var-types.js';
import { emitDb, type DbHost } from './emit-db.js';

// AST statements → calls on the DSL stack recorder `s`. A statement the DSL cannot express exactly
// (extra attributes, disabled markers, unknown keywords) becomes `s.add(raw.stmt(…))`.

/** What statement emission needs to know about the rest of the import. */
export interface StmtContext {
  /** Table name → JS binding of the imported table, with its columns. */
  readonly tables: ReadonlyMap<string, { binding: string; columns: ReadonlySet<string>; types?: ReadonlyMap<string, string> }>;
  /** Function name → JS binding of the imported definition (typed calls). */
  readonly functions: ReadonlyMap<string, string>;
  /** Module-level names (imports, the object itself) that variables must not shadow. */
  readonly taken: ReadonlySet<string>;
  readonly escapes: string[];
  /** Declared input types of the object being emitted (`$input.x` as a lookup value). */
  readonly inputs?: ReadonlyMap<string, { base: string; nullable: boolean }>;
  /** The names `$input.<name>` may read (var-types.ts `inputNames`). */
  readonly inputNames?: ReadonlySet<string>;
  /** The variables the object sets somewhere (see ExprScope.declared). */
  readonly declared?: { readonly names: ReadonlySet<string>; readonly what: string };
  /** Emitting a test block: `expect.*` statements are `s.expect.*` calls. */
  readonly test?: boolean;
}

type Vars = Map<string, string>;

const only = (attrs: readonly Attribute[], allowed: readonly string[]) => attrs.every((a) => allowed.includes(a.name));
const get = (attrs: readonly Attribute[], name: string) => attrs.find((a) => a.name === name)?.value;
/** Reserved names real workspaces declare anyway: import keeps them through `unsafe.varName()`. */
const DECLARED_RESERVED: ReadonlySet<string> = new Set(['response', 'output', 'result', 'index', 'var', 'this']);
/** A plain `$name` the DSL may bind (`$input`, `$auth`, `$env`, `$db`, `$error` stay in raw statements). */
const asName = (e: Expr | undefined): string | undefined =>
  e?.kind === 'VarExpr' && e.path.length === 0 && (!RESERVED_VARIABLES.has(e.name) || DECLARED_RESERVED.has(e.name)) ? e.name : undefined;
const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** The statement without its `description` (a string) and `!`, with the `s.with` options; undefined when it has neither. */
function withoutMeta(st: Stmt, value: (e: Expr) => string): { stmt: Stmt; props: string[] } | undefined {
  if (st.kind === 'Comment' || st.kind === 'RawStmt') return undefined;
  const props: string[] = [];
  let out: Stmt = st;
  // A group's description is its own (s.group's first argument); only its `!` goes through s.with.
  if ('attrs' in st && st.kind !== 'GroupStmt') {
    const d = st.attrs.find((a) => a.name === 'description');
    if (d?.value.kind === 'StringLit' && st.attrs.filter((a) => a.name === 'description').length === 1) {
      props.push(`description: ${JSON.stringify(d.value.value)}`);
      out = { ...out, attrs: Object.freeze(st.attrs.filter((a) => a !== d)) } as Stmt;
    }
  }
  // A test mock (printed last, as the printer orders it): `s.with({ mock: { "test": value } }, …)`.
  if ('attrs' in out && out.kind !== 'GroupStmt') {
    const mocks = out.attrs.filter((a) => a.name === 'mock');
    const m = mocks[0];
    if (mocks.length === 1 && m?.value.kind === 'ObjectExpr') {
      props.push(`mock: ${value(m.value)}`);
      out = { ...out, attrs: Object.freeze(out.attrs.filter((a) => a !== m)) } as Stmt;
    }
  }
  if ('disabled' in st && st.disabled === true) {
    props.push('disabled: true');
    const { disabled: _drop, ...rest } = out as Stmt & { disabled?: boolean };
    out = rest as Stmt;
  }
  return props.length === 0 ? undefined : { stmt: out, props };
}

const nameOf = (e: Expr | undefined): string | undefined => (e?.kind === 'StringLit' ? e.value : undefined);

/** Emits the statements of one stack (a callback body) as TypeScript lines. */
export class StmtEmitter {
  /** Bindings first declared inside a nested block: declared with `let` at the top of the body. */
  readonly hoisted: string[] = [];
  /** What is known of each variable's value (typed rows, untyped results). */
  readonly info = new Map<string, VarInfo>();
  private depth = 0;
  /** Every JS binding this stack has used (a name declared again gets a new one). */
  private readonly used = new Set<string>();
  /** Top-level names set again inside a block: their binding holds the first value (declare). */
  private readonly stale = new Set<string>();

  constructor(
    private readonly ctx: StmtContext,
    private readonly vars: Vars,
  ) {}

  /**
   * `const x = ` for a new top-level name, `x = ` for a new nested one. A name declared again at the
   * top of the stack (`as $user` on a second statement) gets a new binding, so later reads see the new
   * value's type (the row of a db.add after the maybe-null row of a db.get). Inside a block the name
   * keeps its binding: a hoisted `let` is assigned the new value (`x = `; what it holds is then
   * unknown until the caller says, see bindAs), a top-level const keeps its first value ('' is
   * returned and the name is stale).
   */
  private declare(name: string): string {
    const kept = this.depth > 0 ? this.vars.get(name) : undefined;
    if (kept !== undefined) {
      if (this.hoisted.includes(kept)) {
        this.info.delete(name);
        return `${kept} = `;
      }
      this.stale.add(name);
      return '';
    }
    this.stale.delete(name);
    this.vars.delete(name);
    this.info.delete(name);
    const id = this.bind(name);
    if (this.depth === 0) return `const ${id} = `;
    this.hoisted.push(id);
    return `${id} = `;
  }

  /**
   * Declares `name` (declare) and records what it now holds. A top-level const set again inside a
   * block still holds its first value, so it keeps typed reads only when the new value is the same
   * kind of row; otherwise its reads are `unsafe()` markers.
   */
  private bindAs(name: string, info: VarInfo): string {
    const decl = this.declare(name);
    const old = this.info.get(name);
    const sameRow = old?.kind === 'row' && info.kind === 'row' && !old.maybeNull && !info.maybeNull && old.columns.size === info.columns.size && [...info.columns].every((c) => old.columns.has(c));
    if (!this.stale.has(name) || sameRow) this.info.set(name, info);
    else this.info.set(name, { kind: 'untyped', origin: `$${name}, set again inside a block` });
    return decl;
  }

  /** A variable name as a DSL argument: `"x"`, or `unsafe.varName("result")` for a reserved one. */
  private lit(name: string): string {
    if (!RESERVED_VARIABLES.has(name)) return JSON.stringify(name);
    this.ctx.escapes.push(`unsafe($${name} reserved)`);
    return `unsafe.varName(${JSON.stringify(name)})`;
  }

  /** An expression emitter over this stack's variables. */
  x(): ExprEmitter {
    const e = new ExprEmitter({ vars: this.vars, info: this.info, ...(this.ctx.inputNames ? { inputNames: this.ctx.inputNames } : {}), ...(this.ctx.declared ? { declared: this.ctx.declared } : {}) });
    (e as { escapes: string[] }).escapes = this.ctx.escapes;
    return e;
  }

  private bind(name: string): string {
    const existing = this.vars.get(name);
    if (existing !== undefined) return existing;
    let id = jsIdent(name);
    while (this.used.has(id) || this.ctx.taken.has(id)) id = `${id}_`;
    this.vars.set(name, id);
    this.used.add(id);
    return id;
  }

  /** A nested callback body; variables stay visible afterwards (XanoScript has one flat scope). */
  block(stmts: readonly Stmt[]): string {
    return stmts.map((s) => this.stmt(s)).join('\n');
  }

  private nested(stmts: readonly Stmt[]): string {
    this.depth++;
    try {
      return this.block(stmts);
    } finally {
      this.depth--;
    }
  }

  /** A loop body whose callback parameter binds `name` only inside it. */
  private loopBody(name: string, stmts: readonly Stmt[], item?: VarInfo): [string, string] {
    const saved = this.vars.get(name);
    const savedInfo = this.info.get(name);
    const id = saved ?? this.bind(name);
    if (item) this.info.set(name, item);
    else this.info.delete(name);
    const body = this.nested(stmts);
    if (saved === undefined) this.vars.delete(name);
    if (savedInfo) this.info.set(name, savedInfo);
    else this.info.delete(name);
    return [id, body];
  }

  /** A described or disabled statement: the plain one inside `s.with({ description, disabled }, …)`. */
  private withMeta(st: Stmt, meta: { stmt: Stmt; props: string[] }): string {
    const before = this.ctx.escapes.length;
    const inner = this.stmt(meta.stmt);
    const m = /^((?:const )?[\w$]+ = )?([\s\S]*);$/.exec(inner);
    if (inner.startsWith('s.add(raw.stmt(') || m === null) {
      this.ctx.escapes.length = before;
      return this.raw(st);
    }
    return `${m[1] ?? ''}s.with({ ${meta.props.join(', ')} }, (s) => ${m[2]});`;
  }

  raw(stmt: Stmt): string {
    const e = new Emitter();
    printStmts(e, [stmt]);
    const text = e.lines.join('\n');
    this.ctx.escapes.push(`raw.stmt(${text.split('\n')[0]})`);
    return `s.add(raw.stmt(${JSON.stringify(text)}));`;
  }

  stmt(st: Stmt): string {
    const meta = withoutMeta(st, (e) => this.x().value(e));
    if (meta !== undefined) return this.withMeta(st, meta);
    if ('attrs' in st && st.kind.endsWith('Stmt') && !this.attrsOk(st)) return this.raw(st);
    const x = this.x();
    switch (st.kind) {
      case 'VarStmt': {
        const name = asName(st.target);
        const value = get(st.attrs, 'value');
        if (!name || !value || !only(st.attrs, ['value'])) return this.raw(st);
        const code = `s.var(${this.lit(name)}, ${x.value(value)});`;
        return this.declare(name) + code;
      }
      case 'VarUpdateStmt': {
        const value = get(st.attrs, 'value');
        const t = st.target;
        const binding = t?.kind === 'VarExpr' ? this.vars.get(t.name) : undefined;
        if (!binding || !value || !only(st.attrs, ['value'])) return this.raw(st);
        if (t?.kind === 'VarExpr' && t.path.length > 0) return `s.update(${x.expr(t)}, ${x.value(value)});`;
        return `s.update(${binding}, ${x.value(value)});`;
      }
      case 'ConditionalStmt': {
        if (st.attrs.length > 0) return this.raw(st);
        const [first, ...rest] = st.branches;
        if (!first) return this.raw(st);
        let code = `s.if(${x.value(first.test)}, (s) => {\n${this.nested(first.body)}\n})`;
        for (const b of rest) code += `.elseIf(${x.value(b.test)}, (s) => {\n${this.nested(b.body)}\n})`;
        if (st.else) code += `.else((s) => {\n${this.nested(st.else)}\n})`;
        return code + ';';
      }
      case 'ForeachStmt': {
        const itemName = asName(st.item);
        if (st.attrs.length > 0 || !itemName) return this.raw(st);
        const list = x.expr(st.list);
        // The items of a db.query list of a declared table are typed rows.
        const of = st.list.kind === 'VarExpr' && st.list.path.length === 0 ? this.info.get(st.list.name) : undefined;
        const [item, body] = this.loopBody(itemName, st.body, of?.kind === 'rows' ? { kind: 'row', columns: of.columns, maybeNull: false } : undefined);
        return `s.foreach(${list}, ${this.lit(itemName)}, (${item}, s) => {\n${body}\n});`;
      }
      case 'ForStmt': {
        const indexName = asName(st.index);
        if (st.attrs.length > 0 || !indexName) return this.raw(st);
        const count = x.value(st.count);
        const [i, body] = this.loopBody(indexName, st.body);
        return `s.for(${count}, ${this.lit(indexName)}, (${i}, s) => {\n${body}\n});`;
      }
      case 'WhileStmt':
        return st.attrs.length > 0 ? this.raw(st) : `s.while(${x.value(st.test)}, (s) => {\n${this.nested(st.body)}\n});`;
      case 'BreakStmt':
        return 's.break();';
      case 'ContinueStmt':
        return 's.continue();';
      case 'Comment':
        return `s.comment(${JSON.stringify(commentSource(st.text, ' '))});`;
      case 'TryCatchStmt': {
        if (st.attrs.length > 0 || st.catch === undefined) return this.raw(st);
        const saved = this.vars.get('error');
        // Emitted in the order the builder records them (try, catch, finally), so that a variable
        // set in both holds, at build time, the value the emitter last recorded for it.
        const tryBody = this.nested(st.try);
        this.vars.set('error', 'error');
        const catchBody = this.nested(st.catch);
        if (saved === undefined) this.vars.delete('error');
        else this.vars.set('error', saved);
        const fin = st.finally ? `, (s) => {\n${this.nested(st.finally)}\n}` : '';
        return `s.tryCatch((s) => {\n${tryBody}\n}, (s, error) => {\n${catchBody}\n}${fin});`;
      }
      case 'GroupStmt': {
        if (st.keyword === 'db.transaction') return st.attrs.length > 0 ? this.raw(st) : `s.db.transaction((s) => {\n${this.nested(st.body)}\n});`;
        const desc = get(st.attrs, 'description');
        if (st.keyword !== 'group' || !only(st.attrs, ['description']) || (desc && desc.kind !== 'StringLit')) return this.raw(st);
        return `s.group(${desc ? x.value(desc) : 'undefined'}, (s) => {\n${this.nested(st.body)}\n});`;
      }
      case 'SwitchStmt': {
        if (st.attrs.length > 0) return this.raw(st);
        let code = `s.switch(${x.value(st.subject)})`;
        for (const c of st.cases) code += `.case(${x.value(c.value)}, (s) => {\n${this.nested(c.body)}\n})`;
        if (st.default) code += `.default((s) => {\n${this.nested(st.default)}\n})`;
        return code + ';';
      }
      default:
        return this.attrStmt(st, x);
    }
  }

  /** `s.stmt(keyword, { attrs }, { target, arg, condition, verb, as, stack })` for a catalogue statement. */
  private generic(st: GenericStmt, x: ExprEmitter): string {
    if (this.ctx.test === true && st.name.startsWith('expect.')) {
      const call = this.expectCall(st, x);
      if (call !== undefined) return call;
    }
    const spec = genericStmtSpec(st.name);
    const names = st.attrs.map((a) => a.name);
    if (spec === undefined || new Set(names).size !== names.length) return this.raw(st);
    const known = new Set([...spec.required, ...spec.optional, 'mock']);
    if ((!spec.anyAttrs && names.some((n) => !known.has(n))) || spec.required.some((r) => !names.includes(r))) return this.raw(st);
    const as = st.as === undefined ? undefined : asName(st.as);
    if (st.as !== undefined && as === undefined) return this.raw(st);
    const attrs = st.attrs.map((a) => `${PLAIN_KEY.test(a.name) ? a.name : JSON.stringify(a.name)}: ${x.value(a.value)}`);
    const opts: string[] = [];
    if (st.target) opts.push(`target: ${x.value(st.target)}`);
    if (st.arg) opts.push(`arg: ${x.value(st.arg)}`);
    if (st.condition) opts.push(`condition: ${x.value(st.condition)}`);
    if (st.verb !== undefined) opts.push(`verb: ${JSON.stringify(st.verb)}`);
    if (st.stack) opts.push(`stack: (s) => {\n${this.nested(st.stack)}\n}`);
    if (as) opts.push(`as: ${this.lit(as)}`);
    const call = `s.stmt(${JSON.stringify(st.name)}, ${attrs.length === 0 ? '{}' : `{ ${attrs.join(', ')} }`}${opts.length ? `, { ${opts.join(', ')} }` : ''});`;
    if (!as) return call;
    const decl = this.bindAs(as, { kind: 'untyped', origin: `a ${st.name} result` });
    return decl + call;
  }

  /** `s.expect.toEqual(actual, value)`, `s.expect.toBeTrue(actual)`, `s.expect.toThrow({ … }, (s) => …)` in a test block. */
  private expectCall(st: GenericStmt, x: ExprEmitter): string | undefined {
    const spec = genericStmtSpec(st.name);
    const names = st.attrs.map((a) => a.name);
    if (spec === undefined || st.target || st.condition || st.as || st.verb !== undefined || new Set(names).size !== names.length) return undefined;
    const method = `s.expect.${st.name.slice('expect.'.length).replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase())}`;
    const attrs = () => `{ ${st.attrs.map((a) => `${PLAIN_KEY.test(a.name) ? a.name : JSON.stringify(a.name)}: ${x.value(a.value)}`).join(', ')} }`;
    if (spec.stack) {
      if (st.arg) return undefined;
      const stack = st.stack ? `, (s) => {\n${this.nested(st.stack)}\n}` : '';
      return `${method}(${st.attrs.length > 0 || stack ? attrs().replace('{  }', '{}') : ''}${stack});`;
    }
    if (!st.arg || st.stack || !only(st.attrs, [...spec.required, ...spec.optional]) || spec.required.some((r) => !names.includes(r))) return undefined;
    const actual = x.value(st.arg);
    if (spec.required.length === 1 && spec.required[0] === 'value' && spec.optional.length === 0) return `${method}(${actual}, ${x.value(st.attrs[0]!.value)});`;
    return st.attrs.length === 0 ? `${method}(${actual});` : `${method}(${actual}, ${attrs()});`;
  }

  private attrsOk(st: Stmt): boolean {
    const attrs = (st as { attrs?: readonly Attribute[] }).attrs ?? [];
    return !attrs.some((a) => a.name === 'description' || a.name === 'disabled' || a.name === 'mock') || st.kind === 'GroupStmt';
  }

  private attrStmt(st: Stmt, x: ExprEmitter): string {
    switch (st.kind) {
      case 'PreconditionStmt': {
        const found = this.requireFound(st);
        if (found !== undefined) return found;
        if (!st.arg || !only(st.attrs, ['error_type', 'error', 'payload'])) return this.raw(st);
        const et = get(st.attrs, 'error_type');
        if (et && et.kind !== 'StringLit') return this.raw(st);
        const opts = (['error_type', 'error', 'payload'] as const).flatMap((k) => {
          const v = get(st.attrs, k);
          return v ? [`${k}: ${x.value(v)}`] : [];
        });
        return `s.precondition(${x.value(st.arg)}${opts.length ? `, { ${opts.join(', ')} }` : ''});`;
      }
      case 'ThrowStmt':
        return this.call(st, 'throw', ['name', 'value'], x);
      case 'ReturnStmt':
        return this.call(st, 'return', ['value'], x);
      case 'DebugLogStmt':
        return this.call(st, 'debugLog', ['value'], x);
      case 'UtilSleepStmt':
        return this.call(st, 'sleep', ['value'], x);
      case 'FunctionRunStmt':
        return this.functionRun(st, x);
      case 'ApiRequestStmt':
        return this.request(st, x);
      case 'DbGetStmt':
      case 'DbHasStmt':
      case 'DbQueryStmt':
      case 'DbAddStmt':
      case 'DbEditStmt':
      case 'DbPatchStmt':
      case 'DbAddOrEditStmt':
      case 'DbDelStmt':
        return this.db(st, x);
      case 'GenericStmt':
        return this.generic(st, x);
      default:
        return this.raw(st);
    }
  }

  /**
   * `precondition ($row != null) { error_type = "notfound" error = "…" }` on a row that may be null, at
   * the top of the stack: `s.requireFound(row, "…")`, after which the row's columns are typed reads.
   */
  private requireFound(st: AttrStmt): string | undefined {
    const arg = st.arg;
    if (this.depth > 0 || arg?.kind !== 'BinaryExpr' || arg.op !== '!=' || arg.right.kind !== 'NullLit' || arg.left.kind !== 'VarExpr' || arg.left.path.length > 0) return undefined;
    const name = arg.left.name;
    const info = this.info.get(name);
    const et = get(st.attrs, 'error_type');
    const err = get(st.attrs, 'error');
    const binding = this.vars.get(name);
    if (info?.kind !== 'row' || !info.maybeNull || binding === undefined || !only(st.attrs, ['error_type', 'error'])) return undefined;
    if (et?.kind !== 'StringLit' || et.value !== 'notfound' || err?.kind !== 'StringLit') return undefined;
    let id = `${binding}Found`;
    while (this.used.has(id) || this.ctx.taken.has(id)) id = `${id}_`;
    this.vars.set(name, id);
    this.used.add(id);
    this.info.set(name, { ...info, maybeNull: false });
    return `const ${id} = s.requireFound(${binding}, ${JSON.stringify(err.value)});`;
  }

  private call(st: AttrStmt, method: string, attrs: readonly string[], x: ExprEmitter): string {
    if (st.target || st.arg || st.as || !only(st.attrs, attrs)) return this.raw(st);
    const values = attrs.map((a) => get(st.attrs, a));
    if (values.some((v) => v === undefined)) return this.raw(st);
    return `s.${method}(${values.map((v) => x.value(v as Expr)).join(', ')});`;
  }

  private functionRun(st: AttrStmt, x: ExprEmitter): string {
    const name = nameOf(st.target);
    const as = st.as === undefined ? undefined : asName(st.as);
    const input = get(st.attrs, 'input');
    if (!name || (st.as !== undefined && !as) || !only(st.attrs, ['input', 'async', 'runtime_mode']) || (input && input.kind !== 'ObjectExpr')) return this.raw(st);
    const callee = this.ctx.functions.get(name) ?? JSON.stringify(name);
    const args = input ? x.value(input) : '{}';
    const opts = (['async', 'runtime_mode'] as const).flatMap((k) => {
      const v = get(st.attrs, k);
      return v ? [`${k}: ${x.value(v)}`] : [];
    });
    const tail = `${as ? `, ${this.lit(as)}` : opts.length ? ', undefined' : ''}${opts.length ? `, { ${opts.join(', ')} }` : ''}`;
    if (!as) return `s.run(${callee}, ${args}${tail});`;
    const decl = this.bindAs(as, { kind: 'untyped', origin: 'a function.run result' });
    return `${decl}s.run(${callee}, ${args}${tail});`;
  }

  private request(st: AttrStmt, x: ExprEmitter): string {
    const as = asName(st.as);
    const allowed = ['url', 'method', 'params', 'headers', 'timeout'];
    const method = get(st.attrs, 'method');
    if (!as || !only(st.attrs, allowed) || method?.kind !== 'StringLit') return this.raw(st);
    const parts = allowed.flatMap((k) => {
      const v = get(st.attrs, k);
      return v ? [`${k}: ${x.value(v)}`] : [];
    });
    const decl = this.bindAs(as, { kind: 'untyped', origin: 'an api.request result' });
    return `${decl}s.request({ ${parts.join(', ')}, as: ${this.lit(as)} });`;
  }

  private db(st: AttrStmt, x: ExprEmitter): string {
    const host: DbHost = {
      tables: this.ctx.tables, inputs: this.ctx.inputs ?? new Map(), escapes: this.ctx.escapes, vars: this.vars, info: this.info,
      bindAs: (n, info) => this.bindAs(n, info), lit: (n) => this.lit(n), asName,
    };
    return emitDb(host, st, x) ?? this.raw(st);
  }
}

export type { VarExpr };
