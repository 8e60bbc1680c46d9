import type { Stmt, TryCatchStmt } from '@xac/xanoscript-dsl/ast';
import { defineRule } from '../define-rule.js';
import { isAttrStmt, isDisabled, unwrapFilters, walkLive } from '../engine/ast-util.js';
import { hasEffect } from '../engine/effects.js';
import { resultFlow } from '../engine/flow.js';

// Seed bugs 9 and 10 (8072, 8071, 8060): a catch that logs the error (or nothing) while the
// response still says success. The catch must rethrow, return, or set something that reaches the
// response — directly or through the variables the response is built from (engine/flow.ts).
// Left alone (hand-read sample, docs/lint.md): a catch that holds a comment (the author says why
// the error is ignored, as ESLint's no-empty allows), and a try that only reads — its variables keep
// the fallbacks set before it, and nothing the caller asked for was lost.

type Messages = 'silent' | 'empty';

function surfaces(body: readonly Stmt[], names: ReadonlySet<string>): boolean {
  let found = false;
  for (const s of body) {
    walkLive(s, (n) => {
      if (n.kind === 'ThrowStmt' || n.kind === 'ReturnStmt') found = true;
      if (!isAttrStmt(n)) return;
      for (const t of [n.kind === 'DebugLogStmt' ? undefined : n.target, n.as]) {
        const base = t === undefined ? undefined : unwrapFilters(t).base;
        if (base?.kind === 'VarExpr' && names.has(base.name)) found = true;
      }
    });
  }
  return found;
}

export default defineRule<Messages, object>({
  name: 'silent-catch',
  meta: {
    type: 'problem',
    description: 'a catch must surface the error: rethrow, return, or set a variable the response is built from',
    defaultSeverity: 'warning',
    messages: {
      silent: 'this catch neither rethrows, returns nor sets anything the response is built from: callers see success when it fails (set an error flag used in the response)',
      empty: 'empty catch: the error is swallowed (handle it, or say why in a comment inside the catch)',
    },
  },
  defaultOptions: {},
  create(ctx) {
    const o = ctx.object;
    if (!o) return;
    let names: Set<string> | undefined;
    const hasResult = o.response !== undefined && o.response.kind !== 'NullLit';
    walkLive(o, (n) => {
      if (n.kind !== 'TryCatchStmt') return;
      const t: TryCatchStmt = n;
      const caught = t.catch ?? [];
      if (caught.some((s) => s.kind === 'Comment')) return;
      if (caught.every(isDisabled)) return ctx.report({ messageId: 'empty', node: t });
      if (!hasResult || !hasEffect(t.try)) return;
      names ??= resultFlow(o);
      if (!surfaces(caught, names)) ctx.report({ messageId: 'silent', node: t });
    });
  },
});
