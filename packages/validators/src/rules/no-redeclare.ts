import { node } from '@xac/xanoscript-dsl/ast';
import { defineRule } from '../define-rule.js';

// Seed function 8069: `var $status` inside a catch for a name defined before the try — `var.update`
// was meant. Variables have one flat scope per object; a nested `var` for a name already defined on
// every path reads as a new local but overwrites. Re-declaring at the same level is legal and not
// reported. Fix: `var.update` (same value).

export default defineRule<'redeclare', object>({
  name: 'no-redeclare',
  meta: {
    type: 'suggestion',
    description: 'a `var` inside a catch, branch or loop for a name already defined before it should be `var.update`',
    fixable: 'code',
    defaultSeverity: 'warning',
    messages: {
      redeclare: '`${{name}}` is already defined before this block; `var` here re-declares it (there is no block scope): use `var.update ${{name}}`',
    },
  },
  defaultOptions: {},
  create(ctx) {
    for (const { stmt, name } of ctx.scope().redeclares) {
      const fixed = node({ ...stmt, kind: 'VarUpdateStmt' as const });
      ctx.report({ messageId: 'redeclare', node: stmt, data: { name }, fix: { kind: 'replace', node: stmt, with: fixed } });
    }
  },
});
