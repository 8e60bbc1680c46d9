import type { AttrStmt, Expr, ObjectDecl, Stmt } from '@xac/xanoscript-dsl/ast';
import { walk } from '@xac/xanoscript-dsl/ast';
import { attrOf, isAttrStmt, unwrapFilters } from './ast-util.js';

// What a function really returns (issue 9): the union over its return paths — the `response`
// expression and every `return` statement — of the keys each path's value has. A key is *always*
// there when every object path has it, *sometimes* when some do. A shape is *closed* when every
// path's value is static (object literals, or a variable only ever set to object literals); a
// dynamic value (`|set`, `|merge`, a db row, another call's result) opens it. Null paths (an early
// `return null`) are left out: reading a key of null is the null-check rules' business.

export interface KeyInfo {
  readonly always: boolean;
  readonly shape: Shape;
}

export interface Shape {
  /** Keys of the object paths; empty for a scalar. */
  readonly keys: ReadonlyMap<string, KeyInfo>;
  /** Every path's value is static: a key not in `keys` is never there. */
  readonly closed: boolean;
}

/** A value nothing is known about. */
export const OPEN: Shape = { keys: new Map(), closed: false };
const SCALAR: Shape = { keys: new Map(), closed: true };

/** The union of path shapes: a key is always there when every path that shows its keys has it always. */
export function union(paths: readonly Shape[]): Shape {
  if (paths.length === 0) return OPEN;
  const names = new Set(paths.flatMap((p) => [...p.keys.keys()]));
  const keys = new Map<string, KeyInfo>();
  for (const k of names) {
    const present = paths.map((p) => p.keys.get(k)).filter((i): i is KeyInfo => i !== undefined);
    // An open path says nothing about a key it does not show: it does not make the key "sometimes".
    const always = paths.every((p) => p.keys.get(k)?.always === true || (!p.closed && !p.keys.has(k)));
    keys.set(k, { always, shape: union(present.map((i) => i.shape)) });
  }
  return { keys, closed: paths.every((p) => p.closed) };
}

/** Every statement of a stack, nested ones included, in order. */
function allStmts(list: readonly Stmt[] | undefined, out: Stmt[] = []): Stmt[] {
  for (const s of list ?? []) {
    out.push(s);
    walk(s, { enter: (n) => void (n !== s && isStmt(n) && out.push(n as Stmt)) });
  }
  return out;
}

const isStmt = (n: { kind: string }): boolean => n.kind.endsWith('Stmt');

/** The statements that set a variable: `var`, `var.update`, `as $x`, or any other write naming it. */
function writersOf(stmts: readonly Stmt[]): Map<string, AttrStmt[]> {
  const out = new Map<string, AttrStmt[]>();
  const add = (name: string, s: AttrStmt) => out.set(name, [...(out.get(name) ?? []), s]);
  for (const s of stmts) {
    if (!isAttrStmt(s)) continue;
    const t = s.target?.kind === 'VarExpr' ? s.target : undefined;
    if (t && s.kind !== 'FunctionRunStmt') add(t.name, s);
    const as = s.as === undefined ? undefined : unwrapFilters(s.as).base;
    if (as?.kind === 'VarExpr') add(as.name, s);
  }
  return out;
}

class ShapeReader {
  private readonly writers: Map<string, AttrStmt[]>;
  private readonly busy = new Set<string>();

  constructor(readonly stmts: readonly Stmt[]) {
    this.writers = writersOf(stmts);
  }

  expr(e: Expr | undefined): Shape | undefined {
    if (e === undefined || e.kind === 'NullLit') return undefined;
    if (e.kind === 'ObjectExpr') {
      const keys = new Map<string, KeyInfo>();
      for (const x of e.entries) if (!x.disabled) keys.set(x.key, { always: true, shape: this.expr(x.value) ?? OPEN });
      return { keys, closed: true };
    }
    if (e.kind === 'VarExpr' && e.path.length === 0) return this.variable(e.name);
    if (e.kind === 'StringLit' || e.kind === 'NumberLit' || e.kind === 'BoolLit' || e.kind === 'ArrayExpr') return SCALAR;
    return OPEN;
  }

  /** A variable only ever set whole (`var`, `var.update` without a path) to static values. */
  private variable(name: string): Shape | undefined {
    const ws = this.writers.get(name);
    if (!ws || this.busy.has(name)) return OPEN;
    const static_ = ws.every((s) => (s.kind === 'VarStmt' || s.kind === 'VarUpdateStmt') && s.target?.kind === 'VarExpr' && s.target.path.length === 0 && s.as === undefined);
    if (!static_) return OPEN;
    this.busy.add(name);
    // An empty placeholder (`var $result { value = {} }`, later set whole) is, like null, the value
    // before the script fills it in: left out, as a null path is.
    const values = ws.map((s) => attrOf(s, 'value'));
    const filled = values.filter((e) => !(e?.kind === 'ObjectExpr' && e.entries.length === 0));
    const paths = (filled.length > 0 ? filled : values).map((e) => this.expr(e)).filter((x): x is Shape => x !== undefined);
    this.busy.delete(name);
    return paths.length === 0 ? undefined : union(paths);
  }
}

const cache = new WeakMap<ObjectDecl, Shape>();

/**
 * The response shape of a function: the union over its `response` and `return` values.
 * @example responseShape(fnDecl).keys.get('winner')?.always // true when every path returns `winner`
 */
export function responseShape(fn: ObjectDecl): Shape {
  const hit = cache.get(fn);
  if (hit) return hit;
  const stmts = allStmts(fn.stack);
  const reader = new ShapeReader(stmts);
  const values = stmts.filter((s): s is AttrStmt => s.kind === 'ReturnStmt').map((s) => attrOf(s, 'value'));
  const paths = [...values, fn.response].map((e) => reader.expr(e)).filter((x): x is Shape => x !== undefined);
  const shape = paths.length === 0 ? OPEN : union(paths);
  cache.set(fn, shape);
  return shape;
}

/** `{a, b, c}` (and `…` when open), for messages. */
export function describeShape(s: Shape): string {
  const keys = [...s.keys.keys()];
  return `{${[...keys, ...(s.closed ? [] : ['…'])].join(', ')}}`;
}
