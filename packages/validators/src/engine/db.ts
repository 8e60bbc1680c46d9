import type { AttrStmt, Expr, StringLit, VarExpr } from '@xac/xanoscript-dsl/ast';
import { isLookup, walk } from '@xac/xanoscript-dsl/ast';
import { attrOf } from './ast-util.js';

// What db statements touch: the lookup column, the data keys, the `$db.table.col` columns of a where.

// Which statements look a row up or write one is the catalogue's fact (isLookup, isWrite).

/** `field_name = "col"` of a lookup. */
export function lookupField(s: AttrStmt): StringLit | undefined {
  if (!isLookup(s)) return undefined;
  const f = attrOf(s, 'field_name');
  return f?.kind === 'StringLit' ? f : undefined;
}

/** `$db.table.col` references in an expression (where, additional_where). */
export function dbColumns(e: Expr | undefined): Array<{ node: VarExpr; table: string; column: string }> {
  const out: Array<{ node: VarExpr; table: string; column: string }> = [];
  if (e === undefined) return out;
  walk(e, {
    enter(n) {
      if (n.kind !== 'VarExpr' || n.name !== 'db') return;
      const [t, c] = n.path;
      if (t?.kind === 'PropAccess' && c?.kind === 'PropAccess') out.push({ node: n, table: t.name, column: c.name });
    },
  });
  return out;
}
