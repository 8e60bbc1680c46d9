import type { FunctionRunStmt, ObjectDecl } from '@xac/xanoscript-dsl/ast';
import { node } from '@xac/xanoscript-dsl/ast';
import { defineRule, type RuleContext } from '../define-rule.js';
import { attrOf, stringOf, walkLive } from '../engine/ast-util.js';
import type { Workspace } from '../engine/workspace.js';

// domain.md §7 pattern 16 (the Lambda coordinator that ran 7 h, test-task-7977,
// backfill-all-updated-at): long-running batch work called synchronously over HTTP. A batch
// function is one the config names (`lint.batchFunctions`), one that loops over an unpaged
// `db.query` of a whole table (no `where`, no paging), or one that calls a batch function without
// `async = true`. An endpoint may start it only with `async = true` (fire and forget) — or leave
// it to a task, which no HTTP request waits for.

type Messages = 'syncBatch' | 'useAsync';
type Ctx = RuleContext<Messages, object>;

const isAsync = (s: FunctionRunStmt): boolean => attrOf(s, 'async')?.kind === 'BoolLit' && (attrOf(s, 'async') as { value: boolean }).value;

/** Whether a function loops over a whole table: `foreach ($rows)` where `$rows` is a `db.query` with no where and no paging. */
function loopsOverTable(fn: ObjectDecl): boolean {
  const whole = new Set<string>();
  let found = false;
  walkLive(fn, (n) => {
    if (n.kind === 'DbQueryStmt' && n.as?.kind === 'VarExpr' && !attrOf(n, 'where')) {
      const ret = attrOf(n, 'return');
      const paged = ret?.kind === 'ObjectExpr' && ret.entries.some((e) => e.key === 'paging' || (e.key === 'type' && stringOf(e.value) !== 'list'));
      if (!paged) whole.add(n.as.name);
    }
    if (n.kind === 'ForeachStmt' && n.list.kind === 'VarExpr' && n.list.path.length === 0 && whole.has(n.list.name)) found = true;
  });
  return found;
}

const cache = new WeakMap<Workspace, Set<string>>();

/** The batch functions of a workspace (computed once per workspace, to a fixed point over calls). */
function batchFunctions(ws: Workspace): ReadonlySet<string> {
  const known = cache.get(ws);
  if (known) return known;
  const out = new Set<string>([...(ws.batchFunctions ?? [])].filter((n) => n !== ''));
  for (const [name, f] of ws.functions) if (loopsOverTable(f.decl)) out.add(name);
  for (let changed = true; changed; ) {
    changed = false;
    for (const [name, f] of ws.functions) {
      if (out.has(name)) continue;
      walkLive(f.decl, (n) => void (n.kind === 'FunctionRunStmt' && !isAsync(n) && out.has(stringOf(n.target) ?? '') && (out.add(name), (changed = true))));
    }
  }
  cache.set(ws, out);
  return out;
}

function check(s: FunctionRunStmt, batch: ReadonlySet<string>, ctx: Ctx): void {
  const name = stringOf(s.target);
  if (name === undefined || !batch.has(name) || isAsync(s)) return;
  const attr = node({ kind: 'Attribute' as const, name: 'async', value: node({ kind: 'BoolLit' as const, value: true }) });
  const fixed: FunctionRunStmt = node({ ...s, attrs: [...s.attrs, attr] });
  ctx.report({ messageId: 'syncBatch', node: s.target ?? s, data: { name }, suggest: [{ messageId: 'useAsync', fix: { kind: 'replace', node: s, with: fixed } }] });
}

export default defineRule<Messages, object>({
  name: 'sync-batch-call',
  meta: {
    type: 'problem',
    description: 'an endpoint must not call a batch function (lint.batchFunctions, or one that loops over a whole table) synchronously',
    hasSuggestions: true,
    defaultSeverity: 'warning',
    messages: {
      syncBatch: 'endpoint calls the batch function `{{name}}` synchronously: the request waits for the whole batch and times out; call it with `async = true` or leave it to a task',
      useAsync: 'call it with `async = true` (the endpoint then answers before the batch ends, without its result)',
    },
  },
  defaultOptions: {},
  create(ctx) {
    const o = ctx.object;
    if (o?.kind !== 'QueryDecl') return;
    const batch = batchFunctions(ctx.workspace);
    if (batch.size === 0) return;
    walkLive(o, (n) => void (n.kind === 'FunctionRunStmt' && check(n, batch, ctx)));
  },
});
