import type { Expr, Node } from '@xac/xanoscript-dsl/ast';
import { walk } from '@xac/xanoscript-dsl/ast';
import { defineRule } from '../define-rule.js';
import { isAttrStmt, sourceOf } from '../engine/ast-util.js';
import { guards as guardsOf, guardTexts, type GuardContext } from '../engine/guards.js';
import { definitions, plainVar, positive, positiveKey, type Defs } from '../engine/non-zero.js';

// domain.md §7 (the seed's metrics): `a / $b` (or `%`, `|divide:$b`, `|modulus:$b`) where `$b` comes
// from data that can be 0 — a count of a list that may be empty, an input, a row's column, a
// variable set from one of those — and nothing checks it first. Local arithmetic (a loop counter, a
// gcd) is left alone: lint cannot tell it apart from a real risk, and on the corpus it is mostly
// safe by construction. Guards that count: an enclosing `if`/ternary test or `&&` operand that
// mentions the divisor, a precondition before it that mentions it, or an earlier `if` on it that
// returns or throws, an enclosing `for ($n)` (its body runs only when $n ≥ 1), a `$v > 0` test of a
// counter that leaves 0 only where the divisor was checked, a test that keeps a running product off
// 0 when the divisor is one of its factors. Non-zero by construction (engine/non-zero.ts): a value
// clamped by `|max:k` (k > 0), an input declared with `filters=min:k`, a key every object the
// variable may hold has a positive number at (a literal lookup table, a count in a list the function
// builds that starts at 1 and only grows).

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

/**
 * A count (`|count`, a db.query count), an input, a row or object column: data that may be 0; a
 * variable counts when one of its values is directly such data (not through further arithmetic).
 */
function fromData(e: Expr, defs: Defs, direct = false): boolean {
  const base = e.kind === 'BacktickExpr' ? e.expr : e;
  if (base.kind === 'FilterExpr' && base.name === 'max' && positive(base.args[0])) return false;
  if (base.kind === 'FilterExpr') return base.name === 'count' || (base.operand !== null && fromData(base.operand, defs, direct));
  if (base.kind !== 'VarExpr') return false;
  const key = base.path.length === 1 && base.path[0]?.kind === 'PropAccess' ? base.path[0].name : undefined;
  if (key !== undefined && base.name !== 'input' && positiveKey(base.name, key, defs)) return false;
  if (base.name === 'input' && key !== undefined && defs.atLeastOne.has(key)) return false;
  if (base.name === 'input' || base.path.length > 0) return true;
  return !direct && (defs.get(base.name) ?? []).some((v) => fromData(v, defs, true));
}

/** `$v > 0`, `$v != 0`, `$v >= 1` or `0 < $v`: the name of a variable a guard text tests for non-zero. */
function nonZeroTest(text: string): string | undefined {
  const m = /^\$(\w+) (?:> 0|!= 0|>= 1)$/.exec(text) ?? /^0 < \$(\w+)$/.exec(text);
  return m?.[1];
}

/** The conjuncts of guard texts (a test with `||` guards nothing on its own). */
const conjuncts = (guards: readonly string[]): string[] =>
  guards.filter((g) => !g.includes('||')).flatMap((g) => g.split(' && ').map((t) => t.replace(/^\((.*)\)$/, '$1')));

/**
 * A guard `$v > 0` on a counter that leaves 0 only where the divisor was checked: every write of
 * `$v` other than `value = 0` sits under a test that mentions the divisor, or under a non-zero test
 * of `$v` itself (a decrement of a count that is above 0) — and the divisor never changes (an input,
 * or a variable set once). A circular queue's `% $capacity` where `$size > 0` is the shape.
 */
function gatedCounter(guards: readonly string[], divisor: string, defs: Defs, ctx: GuardContext): boolean {
  const d = /^\$(\w+)$/.exec(divisor)?.[1];
  const stable = /^\$input\.\w+$/.test(divisor) || (d !== undefined && !defs.opaque.has(d) && (defs.writes.get(d)?.length ?? 0) === 1);
  if (!stable) return false;
  return conjuncts(guards).some((t) => {
    const v = nonZeroTest(t);
    if (v === undefined || defs.opaque.has(v) || v === d) return false;
    return (defs.writes.get(v) ?? []).every((w) => {
      const value = isAttrStmt(w) && w.kind === 'VarStmt' ? w.attrs.find((a) => a.name === 'value')?.value : undefined;
      if (value?.kind === 'NumberLit' && Number(value.value) === 0) return true;
      const around = guardTexts(w, ctx);
      return around.some((g) => g.includes(divisor)) || conjuncts(around).some((g) => nonZeroTest(g) === v);
    });
  });
}

