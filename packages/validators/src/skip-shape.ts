import type { Expr, ObjectExpr } from '@xac/xanoscript-dsl/ast';
import { node } from '@xac/xanoscript-dsl/ast';

// The project's one shape for "nothing to do" (domain.md §7 pattern 18): a function that finds an
// empty queue did not fail, it skipped. `{success: true, skipped: true, reason, step}` — one place,
// shared by the lint rule `empty-queue-skip` and by the validators that check results at run time
// (which count a skip as `skipped`, never as a pass or a failure).

/** A skip: success (nothing failed), marked skipped, with why and where. */
export interface SkipResult {
  readonly success: true;
  readonly skipped: true;
  readonly reason: string;
  readonly step: string;
}

/** The keys of the skip shape, in their canonical order. */
export const SKIP_KEYS = ['success', 'skipped', 'reason', 'step'] as const;

/**
 * Whether a value (a parsed response, a function result) is the skip shape.
 * @example isSkipResult({ success: true, skipped: true, reason: 'no jobs', step: 'claim' }) // true
 */
export function isSkipResult(x: unknown): x is SkipResult {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return r['success'] === true && r['skipped'] === true && typeof r['reason'] === 'string' && typeof r['step'] === 'string';
}

/**
 * The skip shape as XanoScript (for fixes and generated code): `{success: true, skipped: true, reason: …, step: …}`.
 * @example print(skipShapeExpr(str('no jobs'), str('claim'))) // str from @xac/xanoscript-dsl/ast
 */
export function skipShapeExpr(reason: Expr, step: Expr): ObjectExpr {
  const bool = (value: boolean): Expr => node({ kind: 'BoolLit', value });
  const entry = (key: string, value: Expr) => node({ kind: 'ObjectEntry' as const, key, value });
  return node({ kind: 'ObjectExpr', entries: Object.freeze([entry('success', bool(true)), entry('skipped', bool(true)), entry('reason', reason), entry('step', step)]) });
}

