import type { AttrStmt, Expr, Node } from '@xac/xanoscript-dsl/ast';
import { walk } from '@xac/xanoscript-dsl/ast';
import { defineRule } from '../define-rule.js';

// Seed bug 2 (8140 `$lifecycle_open_result.transactions_updated`, 8091 `$transform_result.people`):
// dot paths on untyped results — function.run, api.request, json_decode — stop the request with
// "Unable to locate var" when a key is missing. Read them with `|get:"key":default`.

const SOURCES: Readonly<Record<string, string>> = { FunctionRunStmt: 'function.run', ApiRequestStmt: 'api.request' };

function boundName(e: Expr | undefined): string | undefined {
  return e?.kind === 'VarExpr' && e.path.length === 0 ? e.name : undefined;
}

/** Variables holding untyped data in this object, with where the data came from. */
function untypedVars(root: Node): Map<string, string> {
  const out = new Map<string, string>();
  walk(root, {
    enter(n) {
      const source = SOURCES[n.kind];
      const name = source ? boundName((n as AttrStmt).as) : undefined;
      if (source && name) out.set(name, source);
      if (n.kind === 'VarStmt') {
        const v = n.attrs.find((a) => a.name === 'value')?.value;
        const name2 = boundName(n.target);
        if (name2 && v?.kind === 'FilterExpr' && v.name === 'json_decode') out.set(name2, 'json_decode');
      }
    },
  });
  return out;
}

export default defineRule({
  name: 'no-unsafe-result-access',
  meta: {
    type: 'problem',
    description: 'untyped results (function.run, api.request, json_decode) must be read with `|get:"key":default`, not dot paths',
    defaultSeverity: 'error',
    messages: {
      dotPath: '`${{name}}.{{path}}` reads the {{source}} result with dots; a missing key stops the request ("Unable to locate var"): use `$' +
        '{{name}}|get:"{{first}}":…` with a default',
    },
  },
  create(ctx) {
    const o = ctx.doc.object;
    if (o.kind === 'RawDecl') return;
    const untyped = untypedVars(o);
    walk(o, {
      enter(n) {
        if (n.kind !== 'VarExpr' || n.path[0]?.kind !== 'PropAccess') return;
        const source = untyped.get(n.name);
        if (source === undefined) return;
        const path = n.path.map((p) => (p.kind === 'PropAccess' ? p.name : '[…]')).join('.');
        ctx.report({ messageId: 'dotPath', node: n, data: { name: n.name, path, source, first: n.path[0].name } });
      },
    });
  },
});
