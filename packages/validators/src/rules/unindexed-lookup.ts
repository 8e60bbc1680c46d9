import type { AttrStmt } from '@xac/xanoscript-dsl/ast';
import { defineRule, type RuleContext } from '../define-rule.js';
import { attrOf, tableOf, walkLive } from '../engine/ast-util.js';
import { dbColumns, lookupField } from '../engine/db.js';

// Seed bug 15 (roster timed out on `transaction.transaction_owner_agent_id in …`): a lookup or a
// where on columns that lead no index scans the whole table.

type Messages = 'lookup' | 'where';
type Ctx = RuleContext<Messages, object>;

function check(s: AttrStmt, ctx: Ctx): void {
  const table = tableOf(s);
  const info = table === undefined ? undefined : ctx.workspace.tables.get(table);
  if (!info || table === undefined) return;
  const field = lookupField(s);
  if (field && info.columns.has(field.value) && !info.indexed.has(field.value)) {
    ctx.report({ messageId: 'lookup', node: field, data: { table, column: field.value } });
  }
  if (s.kind !== 'DbQueryStmt') return;
  const cols = dbColumns(attrOf(s, 'where')).filter((c) => c.table === table && info.columns.has(c.column));
  const first = cols[0];
  if (first && !cols.some((c) => info.indexed.has(c.column))) {
    ctx.report({ messageId: 'where', node: first.node, data: { table, column: cols.map((c) => c.column).join(', ') } });
  }
}

export default defineRule<Messages, object>({
  name: 'unindexed-lookup',
  meta: {
    type: 'suggestion',
    description: 'lookups and where clauses should use a column that leads an index of the table',
    defaultSeverity: 'warning',
    messages: {
      lookup: '`{{table}}.{{column}}` leads no index: this lookup scans the table; add an index on `{{column}}`',
      where: 'no column of this where ({{column}}) leads an index of `{{table}}`: the query scans the table',
    },
  },
  defaultOptions: {},
  create(ctx) {
    if (!ctx.object) return;
    walkLive(ctx.object, (n) => void ((n.kind === 'DbQueryStmt' || lookupField(n as AttrStmt)) && check(n as AttrStmt, ctx)));
  },
});
