import type { AttrStmt, ObjectExpr } from '@xac/xanoscript-dsl/ast';
import { isAttrStmt, isWrite, walk } from '@xac/xanoscript-dsl/ast';
import { z } from 'zod';
import { defineRule, type RuleContext } from '../define-rule.js';
import { attrOf, tableOf } from '../engine/ast-util.js';

// Seed bug 14 (20 FUB onboarding jobs stuck "In Process" with `started` null; the poller only picks
// "New"): a write that claims a job must also stamp when it started, so stale claims can be found
// and reset.

interface Options {
  readonly claimedStates: readonly string[];
  readonly startedFields: readonly string[];
}
type Ctx = RuleContext<'noStart', Options>;

/** The started column this table has (or any of the configured names when the table is unknown). */
function startedColumns(table: string | undefined, ctx: Ctx): readonly string[] {
  const info = table === undefined ? undefined : ctx.workspace.tables.get(table);
  if (!info) return ctx.options.startedFields;
  return ctx.options.startedFields.filter((f) => info.columns.has(f));
}

function check(s: AttrStmt, data: ObjectExpr, ctx: Ctx): void {
  const claimed = data.entries.find((e) => /status/i.test(e.key) && e.value.kind === 'StringLit' && ctx.options.claimedStates.includes(e.value.value));
  if (!claimed) return;
  const table = tableOf(s);
  const started = startedColumns(table, ctx);
  if (started.length === 0 || data.entries.some((e) => started.includes(e.key))) return;
  const value = claimed.value.kind === 'StringLit' ? claimed.value.value : '';
  ctx.report({ messageId: 'noStart', node: claimed, data: { key: claimed.key, value, started: started[0] ?? 'started' } });
}

export default defineRule<'noStart', Options>({
  name: 'job-claim-without-start',
  meta: {
    type: 'problem',
    description: 'a write that sets a job to its claimed state ("In Process") must also set its `started` timestamp',
    defaultSeverity: 'error',
    messages: {
      noStart: '`{{key}}: "{{value}}"` claims the job without setting `{{started}}`; if the worker dies the job stays claimed forever: add `{{started}}: now`',
    },
  },
  defaultOptions: { claimedStates: ['In Process', 'IN_PROGRESS', 'in_progress', 'Processing', 'Started'], startedFields: ['started', 'started_at'] },
  schema: z.object({ claimedStates: z.array(z.string()), startedFields: z.array(z.string()).min(1) }),
  create(ctx) {
    if (!ctx.object) return;
    walk(ctx.object, {
      enter(n) {
        if (!isAttrStmt(n) || !isWrite(n)) return;
        const data = attrOf(n as AttrStmt, 'data');
        if (data?.kind === 'ObjectExpr') check(n as AttrStmt, data, ctx);
      },
    });
  },
});
