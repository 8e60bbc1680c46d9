import { walk } from '@xac/xanoscript-dsl/ast';
import { defineRule } from '../define-rule.js';

// DESIGN "Escape hatches": raw.stmt(), raw.expr() and raw.object() carry XanoScript the DSL cannot
// express; lint notes each one so they get replaced as the DSL grows.

const WHAT: Readonly<Record<string, string>> = { RawStmt: 'statement', RawExpr: 'expression', RawDecl: 'object' };

export default defineRule<'raw', object>({
  name: 'no-escape-hatch',
  meta: {
    type: 'suggestion',
    description: 'raw escape hatches (raw statements, expressions and objects) are not checked by the other rules',
    defaultSeverity: 'warning',
    messages: { raw: 'raw {{what}} (an escape hatch): its text is not checked by lint; express it with the DSL when it can' },
  },
  defaultOptions: {},
  create(ctx) {
    walk(ctx.doc, {
      enter(n) {
        const what = WHAT[n.kind];
        if (what) ctx.report({ messageId: 'raw', node: n, data: { what } });
      },
    });
  },
});
