import { node } from '@xac/xanoscript-dsl/ast';
import { inCatch } from '../engine/ast-util.js';
import { defineRule } from '../define-rule.js';

// Seed function 8069: `var $status` inside a catch for a name defined before the try — `var.update`
// was meant. XanoScript has no block scope (docs/lint.md, "Variables"): a `var` of an existing name
// anywhere behaves as `var.update`, which the corpus uses on purpose in branches and loops, so only
// the 8069 shape is reported: a re-declaration inside `catch` of a value defined before the try,
// where the reader (and the author of 8069) takes it for a fresh local while it overwrites the value
// the rest of the script reads. Fix: `var.update` — the same statement by those semantics, so the
// fix keeps behaviour and only says what happens.

export default defineRule<'redeclare', object>({
  name: 'no-redeclare',
  meta: {
    type: 'suggestion',
    description: 'a `var` inside a catch for a name defined before the try overwrites it (no block scope): write `var.update`',
    fixable: 'code',
    fixKeepsBehaviour: true,
    defaultSeverity: 'warning',
    messages: {
      redeclare: '`${{name}}` is defined before the try; this `var` in the catch does not make a new local, it overwrites it (there is no block scope): write `var.update ${{name}}`',
    },
  },
  defaultOptions: {},
  create(ctx) {
    for (const { stmt, name } of ctx.scope().redeclares) {
      if (!inCatch(stmt, ctx.parents())) continue;
      const fixed = node({ ...stmt, kind: 'VarUpdateStmt' as const });
      ctx.report({ messageId: 'redeclare', node: stmt, data: { name }, fix: { kind: 'replace', node: stmt, with: fixed } });
    }
  },
});
