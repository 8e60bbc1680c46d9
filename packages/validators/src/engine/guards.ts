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

/**
 * A test that guards a node. `holds`: true where the test is true at the node (an enclosing `if`,
 * `while`, ternary consequent, `&&` operand, precondition, `for` bound), false where it is known
 * false (an earlier `if` that returns or throws, a branch before an `else`, a ternary alternate, an
 * `||` operand), undefined where it was only tested earlier (`anyTest`).
 */
export interface Guard {
  readonly test: Node;
  readonly holds: boolean | undefined;
}

function earlier(list: readonly Node[], out: Guard[], anyTest: boolean): void {
  for (const s of list) {
    if (isAttrStmt(s) && s.kind === 'PreconditionStmt' && s.arg) out.push({ test: s.arg, holds: true });
    if (s.kind === 'ConditionalStmt') {
      for (const b of s.branches) {
        if (exits(b.body)) out.push({ test: b.test, holds: false });
        else if (anyTest) out.push({ test: b.test, holds: undefined });
      }
    }
  }
}

/**
 * The tests that guard a node, innermost first. With `anyTest`, the test of every earlier `if`
 * counts, not only one that returns or throws (a check that collects what is missing for a later
 * precondition).
 * @example guards(divisionNode, ctx).filter((g) => g.holds) // the tests true at the division
 */
export function guards(n: Node, ctx: GuardContext, anyTest = false): Guard[] {
  const parents = ctx.parents();
  const out: Guard[] = [];
  for (let child: Node = n, at = parents.get(n); at; child = at.parent, at = parents.get(at.parent)) {
    const p = at.parent;
    if ((p.kind === 'IfBranch' || p.kind === 'WhileStmt') && at.key === 'body') out.push({ test: p.test, holds: true });
    if (p.kind === 'TernaryExpr' && at.key !== 'test') out.push({ test: p.test, holds: at.key === 'consequent' });
    if (p.kind === 'BinaryExpr' && (p.op === '&&' || p.op === '||') && p.right === child) out.push({ test: p.left, holds: p.op === '&&' });
    if (p.kind === 'ForStmt' && at.key === 'body') out.push({ test: p.count, holds: true });
    if (p.kind === 'ConditionalStmt' && at.key === 'else') for (const b of p.branches) out.push({ test: b.test, holds: false });
    const list = (p as unknown as Record<string, unknown>)[at.key];
    if (Array.isArray(list) && at.key !== 'attrs') earlier((list as Node[]).slice(0, list.indexOf(child)), out, anyTest);
  }
  return out;
}

/**
 * Texts of the tests that guard a node (see `guards`).
 * @example guardTexts(divisionNode, ctx).some((g) => g.includes('$n')) // inside `if ($n > 0)`
 */
export function guardTexts(n: Node, ctx: GuardContext, anyTest = false): string[] {
  return guards(n, ctx, anyTest).map((g) => sourceOf(ctx.text, g.test));
}
