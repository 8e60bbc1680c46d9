import type { Expr } from '@xac/xanoscript-dsl/ast';
import { walk } from '@xac/xanoscript-dsl/ast';
import { defineRule } from '../define-rule.js';
import { isAttrStmt, unwrapFilters } from '../engine/ast-util.js';

// reference §2.3 / §7.22: `$response`, `$output`, `$input`, `$auth`, `$env`, `$db`, `$this`, `$result`,
// `$index` cannot be declared; the newer validator rejects them (corpus authors hit `$result`).

const RESERVED = new Set(['response', 'output', 'input', 'auth', 'env', 'db', 'this', 'result', 'index']);

const declared = (e: Expr | undefined) => {
  const base = e === undefined ? undefined : unwrapFilters(e).base;
  return base?.kind === 'VarExpr' && base.path.length === 0 && RESERVED.has(base.name) ? base : undefined;
};

export default defineRule<'reserved', object>({
  name: 'no-reserved-variable',
  meta: {
    type: 'problem',
    description: 'reserved names ($response, $input, $env, $auth, $db, $result, …) cannot be declared',
    defaultSeverity: 'error',
    messages: { reserved: '`${{name}}` is a reserved name and cannot be declared; rename it (e.g. `${{name}}_value`)' },
  },
  defaultOptions: {},
  create(ctx) {
    if (!ctx.object) return;
    walk(ctx.object, {
      enter(n) {
        const targets: Array<Expr | undefined> = [];
        if (n.kind === 'VarStmt') targets.push(n.target);
        if (isAttrStmt(n)) targets.push(n.as);
        if (n.kind === 'ForeachStmt') targets.push(n.item);
        if (n.kind === 'ForStmt') targets.push(n.index);
        for (const t of targets) {
          const v = declared(t);
          if (v) ctx.report({ messageId: 'reserved', node: v, data: { name: v.name } });
        }
      },
    });
  },
});
