import type { AttrStmt, Expr, Node, ObjectDecl, Stmt, VarExpr, VarStmt } from '@xac/xanoscript-dsl/ast';
import { walk } from '@xac/xanoscript-dsl/ast';
import { attrOf, isAttrStmt, stringOf, unwrapFilters } from './ast-util.js';
import { exhaustive } from './exhaustive.js';
import { facts, type Facts } from './facts.js';

// Flow-sensitive variable facts for one object. XanoScript has one flat variable scope per object
// (reference §6): a `var` anywhere is visible afterwards. A name is *defined* at a point when it is
// defined on every path reaching it, *maybe* when on some. Alongside: which statement bound the value
// (function.run, db.get, …) and whether a null check dominates the use.

export type BindingSource = 'function.run' | 'api.request' | 'json_decode' | 'db.get' | 'db.query' | 'db.row' | 'value';

export interface Binding {
  readonly source: BindingSource;
  /** The statement that bound the value (for a foreach row, the db.query of its list). */
  readonly stmt: Node;
  /** The called function or the table. */
  readonly target?: string;
  /** db.query with `return = {type: "single"}`. */
  readonly single?: boolean;
}

export interface UseInfo {
  readonly status: 'defined' | 'maybe' | 'undefined';
  readonly binding: Binding | undefined;
  /** A null check (precondition, `if ($x != null)`) dominates this use. */
  readonly nonNull: boolean;
}

export interface ScopeInfo {
  /** Every use of a stack variable (built-ins such as `$input`, `$env`, `$$` are not uses). */
  readonly uses: ReadonlyMap<VarExpr, UseInfo>;
  /** `var $x` in a nested block for a name defined on every path before it. */
  readonly redeclares: ReadonlyArray<{ readonly stmt: VarStmt; readonly name: string }>;
}

/** Names the runtime provides (reference §2.3); `$error` only inside catch; `$var.x` is the long form of `$x` (not checked). */
export const BUILTIN_VARS: ReadonlySet<string> = new Set(['input', 'auth', 'env', 'db', '$', 'this', 'index', 'parent', 'result', 'output', 'response', 'var']);

interface State {
  def: Set<string>;
  maybe: Set<string>;
  nonNull: Set<string>;
  bind: Map<string, Binding>;
  dead: boolean;
}

const clone = (s: State): State => ({ def: new Set(s.def), maybe: new Set(s.maybe), nonNull: new Set(s.nonNull), bind: new Map(s.bind), dead: s.dead });
const fresh = (): State => ({ def: new Set(), maybe: new Set(), nonNull: new Set(), bind: new Map(), dead: false });
const intersect = (sets: Set<string>[]): Set<string> => new Set([...(sets[0] ?? [])].filter((x) => sets.every((s) => s.has(x))));

function merge(states: State[]): State {
  const live = states.filter((s) => !s.dead);
  const from = live.length > 0 ? live : states;
  const maybe = new Set(states.flatMap((s) => [...s.maybe]));
  const bind = new Map<string, Binding>();
  for (const s of from) for (const [k, b] of s.bind) if (!bind.has(k) || bind.get(k)?.source === 'value') bind.set(k, b);
  return { def: intersect(from.map((s) => s.def)), maybe, nonNull: intersect(from.map((s) => s.nonNull)), bind, dead: live.length === 0 };
}

const withFacts = (s: State, names: readonly string[]): State => {
  const c = clone(s);
  for (const n of names) c.nonNull.add(n);
  return c;
};

class Analyzer {
  readonly uses = new Map<VarExpr, UseInfo>();
  readonly redeclares: Array<{ stmt: VarStmt; name: string }> = [];

  expr(e: Expr | undefined, st: State): void {
    if (e === undefined) return;
    walk(e, {
      enter: (n) => {
        // Switched-off code (`!key: value`, `|!filter:args`) does not run: its uses are no uses.
        if (n.kind === 'ObjectEntry' && n.disabled) return false;
        if (n.kind === 'FilterExpr' && n.disabled) return (this.expr(n.operand ?? undefined, st), false);
        if (n.kind !== 'VarExpr' || BUILTIN_VARS.has(n.name)) return;
        const status = st.def.has(n.name) ? 'defined' : st.maybe.has(n.name) ? 'maybe' : 'undefined';
        this.uses.set(n, { status, binding: st.bind.get(n.name), nonNull: st.nonNull.has(n.name) });
      },
    });
  }

