import type { FilterExpr } from '@xac/xanoscript-dsl/ast';
import { node, walk } from '@xac/xanoscript-dsl/ast';
import { defineRule } from '../define-rule.js';

// The docs (syntax.md "Parentheses and Filter Precedence"): a filter chain written bare before an
// operator, `$arr|count == 0`, may be read by Xano with the operator inside the filter's argument.
// xac reads it filter first; the parser marks it (FilterExpr.bare) and this rule reports it. Adding
// the parentheses would pin the reading xac uses, which may not be the one Xano runs: a suggestion,
// never a fix.

export default defineRule<'bare' | 'wrap', object>({
  name: 'filter-operator-precedence',
  meta: {
    type: 'problem',
    description: 'a filter written without parentheses before an operator (`$a|count == 0`) is ambiguous; wrap it: `($a|count) == 0`',
    hasSuggestions: true,
    defaultSeverity: 'warning',
    messages: {
      bare: '`|{{name}}` is followed by an operator without parentheses; the docs warn Xano may read the operator into the filter',
      wrap: 'wrap the filtered value in parentheses',
    },
  },
  defaultOptions: {},
  create(ctx) {
    walk(ctx.doc, {
      enter(n) {
        if (n.kind !== 'FilterExpr' || n.bare !== true) return;
        const { bare: _bare, ...rest } = n;
        const wrapped: FilterExpr = node(rest);
        ctx.report({ messageId: 'bare', node: n, data: { name: n.name }, suggest: [{ messageId: 'wrap', fix: { kind: 'replace', node: n, with: wrapped } }] });
      },
    });
  },
});
