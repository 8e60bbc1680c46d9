import type { Expr, Node, ObjectDecl } from '@xac/xanoscript-dsl/ast';
import { walk } from '@xac/xanoscript-dsl/ast';
import { defineRule } from '../define-rule.js';
import { fieldsByName, isAttrStmt, sourceOf } from '../engine/ast-util.js';
import { guardTexts } from '../engine/guards.js';

const fieldsOf = (list: ObjectDecl['input']) => [...fieldsByName(list).values()];

// domain.md §7 (the seed's metrics): `a / $b` (or `%`, `|divide:$b`, `|modulus:$b`) where `$b` comes
// from data that can be 0 — a count of a list that may be empty, an input, a row's column, a
// variable set from one of those — and nothing checks it first. Local arithmetic (a loop counter, a
// gcd) is left alone: lint cannot tell it apart from a real risk, and on the corpus it is mostly
// safe by construction. Guards that count: an enclosing `if`/ternary test or `&&` operand that
// mentions the divisor, a precondition before it that mentions it, or an earlier `if` on it that
// returns or throws, an enclosing `for ($n)` (its body runs only when $n ≥ 1). Non-zero by
// construction: a value clamped by `|max:k` (k > 0), a key of a literal lookup table walked by
// `foreach` whose every row holds a positive number there, an input declared with `filters=min:k`.

type Messages = 'unguarded';

const DIVIDE_FILTERS = new Set(['divide', 'modulus', 'div', 'mod']);

/** The divisor of a division, unless it is a non-zero number literal. */
function divisorOf(n: Node): Expr | undefined {
  let d: Expr | undefined;
  if (n.kind === 'BinaryExpr' && (n.op === '/' || n.op === '%')) d = n.right;
  else if (n.kind === 'FilterExpr' && DIVIDE_FILTERS.has(n.name)) d = n.args[0];
  if (d === undefined || (d.kind === 'NumberLit' && Number(d.value) !== 0)) return undefined;
  return d;
}

/** What each variable is set to, and the elements of the literal lists a `foreach` item walks. */
interface Defs {
  readonly values: ReadonlyMap<string, readonly Expr[]>;
  readonly items: ReadonlyMap<string, readonly Expr[]>;
  /** Inputs declared with `filters=min:k` (k > 0): never below k. */
  readonly atLeastOne: ReadonlySet<string>;
  get(name: string): readonly Expr[] | undefined;
}

const positive = (e: Expr | undefined): boolean => e?.kind === 'NumberLit' && Number(e.value) > 0;

/** `$mapping.value` where `$mapping` walks a literal list whose every element has a positive number there (a lookup table). */
function literalKey(v: Extract<Expr, { kind: 'VarExpr' }>, defs: Defs): boolean {
  const key = v.path[0]?.kind === 'PropAccess' ? v.path[0].name : undefined;
  const rows = defs.items.get(v.name);
  return key !== undefined && rows !== undefined && rows.length > 0 &&
    rows.every((r) => r.kind === 'ObjectExpr' && positive(r.entries.find((x) => x.key === key)?.value));
}

/**
 * A count (`|count`, a db.query count), an input, a row or object column: data that may be 0; a
 * variable counts when one of its values is directly such data (not through further arithmetic).
 */
function fromData(e: Expr, defs: Defs, direct = false): boolean {
  const base = e.kind === 'BacktickExpr' ? e.expr : e;
  if (base.kind === 'FilterExpr' && base.name === 'max' && positive(base.args[0])) return false;
  if (base.kind === 'FilterExpr') return base.name === 'count' || (base.operand !== null && fromData(base.operand, defs, direct));
  if (base.kind !== 'VarExpr') return false;
  if (base.path.length > 0 && literalKey(base, defs)) return false;
  if (base.name === 'input' && base.path.length === 1 && base.path[0]?.kind === 'PropAccess' && defs.atLeastOne.has(base.path[0].name)) return false;
  if (base.name === 'input' || base.path.length > 0) return true;
  return !direct && (defs.get(base.name) ?? []).some((v) => fromData(v, defs, true));
}

/** The elements of a list that is a literal, or a variable every definition of which is one. */
function literalElements(e: Expr, values: ReadonlyMap<string, readonly Expr[]>): Expr[] | undefined {
  if (e.kind === 'ArrayExpr') return [...e.elements];
  if (e.kind !== 'VarExpr' || e.path.length > 0) return undefined;
  const defs = values.get(e.name) ?? [];
  return defs.length > 0 && defs.every((d) => d.kind === 'ArrayExpr') ? defs.flatMap((d) => (d.kind === 'ArrayExpr' ? d.elements : [])) : undefined;
}

/** What each variable is set to (`var`, `var.update`); a db.query count result counts as `|count`. */
function definitions(o: ObjectDecl): Defs {
  const out = new Map<string, Expr[]>();
  const loops: Array<{ item: string; list: Expr }> = [];
  const add = (name: string, e: Expr) => out.set(name, [...(out.get(name) ?? []), e]);
  walk(o, {
    enter(n) {
      if (n.kind === 'ForeachStmt' && n.item) loops.push({ item: n.item.name, list: n.list });
      if (!isAttrStmt(n)) return;
      const value = n.attrs.find((a) => a.name === 'value')?.value;
      if ((n.kind === 'VarStmt' || n.kind === 'VarUpdateStmt') && n.target?.kind === 'VarExpr' && n.target.path.length === 0 && value) add(n.target.name, value);
      const ret = n.kind === 'DbQueryStmt' ? n.attrs.find((a) => a.name === 'return')?.value : undefined;
      const counted = ret?.kind === 'ObjectExpr' && ret.entries.some((x) => x.key === 'type' && x.value.kind === 'StringLit' && x.value.value === 'count');
      if (counted && n.as?.kind === 'VarExpr') add(n.as.name, { kind: 'VarExpr', name: 'input', path: [] } as Expr);
    },
  });
  const items = new Map<string, Expr[]>();
  for (const l of loops) {
    const rows = literalElements(l.list, out);
    if (rows) items.set(l.item, rows);
  }
  const atLeastOne = new Set(fieldsOf(o.input).filter((f) => f.filters.some((x) => x.name === 'min' && !x.disabled && positive(x.args[0]))).map((f) => f.name));
  return { values: out, items, atLeastOne, get: (name) => out.get(name) };
}

export default defineRule<Messages, object>({
  name: 'division-without-guard',
  meta: {
    type: 'problem',
    description: 'a division (`/`, `%`, `|divide`, `|modulus`) by a value that may be 0 needs a check of that value first',
    defaultSeverity: 'warning',
    // Opt-in: on the training corpus 16 of its 27 findings were real risks (its .md page).
    optIn: true,
    messages: {
      unguarded: 'division by `{{divisor}}`, which comes from data that can be 0 (a count, an input, a column) and nothing checks before this point: guard it (e.g. `{{divisor}} > 0 ? … : 0`) or check it with a precondition',
    },
  },
  defaultOptions: {},
  create(ctx) {
    if (!ctx.object) return;
    const defs = definitions(ctx.object);
    walk(ctx.object, {
      enter(n) {
        const d = divisorOf(n);
        if (!d || (d.kind !== 'NumberLit' && !fromData(d, defs))) return;
        const text = sourceOf(ctx.text, d).replace(/^\((.*)\)$/, '$1');
        if (text === '' || guardTexts(n, ctx).some((g) => g.includes(text))) return;
        ctx.report({ messageId: 'unguarded', node: d, data: { divisor: text } });
      },
    });
  },
});
