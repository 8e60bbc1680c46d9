import type { AttrStmt, Expr, Node } from '@xac/xanoscript-dsl/ast';
import { walk } from '@xac/xanoscript-dsl/ast';
import { defineRule } from '../define-rule.js';
import { attrOf, inCatch } from '../engine/ast-util.js';

// Seed 8060 and 8066 (domain.md §7, pattern 10): inside a catch, a `throw` (or a failing
// precondition) whose message is empty — an empty text, no message at all, or `$error.message`,
// which is empty or missing for some errors — so the caller and the logs learn nothing. Read the
// message with `$error|get:"message":"<what failed>"`.

type Messages = 'empty' | 'bareError';

/** The attribute that carries the message: `value` of a throw, `error` of a precondition. */
const MESSAGE_ATTR: Readonly<Record<string, string>> = { ThrowStmt: 'value', PreconditionStmt: 'error' };

/** `$error.message` read with dots (no default), anywhere in the message expression. */
function bareErrorMessage(e: Expr): Node | undefined {
  let found: Node | undefined;
  walk(e, {
    enter(n) {
      if (found) return false;
      if (n.kind === 'VarExpr' && n.name === 'error' && n.path[0]?.kind === 'PropAccess' && n.path[0].name === 'message') found = n;
      return undefined;
    },
  });
  return found;
}

const emptyText = (e: Expr | undefined): boolean => e === undefined || (e.kind === 'StringLit' && e.value.trim() === '') || e.kind === 'NullLit';

export default defineRule<Messages, object>({
  name: 'empty-error-message',
  meta: {
    type: 'problem',
    description: 'a throw or precondition inside a catch needs a message: not empty, and `$error` read with `|get:"message":default`',
    defaultSeverity: 'warning',
    messages: {
      empty: 'this {{what}} in a catch has an empty message: say what failed (e.g. `"Loading contributions failed: " ~ ($error|get:"message":"unknown error")`)',
      bareError: '`$error.message` may be empty or missing for some errors: read it with `$error|get:"message":"<what failed>"`',
    },
  },
  defaultOptions: {},
  create(ctx) {
    if (!ctx.object) return;
    const parents = ctx.parents();
    walk(ctx.object, {
      enter(n) {
        const attr = MESSAGE_ATTR[n.kind];
        if (attr === undefined || !inCatch(n, parents)) return;
        const s = n as AttrStmt;
        const what = n.kind === 'ThrowStmt' ? 'throw' : 'precondition';
        const message = attrOf(s, attr);
        if (emptyText(message)) return void ctx.report({ messageId: 'empty', node: s, data: { what } });
        const bare = message ? bareErrorMessage(message) : undefined;
        if (bare) ctx.report({ messageId: 'bareError', node: bare });
      },
    });
  },
});
