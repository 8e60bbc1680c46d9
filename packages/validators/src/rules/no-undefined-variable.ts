import { walk } from '@xac/xanoscript-dsl/ast';
import { defineRule } from '../define-rule.js';

// Seed bug 4 ("Missing var entry: authToken", "team1"): a variable used before any `var` or `as`
// defines it. One flat scope per object, flow-sensitive: defined on every path before the use, or
// only on some (a branch, a loop, a try) — then it may be missing at run time.

type Messages = 'undefined' | 'autoNamed' | 'maybe';

export default defineRule<Messages, object>({
  name: 'no-undefined-variable',
  meta: {
    type: 'problem',
    description: 'variables must be defined (by `var` or `as`) on every path before they are used',
    defaultSeverity: 'error',
    messages: {
      undefined: '`${{name}}` is used but never defined before this point ("Missing var entry: {{name}}")',
      autoNamed: '`${{name}}` is never defined before this point; it looks like an auto-named variable copied from another script ("Missing var entry: {{name}}")',
      maybe: '`${{name}}` is defined only on some paths before this point (a branch, a loop or a try); define it before, e.g. `var ${{name}} { value = null }`',
    },
  },
  defaultOptions: {},
  create(ctx) {
    // A `placeholder "…"` statement stands for one the export could not write (an addon, a plugin):
    // what it defines is unknown, so names never defined are not reported in that object.
    let opaque = false;
    if (ctx.object) walk(ctx.object, { enter: (n) => void (n.kind === 'GenericStmt' && n.name === 'placeholder' && (opaque = true)) });
    for (const [v, use] of ctx.scope().uses) {
      if (use.status === 'defined' || (opaque && use.status === 'undefined')) continue;
      const messageId = use.status === 'maybe' ? 'maybe' : /[a-z_]\d+$/i.test(v.name) ? 'autoNamed' : 'undefined';
      ctx.report({ messageId, node: v, data: { name: v.name } });
    }
  },
});