const unwrap = (e: Node): Node => (e.kind === 'BacktickExpr' ? unwrap(e.expr) : e);
/** The `&&` operands of a test. */
const operands = (e: Node): Node[] => {
  const u = unwrap(e);
  return u.kind === 'BinaryExpr' && u.op === '&&' ? [...operands(u.left), ...operands(u.right)] : [u];
};
const num = (e: Node): number | undefined => (e.kind === 'NumberLit' ? Number(e.value) : undefined);

/** The list a variable is always an element of (`$l|get:$i`, `$l[$i]`, a `foreach` item), as source text. */
function elementOf(name: string, defs: Defs, text: string): string | undefined {
  const loop = defs.loops.get(name);
  if (loop) return sourceOf(text, loop);
  const lists = (defs.opaque.has(name) ? [undefined] : defs.get(name) ?? []).map((v) => {
    if (v?.kind === 'FilterExpr' && v.name === 'get' && v.operand && !v.disabled) return sourceOf(text, v.operand);
    const last = v?.kind === 'VarExpr' ? v.path.at(-1) : undefined;
    if (v?.loc && last?.kind === 'IndexAccess' && last.loc) return text.slice(v.loc.start.offset, last.loc.start.offset);
    return undefined;
  });
  return lists.length > 0 && lists.every((l) => l !== undefined && l === lists[0]) ? lists[0] : undefined;
}

/**
 * `$p / $x` where `$p` is a running product of one list's elements (set only to a non-zero literal,
 * `$p * $e` or `$p / $e`, `$e` an element of that list), `$x` is an element of the same list, and a
 * test true here keeps `$p` off 0 (`$p != 0`, `$p > 0`, `$p >= k`, k a positive literal or an input
 * an earlier exit keeps above 0): a factor of a non-zero product is not 0 (a sliding window).
 */
function factorOfNonZero(n: Node, divisor: Expr, defs: Defs, ctx: GuardContext): boolean {
  const p = n.kind === 'BinaryExpr' ? n.left : n.kind === 'FilterExpr' ? n.operand ?? undefined : undefined;
  if (!plainVar(p) || !plainVar(divisor) || defs.opaque.has(p.name)) return false;
  const list = elementOf(divisor.name, defs, ctx.text);
  const step = (v: Expr): boolean => {
    if (v.kind === 'NumberLit') return Number(v.value) !== 0;
    if (v.kind !== 'BinaryExpr' || (v.op !== '*' && v.op !== '/')) return false;
    const other = plainVar(v.left) && v.left.name === p.name ? v.right : v.op === '*' && plainVar(v.right) && v.right.name === p.name ? v.left : undefined;
    return plainVar(other) && elementOf(other.name, defs, ctx.text) === list;
  };
  if (list === undefined || !(defs.get(p.name) ?? []).every(step)) return false;
  const around = guardsOf(n, ctx);
  const failed = around.filter((g) => g.holds === false).flatMap((g) => operands(g.test));
  const positiveBound = (b: Node): boolean => {
    if (num(b) !== undefined) return (num(b) ?? 0) > 0;
    const t = sourceOf(ctx.text, b);
    return /^\$input\.\w+$/.test(t) && failed.some((f) => f.kind === 'BinaryExpr' && sourceOf(ctx.text, f.left) === t &&
      ((f.op === '<=' && (num(f.right) ?? -1) >= 0) || (f.op === '<' && (num(f.right) ?? 0) > 0)));
  };
  return around.filter((g) => g.holds === true).flatMap((g) => operands(g.test)).some((t) =>
    t.kind === 'BinaryExpr' && plainVar(t.left) && t.left.name === p.name &&
    ((t.op === '!=' && num(t.right) === 0) || (t.op === '>' && (num(t.right) ?? -1) >= 0) || (t.op === '>=' && positiveBound(t.right))));
}

export default defineRule<Messages, object>({
  name: 'division-without-guard',
  meta: {
    type: 'problem',
    description: 'a division (`/`, `%`, `|divide`, `|modulus`) by a value that may be 0 needs a check of that value first',
    defaultSeverity: 'warning',
    // Opt-in: its first reading on the training corpus found 16 of 27 findings real; now all 18 are
    // (docs/lint.md), but 18 findings are fewer than the 30 a sample of the other rules holds.
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
        const guards = text === '' ? [] : guardTexts(n, ctx);
        if (text === '' || guards.some((g) => g.includes(text)) || gatedCounter(guards, text, defs, ctx) || factorOfNonZero(n, d, defs, ctx)) return;
        ctx.report({ messageId: 'unguarded', node: d, data: { divisor: text } });
      },
    });
  },
});
