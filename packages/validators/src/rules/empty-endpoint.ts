import { defineRule } from '../define-rule.js';

// Seed bug 12 (endpoint 17495 test-skyslope-account-users-sync): an endpoint whose stack does
// nothing, or whose response is null, passes deploy and answers nothing useful.

export default defineRule<'emptyStack' | 'nullResponse', object>({
  name: 'empty-endpoint',
  meta: {
    type: 'problem',
    description: 'an API endpoint (query) must have statements in its stack and a response that is not null',
    defaultSeverity: 'warning',
    messages: {
      emptyStack: 'endpoint `{{verb}} {{name}}` has an empty stack: it does nothing',
      nullResponse: 'endpoint `{{verb}} {{name}}` responds with null: return what it did (e.g. `{success, data, error, step}`)',
    },
  },
  defaultOptions: {},
  create(ctx) {
    const o = ctx.object;
    if (o?.kind !== 'QueryDecl') return;
    const data = { name: o.name, verb: o.verb };
    if ((o.stack ?? []).every((s) => s.kind === 'Comment')) ctx.report({ messageId: 'emptyStack', node: o, data });
    if (o.response === undefined || o.response.kind === 'NullLit') ctx.report({ messageId: 'nullResponse', node: o.response ?? o, data });
  },
});
