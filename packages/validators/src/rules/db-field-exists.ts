import type { AttrStmt } from '@xac/xanoscript-dsl/ast';
import { isWrite, targetsTable } from '@xac/xanoscript-dsl/ast';
import { defineRule, type RuleContext } from '../define-rule.js';
import { attrOf, isAttrStmt, tableOf, walkLive } from '../engine/ast-util.js';
import { dbColumns, lookupField } from '../engine/db.js';

// Schema-aware db checks: the lookup `field_name`, the `data` keys of writes and the `$db.t.col`
// columns of a where must exist in the table's schema (tables known to the workspace only).

type Messages = 'lookupField' | 'dataKey' | 'whereColumn';
type Ctx = RuleContext<Messages, object>;

function check(s: AttrStmt, ctx: Ctx): void {
  const table = tableOf(s);
  const info = table === undefined ? undefined : ctx.workspace.tables.get(table);
  if (!info || table === undefined) return;
  const has = (c: string) => info.columns.has(c);
  const field = lookupField(s);
  if (field && !has(field.value)) ctx.report({ messageId: 'lookupField', node: field, data: { table, column: field.value } });
  const data = isWrite(s) ? attrOf(s, 'data') : undefined;
  if (data?.kind === 'ObjectExpr') {
    for (const e of data.entries) if (!e.disabled && !has(e.key)) ctx.report({ messageId: 'dataKey', node: e, data: { table, column: e.key } });
  }
  if (s.kind !== 'DbQueryStmt') return;
  for (const c of [...dbColumns(attrOf(s, 'where')), ...dbColumns(attrOf(s, 'additional_where'))]) {
    const t = ctx.workspace.tables.get(c.table);
    if (t && !t.columns.has(c.column)) ctx.report({ messageId: 'whereColumn', node: c.node, data: { table: c.table, column: c.column } });
  }
}

export default defineRule<Messages, object>({
  name: 'db-field-exists',
  meta: {
    type: 'problem',
    description: 'db lookup fields, data keys and where columns must exist in the table schema',
    defaultSeverity: 'error',
    messages: {
      lookupField: 'table `{{table}}` has no column `{{column}}` to look up by',
      dataKey: 'table `{{table}}` has no column `{{column}}`; the value is not stored',
      whereColumn: 'table `{{table}}` has no column `{{column}}`',
    },
  },
  defaultOptions: {},
  create(ctx) {
    if (!ctx.object) return;
    walkLive(ctx.object, (n) => void (isAttrStmt(n) && targetsTable(n) && check(n, ctx)));
  },
});