  define(name: string, st: State, binding: Binding): void {
    st.def.add(name);
    st.maybe.add(name);
    st.nonNull.delete(name);
    st.bind.set(name, binding);
  }

  stmts(list: readonly Stmt[], st: State, depth: number): State {
    let cur = st;
    // A disabled statement (`!db.get …`) is skipped at run time: it neither uses nor defines.
    for (const s of list) if (!('disabled' in s && s.disabled)) cur = this.stmt(s, cur, depth);
    return cur;
  }

  stmt(s: Stmt, st: State, depth: number): State {
    if (isAttrStmt(s)) return this.attrStmt(s, st, depth);
    return BLOCKS[s.kind as BlockKind](this, s as never, st, depth);
  }

  attrStmt(s: AttrStmt, st: State, depth: number): State {
    // `var.update $x` sets the whole variable: it defines `$x` as `var` does (issue 9).
    const updates = s.kind === 'VarUpdateStmt' && s.target?.kind === 'VarExpr' && s.target.path.length === 0 ? s.target : undefined;
    if (s.kind !== 'VarStmt' && !updates) this.expr(s.target, st);
    this.expr(s.arg, st);
    this.expr(s.condition, st);
    // A precondition's attributes (its error, payload) are read when it fails: what the test denies holds there.
    const attrState = s.kind === 'PreconditionStmt' && s.arg ? withFacts(st, facts(s.arg).neg) : st;
    for (const a of s.attrs) this.expr(a.value, attrState);
    if (s.kind === 'VarStmt' && s.target?.kind === 'VarExpr') this.varStmt(s, s.target, st, depth);
    if (updates && !st.def.has(updates.name)) this.define(updates.name, st, { source: 'value', stmt: s });
    const as = s.as === undefined ? undefined : unwrapFilters(s.as).base;
    if (as?.kind === 'VarExpr' && as.path.length > 0) this.expr(as, st);
    else if (as?.kind === 'VarExpr') this.define(as.name, st, bindingOf(s));
    if (s.kind === 'PreconditionStmt' && s.arg) for (const n of facts(s.arg).pos) st.nonNull.add(n);
    // A test's `expect.to_not_be_null ($x)` stops the test when `$x` is null.
    if (s.kind === 'GenericStmt' && s.name === 'expect.to_not_be_null' && s.arg?.kind === 'VarExpr' && s.arg.path.length === 0) st.nonNull.add(s.arg.name);
    if (s.kind === 'ReturnStmt' || s.kind === 'ThrowStmt') st.dead = true;
    return st;
  }

  varStmt(s: VarStmt, target: VarExpr, st: State, depth: number): void {
    if (target.path.length > 0) return this.expr(target, st);
    if (depth > 0 && st.def.has(target.name)) this.redeclares.push({ stmt: s, name: target.name });
    const value = attrOf(s, 'value');
    const alias = value?.kind === 'VarExpr' && value.path.length === 0 ? st.bind.get(value.name) : undefined;
    const decoded = value?.kind === 'FilterExpr' && value.name === 'json_decode';
    this.define(target.name, st, alias ?? { source: decoded ? 'json_decode' : 'value', stmt: s });
    if (value !== undefined && value.kind !== 'NullLit' && value.kind !== 'VarExpr' && value.kind !== 'FilterExpr') st.nonNull.add(target.name);
  }

  /** A loop body; `once` when the loop always runs at least once (its definitions then hold after it). */
  loop(body: readonly Stmt[], st: State, depth: number, item?: VarExpr, itemBinding?: Binding, once = false): State {
    const inner = clone(st);
    if (item) {
      this.define(item.name, inner, itemBinding ?? { source: 'value', stmt: item });
      inner.nonNull.add(item.name);
    }
    const out = this.stmts(body, inner, depth + 1);
    out.dead = false;
    if (once && item) out.def.delete(item.name);
    return once ? out : merge([st, out]);
  }

  branches(tests: readonly Expr[], bodies: readonly (readonly Stmt[])[], elseBody: readonly Stmt[] | undefined, st: State, depth: number): State {
    const outs: State[] = [];
    let negs: string[] = [];
    tests.forEach((t, i) => {
      this.expr(t, withFacts(st, negs));
      const f: Facts = facts(t);
      outs.push(this.stmts(bodies[i] ?? [], withFacts(st, [...negs, ...f.pos]), depth + 1));
      negs = [...negs, ...f.neg];
    });
    if (elseBody) outs.push(this.stmts(elseBody, withFacts(st, negs), depth + 1));
    else if (!exhaustive(tests)) outs.push(withFacts(st, negs));
    return merge(outs);
  }
}

