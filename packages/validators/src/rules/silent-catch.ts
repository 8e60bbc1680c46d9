import type { Node, ObjectDecl, Stmt, TryCatchStmt } from '@xac/xanoscript-dsl/ast';
import { walk } from '@xac/xanoscript-dsl/ast';
import { defineRule } from '../define-rule.js';
import { isAttrStmt, unwrapFilters } from '../engine/ast-util.js';

// Seed bugs 9 and 10 (8072, 8071, 8060): a catch that logs the error (or nothing) while the
// response still says success. The catch must rethrow, return, or set something the response reads.

type Messages = 'silent' | 'empty';

function namesIn(n: Node | undefined, out = new Set<string>()): Set<string> {
  if (n) walk(n, { enter: (x) => void (x.kind === 'VarExpr' && out.add(x.name)) });
  return out;
}

/** Variables the object's result reads: the response and every `return` value. */
function resultNames(o: ObjectDecl): Set<string> {
  const out = namesIn(o.response);
  for (const s of o.stack ?? []) walk(s, { enter: (x) => void (x.kind === 'ReturnStmt' && namesIn(x, out)) });
  return out;
}

function surfaces(body: readonly Stmt[], names: ReadonlySet<string>): boolean {
  let found = false;
  for (const s of body) {
    walk(s, {
      enter(n) {
        if (n.kind === 'ThrowStmt' || n.kind === 'ReturnStmt') found = true;
        if (!isAttrStmt(n)) return;
        for (const t of [n.kind === 'DebugLogStmt' ? undefined : n.target, n.as]) {
          const base = t === undefined ? undefined : unwrapFilters(t).base;
          if (base?.kind === 'VarExpr' && names.has(base.name)) found = true;
        }
      },
    });
  }
  return found;
}

export default defineRule<Messages, object>({
  name: 'silent-catch',
  meta: {
    type: 'problem',
    description: 'a catch must surface the error: rethrow, return, or set a variable the response reads',
    defaultSeverity: 'warning',
    messages: {
      silent: 'this catch neither rethrows, returns nor sets anything the response reads: callers see success when it fails (set an error flag used in the response)',
      empty: 'empty catch: the error is swallowed',
    },
  },
  defaultOptions: {},
  create(ctx) {
    const o = ctx.object;
    if (!o) return;
    const names = resultNames(o);
    const hasResult = o.response !== undefined && o.response.kind !== 'NullLit';
    walk(o, {
      enter(n) {
        if (n.kind !== 'TryCatchStmt') return;
        const t: TryCatchStmt = n;
        const caught = t.catch ?? [];
        if (caught.every((s) => s.kind === 'Comment')) ctx.report({ messageId: 'empty', node: t });
        else if (hasResult && !surfaces(caught, names)) ctx.report({ messageId: 'silent', node: t });
      },
    });
  },
});
