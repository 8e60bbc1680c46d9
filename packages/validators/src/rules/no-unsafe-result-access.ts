import type { Expr, Node, VarExpr } from '@xac/xanoscript-dsl/ast';
import { varRef } from '@xac/xanoscript-dsl/ast';
import { z } from 'zod';
import { defineRule, type RuleContext } from '../define-rule.js';
import { isAttrStmt, tableOf } from '../engine/ast-util.js';
import { EMPTY_ARRAY, EMPTY_OBJECT, EMPTY_TEXT, NULL, safeGet, ZERO } from '../engine/build.js';
import type { Binding, UseInfo } from '../engine/scope.js';
import { columnType } from '../engine/workspace.js';

// Seed bugs 2 and 3 (8140 `$lifecycle_open_result.transactions_updated`, 8091
// `$transform_result.people`, "Unable to locate var: user1.account_type"): dot paths on untyped
// results stop the request when a key is missing. Fix: chained `|get:"key":default`, the default
// chosen by use. Function results follow the FP Result shape ({success, data, error, step}), so a
// key that is not one of those is read under `data` (option `fpResult`).

type Messages = 'dotPath' | 'fpResult' | 'unknownColumn' | 'maybeNull';
interface Options {
  readonly fpResult: boolean;
}

const FP_KEYS = new Set(['success', 'data', 'error', 'step', 'meta']);
const ARITHMETIC = new Set(['+', '-', '*', '/', '%']);
const COMPARISON = new Set(['==', '!=', '===', '!==', '>', '>=', '<', '<=']);
const NUMERIC = new Set(['int', 'decimal']);

type Ctx = RuleContext<Messages, Options>;

/** The default a missing key should read as, from where the value is used. */
function defaultFor(v: VarExpr, ctx: Ctx): Expr {
  const parents = ctx.parents();
  const at = parents.get(v);
  const p = at?.parent;
  if (p?.kind === 'FilterExpr' && at?.key === 'operand') return p.name === 'get' ? EMPTY_OBJECT : p.name === 'count' ? EMPTY_ARRAY : NULL;
  if (p?.kind === 'ForeachStmt') return EMPTY_ARRAY;
  if (p?.kind === 'BinaryExpr') {
    const other = p.left === v ? p.right : p.left;
    if (p.op === '~') return EMPTY_TEXT;
    if (ARITHMETIC.has(p.op) || (COMPARISON.has(p.op) && other.kind === 'NumberLit')) return ZERO;
  }
  if (p?.kind === 'ObjectEntry') return columnDefault(p.key, p, ctx);
  return NULL;
}

/** `data = {col: $r.x}` of a db write: 0 when the column is numeric. */
function columnDefault(key: string, entry: Node, ctx: Ctx): Expr {
  const parents = ctx.parents();
  const objectExpr = parents.get(entry)?.parent;
  const attr = objectExpr ? parents.get(objectExpr)?.parent : undefined;
  const stmt = attr ? parents.get(attr)?.parent : undefined;
  if (attr?.kind !== 'Attribute' || attr.name !== 'data' || !stmt || !isAttrStmt(stmt)) return NULL;
  return NUMERIC.has(columnType(ctx.workspace, tableOf(stmt), key) ?? '') ? ZERO : NULL;
}

/** Whether a function result's first key should be read under `data`. */
function underData(b: Binding, first: string, ctx: Ctx): boolean {
  if (b.source !== 'function.run' || FP_KEYS.has(first)) return false;
  const response = b.target === undefined ? undefined : ctx.workspace.functions.get(b.target)?.response;
  if (response?.kind === 'ObjectExpr') return !response.entries.some((e) => e.key === first) && response.entries.some((e) => e.key === 'data');
  return ctx.options.fpResult;
}

function fixFor(v: VarExpr, keys: readonly string[], ctx: Ctx): Expr | undefined {
  if (v.path.some((p) => p.kind !== 'PropAccess')) return undefined;
  let out: Expr = varRef(v.name);
  keys.forEach((k, i) => {
    out = safeGet(out, k, i === keys.length - 1 ? defaultFor(v, ctx) : EMPTY_OBJECT);
  });
  return out;
}

function classify(u: UseInfo, first: string, ctx: Ctx): Messages | undefined {
  const b = u.binding;
  if (!b) return undefined;
  if (b.source === 'function.run') return underData(b, first, ctx) ? 'fpResult' : 'dotPath';
  if (b.source === 'api.request' || b.source === 'json_decode') return 'dotPath';
  const rowLike = b.source === 'db.get' || b.source === 'db.row' || (b.source === 'db.query' && b.single === true);
  if (!rowLike) return undefined;
  const table = b.target === undefined ? undefined : ctx.workspace.tables.get(b.target);
  if (table && !table.columns.has(first)) return 'unknownColumn';
  return b.source !== 'db.row' && !u.nonNull ? 'maybeNull' : undefined;
}

function check(v: VarExpr, u: UseInfo, ctx: Ctx): void {
  const first = v.path[0];
  const at = ctx.parents().get(v);
  if (first?.kind !== 'PropAccess' || at?.key === 'target' || at?.key === 'as') return;
  const messageId = classify(u, first.name, ctx);
  if (!messageId) return;
  const names = v.path.map((p) => (p.kind === 'PropAccess' ? p.name : '[…]'));
  const keys = [...(messageId === 'fpResult' ? ['data'] : []), ...names];
  const fixed = fixFor(v, keys, ctx);
  const data = { name: v.name, path: names.join('.'), source: u.binding?.source ?? '', first: first.name, table: u.binding?.target ?? '' };
  ctx.report({ messageId, node: v, data, ...(fixed ? { fix: { kind: 'replace', node: v, with: fixed } } : {}) });
}

export default defineRule<Messages, Options>({
  name: 'no-unsafe-result-access',
  meta: {
    type: 'problem',
    description: 'dot paths on untyped results (function.run, api.request, json_decode) and on db rows that may be null or lack the column; read them with `|get:"key":default`',
    fixable: 'code',
    defaultSeverity: 'error',
    messages: {
      dotPath: '`${{name}}.{{path}}` reads the {{source}} result with dots; a missing key stops the request ("Unable to locate var"): use `|get:"{{first}}":default`',
      fpResult: '`${{name}}.{{path}}` reads `{{first}}` at the top of a function result, which is in FP Result shape ({success, data, error, step}); the value lives under `data`: use `|get:"data":({})|get:"{{first}}":default`',
      unknownColumn: '`${{name}}.{{path}}`: table `{{table}}` has no column `{{first}}`',
      maybeNull: '`${{name}}.{{path}}`: the {{source}} row may be null here (no null check before this point): use `|get:"{{first}}":default` or check it with a precondition',
    },
  },
  defaultOptions: { fpResult: true },
  schema: z.object({ fpResult: z.boolean() }),
  create(ctx) {
    if (!ctx.object) return;
    for (const [v, u] of ctx.scope().uses) check(v, u, ctx);
  },
});
