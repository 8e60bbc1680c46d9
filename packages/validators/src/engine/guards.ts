import type { Node } from '@xac/xanoscript-dsl/ast';
import { isAttrStmt, sourceOf, type ParentMap } from './ast-util.js';

// The tests that guard a node, as source text: rules ask whether one mentions the value they worry
// about (a divisor, a lookup value). Enclosing `if`/`while`/ternary tests and `&&`/`||` operands,
// the tests of the branches before an `else`, preconditions before it in the same stack, earlier
// `if`s that return or throw, and the bound of an enclosing `for ($n)` (its body runs only when
// $n ≥ 1).

/** What a guard search needs of a rule context. */
export interface GuardContext {
  readonly text: string;
  parents(): ParentMap;
}

const exits = (body: readonly Node[]): boolean => body.some((s) => s.kind === 'ReturnStmt' || s.kind === 'ThrowStmt');

function earlier(list: readonly Node[], ctx: GuardContext, out: string[], anyTest: boolean): void {
  for (const s of list) {
    if (isAttrStmt(s) && s.kind === 'PreconditionStmt' && s.arg) out.push(sourceOf(ctx.text, s.arg));
    if (s.kind === 'ConditionalStmt') for (const b of s.branches) if (anyTest || exits(b.body)) out.push(sourceOf(ctx.text, b.test));
  }
}

/**
 * Texts of the tests that guard a node. With `anyTest`, the test of every earlier `if` counts, not
 * only one that returns or throws (a check that collects what is missing for a later precondition).
 * @example guardTexts(divisionNode, ctx).some((g) => g.includes('$n')) // inside `if ($n > 0)`
 */
export function guardTexts(n: Node, ctx: GuardContext, anyTest = false): string[] {
  const parents = ctx.parents();
  const out: string[] = [];
  for (let child: Node = n, at = parents.get(n); at; child = at.parent, at = parents.get(at.parent)) {
    const p = at.parent;
    if ((p.kind === 'IfBranch' || p.kind === 'WhileStmt') && at.key === 'body') out.push(sourceOf(ctx.text, p.test));
    if (p.kind === 'TernaryExpr' && at.key !== 'test') out.push(sourceOf(ctx.text, p.test));
    if (p.kind === 'BinaryExpr' && (p.op === '&&' || p.op === '||') && p.right === child) out.push(sourceOf(ctx.text, p.left));
    if (p.kind === 'ForStmt' && at.key === 'body') out.push(sourceOf(ctx.text, p.count));
    if (p.kind === 'ConditionalStmt' && at.key === 'else') for (const b of p.branches) out.push(sourceOf(ctx.text, b.test));
    const list = (p as unknown as Record<string, unknown>)[at.key];
    if (Array.isArray(list) && at.key !== 'attrs') earlier((list as Node[]).slice(0, list.indexOf(child)), ctx, out, anyTest);
  }
  return out;
}
