import type { Expr, ObjectExpr } from '@xac/xanoscript-dsl/ast';
import { str } from '@xac/xanoscript-dsl/ast';
import { defineRule, type RuleContext } from '../define-rule.js';
import { attrOf, unwrapFilters, walkLive } from '../engine/ast-util.js';
import { skipShapeExpr } from '../skip-shape.js';

// domain.md §7 pattern 18 (8062 and 8118 answered an empty queue in different shapes): a branch
// that tests a list for emptiness and returns `success: false`. Nothing failed — there was nothing
// to do — so callers and validators that count failures count a skip. The project's one skip shape
// is `{success: true, skipped: true, reason, step}` (src/skip-shape.ts, shared with the run-time
// validators). The suggestion returns it, keeping the branch's message as the reason and its step.

type Messages = 'failureOnEmpty' | 'useSkip';
type Ctx = RuleContext<Messages, object>;

const unparen = (e: Expr): Expr => (e.kind === 'BacktickExpr' ? unparen(e.expr) : e);
const isCount = (e: Expr): boolean => {
  const { filters } = unwrapFilters(unparen(e));
  return filters[filters.length - 1] === 'count';
};
const num = (e: Expr, ...values: number[]): boolean => e.kind === 'NumberLit' && values.includes(Number(e.value));

/** `$q|count == 0`, `($q|count) < 1`, `$q|count <= 0`, `$q|is_empty`, `($q|is_empty) == true`. */
function isEmptinessTest(t: Expr): boolean {
  const e = unparen(t);
  const last = unwrapFilters(e).filters.at(-1);
  if (e.kind === 'FilterExpr') return last === 'is_empty';
  if (e.kind !== 'BinaryExpr') return false;
  if ((e.op === '==' || e.op === '===') && isCount(e.left)) return num(e.right, 0);
  if (e.op === '<' && isCount(e.left)) return num(e.right, 1);
  if (e.op === '<=' && isCount(e.left)) return num(e.right, 0);
  return (e.op === '==' || e.op === '===') && unwrapFilters(unparen(e.left)).filters.at(-1) === 'is_empty' && e.right.kind === 'BoolLit' && e.right.value;
}

const entry = (o: ObjectExpr, key: string): Expr | undefined => o.entries.find((x) => x.key === key && !x.disabled)?.value;

function check(value: Expr | undefined, ctx: Ctx, name: string): void {
  if (value?.kind !== 'ObjectExpr') return;
  const success = value.entries.find((x) => x.key === 'success' && !x.disabled);
  if (success?.value.kind !== 'BoolLit' || success.value.value) return;
  const reason = entry(value, 'reason') ?? entry(value, 'error') ?? entry(value, 'message') ?? str('nothing to process');
  const fixed = skipShapeExpr(reason, entry(value, 'step') ?? str(name));
  ctx.report({ messageId: 'failureOnEmpty', node: success, suggest: [{ messageId: 'useSkip', fix: { kind: 'replace', node: value, with: fixed } }] });
}

export default defineRule<Messages, object>({
  name: 'empty-queue-skip',
  meta: {
    type: 'problem',
    description: 'an empty queue is a skip, not a failure: return `{success: true, skipped: true, reason, step}`',
    hasSuggestions: true,
    defaultSeverity: 'warning',
    messages: {
      failureOnEmpty: 'this branch finds an empty list and returns `success: false`: nothing failed, so callers count a failure that is a skip; return the skip shape `{success: true, skipped: true, reason, step}`',
      useSkip: 'return the skip shape (callers then see success with `skipped: true`)',
    },
  },
  defaultOptions: {},
  create(ctx) {
    const o = ctx.object;
    if (!o) return;
    const name = 'name' in o && typeof o.name === 'string' ? o.name : '';
    walkLive(o, (n) => {
      if (n.kind !== 'IfBranch' || !isEmptinessTest(n.test)) return;
      for (const s of n.body) if (s.kind === 'ReturnStmt') check(attrOf(s, 'value'), ctx, name);
    });
  },
});
