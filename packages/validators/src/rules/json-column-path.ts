import type { Expr, VarExpr } from '@xac/xanoscript-dsl/ast';
import { varRef } from '@xac/xanoscript-dsl/ast';
import { defineRule, type RuleContext } from '../define-rule.js';
import { EMPTY_OBJECT, NULL, safeGet } from '../engine/build.js';
import type { UseInfo } from '../engine/scope.js';

// domain.md §7 pattern 3 ("Unable to locate var: data.propertyState"): a dot path into a `json`
// column of a row — `$row.meta.state`, including a row of `foreach` over a `db.query`. A json
// column has no schema: any key may be missing, and a dot path to a missing key stops the request.
// The suggestion reads it with `|get` and a default (a missing key then gives the default, which
// changes what the script does, so it is never a plain fix).

type Messages = 'jsonPath' | 'useGet';
type Ctx = RuleContext<Messages, object>;

const JSON_TYPES = new Set(['json']);
const ROWS = new Set(['db.get', 'db.row']);

function jsonColumn(v: VarExpr, u: UseInfo, ctx: Ctx): { table: string; column: string } | undefined {
  const b = u.binding;
  const first = v.path[0];
  if (!b || b.target === undefined || first?.kind !== 'PropAccess' || v.path.length < 2) return undefined;
  if (!(ROWS.has(b.source) || (b.source === 'db.query' && b.single === true))) return undefined;
  const f = ctx.workspace.tables.get(b.target)?.columns.get(first.name);
  return f && JSON_TYPES.has(f.type) ? { table: b.target, column: first.name } : undefined;
}

/** `$row.meta.a.b` → `$row.meta|get:"a":({})|get:"b":null`. */
function fixFor(v: VarExpr): Expr | undefined {
  if (v.path.some((p) => p.kind !== 'PropAccess')) return undefined;
  const [col, ...keys] = v.path.map((p) => (p.kind === 'PropAccess' ? p.name : ''));
  let out: Expr = varRef(v.name, col ?? '');
  keys.forEach((k, i) => (out = safeGet(out, k, i === keys.length - 1 ? NULL : EMPTY_OBJECT)));
  return out;
}

export default defineRule<Messages, object>({
  name: 'json-column-path',
  meta: {
    type: 'problem',
    description: 'a dot path into a json column of a row must be read with `|get` and a default',
    hasSuggestions: true,
    defaultSeverity: 'warning',
    messages: {
      jsonPath: '`${{name}}.{{path}}` reads `{{key}}` inside the json column `{{table}}.{{column}}`, which has no schema: a missing key stops the request ("Unable to locate var"); use `|get:"{{key}}":default`',
      useGet: 'read it with `|get` and a default (the default is used when the key is missing)',
    },
  },
  defaultOptions: {},
  create(ctx) {
    if (!ctx.object) return;
    const parents = ctx.parents();
    for (const [v, u] of ctx.scope().uses) {
      const at = parents.get(v);
      if (at?.key === 'target' || at?.key === 'as') continue;
      const col = jsonColumn(v, u, ctx);
      if (!col) continue;
      const names = v.path.map((p) => (p.kind === 'PropAccess' ? p.name : '[…]'));
      const fixed = fixFor(v);
      const data = { name: v.name, path: names.join('.'), key: names[1] ?? '', ...col };
      ctx.report({ messageId: 'jsonPath', node: v, data, suggest: fixed ? [{ messageId: 'useGet', fix: { kind: 'replace', node: v, with: fixed } }] : [] });
    }
  },
});
