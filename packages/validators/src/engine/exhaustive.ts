import type { Expr } from '@xac/xanoscript-dsl/ast';

// Whether an if/elseif chain without `else` still covers every case: the corpus writes
// `if ($input.a) … elseif ($input.b) … elseif ($input.a == false && $input.b == false) …`, where the
// last test is exactly "none of the earlier flags". Then some branch always runs, as with an else.

interface Literal {
  readonly key: string;
  readonly value: boolean;
}

/** `$x.a`, `$x.a == true`, `$x.a == false`, `!$x.a` (maybe in parentheses) as a flag and its value. */
function literal(e: Expr): Literal | undefined {
  if (e.kind === 'BacktickExpr') return literal(e.expr);
  if (e.kind === 'VarExpr') return { key: [e.name, ...e.path.map((p) => (p.kind === 'PropAccess' ? p.name : '[]'))].join('.'), value: true };
  if (e.kind === 'UnaryExpr' && e.op === '!') {
    const l = literal(e.operand);
    return l && { key: l.key, value: !l.value };
  }
  if (e.kind === 'BinaryExpr' && (e.op === '==' || e.op === '===') && e.right.kind === 'BoolLit') {
    const l = literal(e.left);
    return l && { key: l.key, value: l.value === e.right.value };
  }
  return undefined;
}

function conjuncts(e: Expr): Expr[] {
  return e.kind === 'BinaryExpr' && e.op === '&&' ? [...conjuncts(e.left), ...conjuncts(e.right)] : [e];
}

/**
 * True when the last test is the conjunction of the negations of every earlier (single-flag) test.
 * @example exhaustive([parseExpr('$input.a'), parseExpr('$input.a == false')]) // true
 */
export function exhaustive(tests: readonly Expr[]): boolean {
  if (tests.length < 2) return false;
  const earlier = tests.slice(0, -1).map(literal);
  const last = conjuncts(tests[tests.length - 1] as Expr).map(literal);
  if (earlier.some((l) => l === undefined) || last.some((l) => l === undefined) || last.length !== earlier.length) return false;
  return earlier.every((l) => last.some((m) => m?.key === l?.key && m?.value !== l?.value));
}