type BlockKind = Exclude<Stmt['kind'], AttrStmt['kind']>;
type BlockFn<K extends BlockKind> = (a: Analyzer, s: Extract<Stmt, { kind: K }>, st: State, depth: number) => State;

const BLOCKS: { readonly [K in BlockKind]: BlockFn<K> } = {
  Comment: (_a, _s, st) => st,
  BreakStmt: (_a, _s, st) => ({ ...st, dead: true }),
  ContinueStmt: (_a, _s, st) => ({ ...st, dead: true }),
  RawStmt: (a, s, st) => {
    for (const m of s.source.matchAll(/\b(?:var|as)\s+\$(\w+)/g)) a.define(m[1] ?? '', st, { source: 'value', stmt: s });
    return st;
  },
  ConditionalStmt: (a, s, st, d) => a.branches(s.branches.map((b) => b.test), s.branches.map((b) => b.body), s.else, st, d),
  SwitchStmt: (a, s, st, d) => {
    a.expr(s.subject, st);
    const outs = s.cases.map((c) => (a.expr(c.value, st), a.stmts(c.body, clone(st), d + 1)));
    return merge([...outs, s.default ? a.stmts(s.default, clone(st), d + 1) : st]);
  },
  ForeachStmt: (a, s, st, d) => {
    a.expr(s.list, st);
    const list = s.list.kind === 'VarExpr' && s.list.path.length === 0 ? st.bind.get(s.list.name) : undefined;
    const row = list?.source === 'db.query' && !list.single ? { source: 'db.row' as const, stmt: list.stmt, ...(list.target ? { target: list.target } : {}) } : undefined;
    const once = s.list.kind === 'ArrayExpr' && s.list.elements.length > 0;
    return a.loop(s.body, st, d, s.item, row, once);
  },
  ForStmt: (a, s, st, d) => (a.expr(s.count, st), a.loop(s.body, st, d, s.index, undefined, s.count.kind === 'NumberLit' && Number(s.count.value) >= 1)),
  WhileStmt: (a, s, st, d) => (a.expr(s.test, st), a.loop(s.body, st, d)),
  GroupStmt: (a, s, st, d) => a.stmts(s.body, st, d),
  TryCatchStmt: (a, s, st, d) => {
    const tried = a.stmts(s.try, clone(st), d + 1);
    const catchIn = clone(st);
    for (const n of tried.maybe) catchIn.maybe.add(n);
    catchIn.def.add('error');
    const caught = a.stmts(s.catch ?? [], catchIn, d + 1);
    caught.def.delete('error');
    const after = merge([tried, caught]);
    after.def.delete('error');
    return s.finally ? a.stmts(s.finally, after, d) : after;
  },
};

function bindingOf(s: AttrStmt): Binding {
  const target = stringOf(s.target);
  const t = target === undefined ? {} : { target };
  switch (s.kind) {
    case 'FunctionRunStmt':
      return { source: 'function.run', stmt: s, ...t };
    case 'ApiRequestStmt':
      return { source: 'api.request', stmt: s };
    case 'DbGetStmt':
      return { source: 'db.get', stmt: s, ...t };
    case 'DbQueryStmt': {
      const ret = attrOf(s, 'return');
      const type = ret?.kind === 'ObjectExpr' ? stringOf(ret.entries.find((e) => e.key === 'type')?.value) : undefined;
      return { source: 'db.query', stmt: s, single: type === 'single', ...t };
    }
    default:
      return { source: 'value', stmt: s };
  }
}

/**
 * Analyses one object: every variable use with its definedness, binding and null-check status.
 * @example const { uses } = analyzeScope(fnDecl); [...uses].filter(([, u]) => u.status === 'undefined')
 */
export function analyzeScope(o: ObjectDecl): ScopeInfo {
  const a = new Analyzer();
  const end = a.stmts(o.stack ?? [], fresh(), 0);
  a.expr(o.response, { ...end, dead: false });
  for (const t of o.tests) {
    for (const at of t.attrs) a.expr(at.value, fresh());
    a.stmts(t.body, fresh(), 0);
  }
  return { uses: a.uses, redeclares: a.redeclares };
}
