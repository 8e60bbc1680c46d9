import type { Expr, Node, ObjectDecl } from '@xac/xanoscript-dsl/ast';
import { walk } from '@xac/xanoscript-dsl/ast';
import { fieldsByName, isAttrStmt } from './ast-util.js';

// Values a function's own code keeps away from 0 (division-without-guard): what each variable is
// set to and where, the objects a variable may hold when the function builds them from literals,
// and whether every such object holds a positive number at a key (a lookup table, a count that
// starts at 1 and only grows).

/** What each variable is set to, where, and what else writes it. */
export interface Defs {
  readonly values: ReadonlyMap<string, readonly Expr[]>;
  /** The statements that set each variable (`var`, `var.update`, `math.*`, `as $x`, …). */
  readonly writes: ReadonlyMap<string, readonly Node[]>;
  /** Variables written by something other than `var`/`var.update` (an `as`, a `math.*`, a loop item). */
  readonly opaque: ReadonlySet<string>;
  /** Elements `array.push`/`array.unshift` add to a list. */
  readonly pushed: ReadonlyMap<string, readonly Expr[]>;
  /** The list each `foreach` item walks. */
  readonly loops: ReadonlyMap<string, Expr>;
  /** Inputs declared with `filters=min:k` (k > 0): never below k. */
  readonly atLeastOne: ReadonlySet<string>;
  get(name: string): readonly Expr[] | undefined;
}

export const positive = (e: Expr | undefined): boolean => e?.kind === 'NumberLit' && Number(e.value) > 0;
export const plainVar = (e: Expr | undefined): e is Extract<Expr, { kind: 'VarExpr' }> => e?.kind === 'VarExpr' && e.path.length === 0 && e.name !== 'input';
const SUBSET = new Set(['filter', 'sort', 'reverse', 'slice', 'unique', 'shuffle']);
const PICK = new Set(['find', 'first', 'last']);

/** Objects a value is: an object literal, or a variable every definition of which is one. */
function objects(e: Expr, defs: Defs): Expr[] | undefined {
  if (e.kind === 'ObjectExpr') return [e];
  if (!plainVar(e) || defs.opaque.has(e.name)) return undefined;
  const vs = defs.get(e.name) ?? [];
  return vs.length > 0 && vs.every((v) => v.kind === 'ObjectExpr') ? [...vs] : undefined;
}

/**
 * The elements of a list the function builds itself — literals, `|merge`/`|push` of object literals,
 * `|filter`/`|sort` of such a list, `array.push` onto it — or undefined when any part is unknown.
 */
function elements(e: Expr, defs: Defs, seen: ReadonlySet<string> = new Set()): Expr[] | undefined {
  const all = (parts: Array<Expr[] | undefined>) => (parts.every((p) => p !== undefined) ? parts.flat() : undefined);
  if (e.kind === 'ArrayExpr') return all(e.elements.map((x) => objects(x, defs)));
  if (e.kind === 'FilterExpr' && e.operand && !e.disabled) {
    if (SUBSET.has(e.name)) return elements(e.operand, defs, seen);
    if (e.name === 'merge' && e.args[0]) return all([elements(e.operand, defs, seen), elements(e.args[0], defs, seen)]);
    if (e.name === 'push' && e.args[0]) return all([elements(e.operand, defs, seen), objects(e.args[0], defs)]);
    return undefined;
  }
  if (!plainVar(e) || defs.opaque.has(e.name)) return undefined;
  // A list rebuilt from itself adds only what the rebuild adds.
  if (seen.has(e.name)) return [];
  const inner = new Set([...seen, e.name]);
  const vs = defs.get(e.name) ?? [];
  if (vs.length === 0) return undefined;
  return all([...vs.map((v) => elements(v, defs, inner)), ...(defs.pushed.get(e.name) ?? []).map((x) => objects(x, defs))]);
}

