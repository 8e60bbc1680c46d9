import type { BinaryExpr, Expr, FieldDecl } from '@xac/xanoscript-dsl/ast';
import { node, walk } from '@xac/xanoscript-dsl/ast';
import { defineRule } from '../define-rule.js';
import { fieldsByName, locAt, unwrapFilters } from '../engine/ast-util.js';

// Seed bug 7 (CLAUDE.md gotcha): `+` adds numbers; text is joined with `~`. Suggestion: `~` (it
// changes what the expression gives, so never an automatic fix).

const TEXT_FILTERS = new Set([
  'to_text', 'trim', 'ltrim', 'rtrim', 'to_lower', 'to_upper', 'capitalize', 'substr', 'replace', 'concat', 'sprintf',
  'format_timestamp', 'json_encode', 'url_encode', 'base64_encode', 'md5', 'sha256', 'join', 'strip_html', 'uuid', 'create_uid',
]);
const TEXT_TYPES = new Set(['text', 'email', 'password']);

function isText(e: Expr, inputs: ReadonlyMap<string, FieldDecl>): boolean {
  if (e.kind === 'StringLit') return true;
  if (e.kind === 'BinaryExpr') return e.op === '~' || (e.op === '+' && (isText(e.left, inputs) || isText(e.right, inputs)));
  if (e.kind === 'FilterExpr') return TEXT_FILTERS.has(e.name);
  const { base } = unwrapFilters(e);
  if (base.kind === 'VarExpr' && base.name === 'input' && base.path.length === 1 && base.path[0]?.kind === 'PropAccess') {
    return TEXT_TYPES.has(inputs.get(base.path[0].name)?.type ?? '');
  }
  return false;
}

export default defineRule<'plus' | 'useTilde', object>({
  name: 'no-plus-string-concat',
  meta: {
    type: 'problem',
    description: '`+` on text adds numbers; join text with `~`',
    hasSuggestions: true,
    defaultSeverity: 'error',
    messages: {
      plus: '`+` on text: XanoScript joins text with `~` (`"a" ~ $b`)',
      useTilde: 'join with `~` (the script then joins the text instead of adding)',
    },
  },
  defaultOptions: {},
  create(ctx) {
    const o = ctx.object;
    if (!o) return;
    const inputs = fieldsByName(o.input);
    walk(o, {
      enter(n) {
        if (n.kind !== 'BinaryExpr' || n.op !== '+' || !(isText(n.left, inputs) || isText(n.right, inputs))) return;
        const from = n.left.loc?.end.offset ?? -1;
        const at = from < 0 ? -1 : ctx.text.indexOf('+', from);
        const fixed: BinaryExpr = node({ ...n, op: '~' });
        ctx.report({ messageId: 'plus', node: n, ...(at >= 0 ? { loc: locAt(ctx.text, at, 1) } : {}), suggest: [{ messageId: 'useTilde', fix: { kind: 'replace', node: n, with: fixed } }] });
      },
    });
  },
});
