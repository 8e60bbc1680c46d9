import type { Expr } from '@xac/xanoscript-dsl/ast';

// What a condition proves about nulls: `pos` names are non-null when it holds, `neg` when it fails.
// Understood: `$x != null`, `$x !== null`, `$x == null`, a bare `$x`, `!…`, `&&`, `||`, `($x|is_null)`,
// `($x|is_empty)` and comparisons of those with `true`/`false`.

export interface Facts {
  readonly pos: readonly string[];
  readonly neg: readonly string[];
}

const NONE: Facts = { pos: [], neg: [] };
const bare = (e: Expr): string | undefined => (e.kind === 'VarExpr' && e.path.length === 0 ? e.name : undefined);

function nullCompare(e: Expr): Facts | undefined {
  if (e.kind !== 'BinaryExpr') return undefined;
  const name = e.right.kind === 'NullLit' ? bare(e.left) : e.left.kind === 'NullLit' ? bare(e.right) : undefined;
  if (name === undefined) return undefined;
  if (e.op === '!=' || e.op === '!==') return { pos: [name], neg: [] };
  if (e.op === '==' || e.op === '===') return { pos: [], neg: [name] };
  return undefined;
}

/**
 * The null facts a condition establishes.
 * @example facts(parseExpr('$u != null')) // { pos: ['u'], neg: [] }
 */
export function facts(e: Expr): Facts {
  const cmp = nullCompare(e);
  if (cmp) return cmp;
  const name = bare(e);
  if (name !== undefined) return { pos: [name], neg: [] };
  if (e.kind === 'BacktickExpr') return facts(e.expr);
  if (e.kind === 'UnaryExpr' && e.op === '!') {
    const f = facts(e.operand);
    return { pos: f.neg, neg: f.pos };
  }
  if (e.kind === 'BinaryExpr' && (e.op === '==' || e.op === '===') && e.right.kind === 'BoolLit') {
    const f = facts(e.left);
    return e.right.value ? f : { pos: f.neg, neg: f.pos };
  }
  if (e.kind === 'FilterExpr' && (e.name === 'is_null' || e.name === 'is_empty') && e.operand) {
    const n = bare(e.operand);
    return n === undefined ? NONE : { pos: [], neg: [n] };
  }
  if (e.kind === 'BinaryExpr' && e.op === '&&') return { pos: [...facts(e.left).pos, ...facts(e.right).pos], neg: [] };
  if (e.kind === 'BinaryExpr' && e.op === '||') return { pos: [], neg: [...facts(e.left).neg, ...facts(e.right).neg] };
  return NONE;
}