/** The objects a variable may hold: itself an object literal, an item found in (or walked by `foreach` over) a list the function builds. */
export function rowsOf(name: string, defs: Defs): Expr[] | undefined {
  const list = defs.loops.get(name);
  if (list) return elements(list, defs);
  if (defs.opaque.has(name)) return undefined;
  const vs = defs.get(name) ?? [];
  const each = vs.map((v) => (v.kind === 'FilterExpr' && PICK.has(v.name) && v.operand && !v.disabled ? elements(v.operand, defs) : objects(v, defs)));
  return vs.length > 0 && each.every((r) => r !== undefined) ? each.flat() : undefined;
}

/**
 * Whether every object `$name` may hold has a positive number at `key`: a positive literal, or the
 * same key of such an object plus a positive literal (a count that starts at 1 and only grows).
 */
export function positiveKey(name: string, key: string, defs: Defs, visiting: ReadonlySet<string> = new Set()): boolean {
  if (visiting.has(name)) return true;
  const rows = rowsOf(name, defs);
  const inner = new Set([...visiting, name]);
  const ok = (e: Expr | undefined): boolean => {
    if (positive(e)) return true;
    if (e?.kind !== 'BinaryExpr' || e.op !== '+') return false;
    const [n, v] = positive(e.right) ? [e.right, e.left] : [e.left, e.right];
    const at = v.kind === 'VarExpr' && v.path.length === 1 && v.path[0]?.kind === 'PropAccess' ? v.path[0].name : undefined;
    return positive(n) && at === key && v.kind === 'VarExpr' && positiveKey(v.name, key, defs, inner);
  };
  return rows !== undefined && rows.length > 0 && rows.every((r) => r.kind === 'ObjectExpr' && ok(r.entries.find((x) => x.key === key)?.value));
}

/** What each variable is set to (`var`, `var.update`); a db.query count result counts as `|count`. */
export function definitions(o: ObjectDecl): Defs {
  const out = new Map<string, Expr[]>();
  const writes = new Map<string, Node[]>();
  const opaque = new Set<string>();
  const pushed = new Map<string, Expr[]>();
  const loops = new Map<string, Expr>();
  const add = <T>(m: Map<string, T[]>, name: string, x: T) => m.set(name, [...(m.get(name) ?? []), x]);
  walk(o, {
    enter(n) {
      if (n.kind === 'ForeachStmt' && n.item) {
        loops.set(n.item.name, n.list);
        add(writes, n.item.name, n);
      }
      if (!isAttrStmt(n)) return;
      const value = n.attrs.find((a) => a.name === 'value')?.value;
      const target = n.target?.kind === 'VarExpr' ? n.target : undefined;
      if ((n.kind === 'VarStmt' || n.kind === 'VarUpdateStmt') && target) {
        add(writes, target.name, n);
        if (target.path.length > 0 || !value) opaque.add(target.name);
        else add(out, target.name, value);
      } else if (n.kind === 'GenericStmt' && target) {
        add(writes, target.name, n);
        if ((n.name === 'array.push' || n.name === 'array.unshift') && value && target.path.length === 0) add(pushed, target.name, value);
        else opaque.add(target.name);
      }
      if (n.as?.kind !== 'VarExpr') return;
      add(writes, n.as.name, n);
      const ret = n.kind === 'DbQueryStmt' ? n.attrs.find((a) => a.name === 'return')?.value : undefined;
      const counted = ret?.kind === 'ObjectExpr' && ret.entries.some((x) => x.key === 'type' && x.value.kind === 'StringLit' && x.value.value === 'count');
      if (counted) add(out, n.as.name, { kind: 'VarExpr', name: 'input', path: [] } as Expr);
      else opaque.add(n.as.name);
    },
  });
  const atLeastOne = new Set([...fieldsByName(o.input).values()].filter((f) => f.filters.some((x) => x.name === 'min' && !x.disabled && positive(x.args[0]))).map((f) => f.name));
  return { values: out, writes, opaque, pushed, loops, atLeastOne, get: (name) => out.get(name) };
}

