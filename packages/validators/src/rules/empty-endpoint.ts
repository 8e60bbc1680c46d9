import { defineRule } from '../define-rule.js';
import { hasEffect } from '../engine/effects.js';

// Seed bug 12 (endpoint 17495 test-skyslope-account-users-sync): an endpoint whose stack does
// nothing, or that computes values and answers null, passes deploy and answers nothing useful.
// A null response after a write or a call is Xano's own CRUD shape (a DELETE that answers null)
// and is left alone: the endpoint did its work (hand-read sample, docs/lint.md).

export default defineRule<'emptyStack' | 'nullResponse', object>({
  name: 'empty-endpoint',
  meta: {
    type: 'problem',
    description: 'an API endpoint (query) must have statements in its stack, and one that only reads must not respond null',
    defaultSeverity: 'warning',
    messages: {
      emptyStack: 'endpoint `{{verb}} {{name}}` has an empty stack: it does nothing',
      nullResponse: 'endpoint `{{verb}} {{name}}` only reads and responds with null: what it computed is thrown away; return it (e.g. `{success, data, error, step}`)',
    },
  },
  defaultOptions: {},
  create(ctx) {
    const o = ctx.object;
    if (o?.kind !== 'QueryDecl') return;
    const data = { name: o.name, verb: o.verb };
    const stack = (o.stack ?? []).filter((s) => s.kind !== 'Comment' && !('disabled' in s && s.disabled));
    if (stack.length === 0) return ctx.report({ messageId: 'emptyStack', node: o, data });
    if ((o.response === undefined || o.response.kind === 'NullLit') && !hasEffect(stack)) {
      ctx.report({ messageId: 'nullResponse', node: o.response ?? o, data });
    }
  },
});
