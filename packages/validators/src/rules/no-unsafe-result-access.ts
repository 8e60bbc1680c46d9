import type { Expr, Node, VarExpr } from '@xac/xanoscript-dsl/ast';
import { varRef } from '@xac/xanoscript-dsl/ast';
import { z } from 'zod';
import { defineRule, type RuleContext } from '../define-rule.js';
import { attrOf, isAttrStmt, tableOf } from '../engine/ast-util.js';
import { facts } from '../engine/facts.js';
import { EMPTY_ARRAY, EMPTY_OBJECT, EMPTY_TEXT, NULL, safeGet, ZERO } from '../engine/build.js';
import type { Binding, UseInfo } from '../engine/scope.js';
import { describeShape, responseShape } from '../engine/shapes.js';
import { columnType } from '../engine/workspace.js';

// Seed bugs 2 and 3 (8140 `$lifecycle_open_result.transactions_updated`, 8091
// `$transform_result.people`, "Unable to locate var: user1.account_type"): dot paths that stop the
// request when a key is missing. Shape-aware (issue 9): a `function.run` result is read against what
// the callee returns (engine/shapes.ts) — a key every return path has is fine, a key none has is an
// error when the shape is closed (a warning when open), a key of some paths a warning; an unknown
// callee is a warning. `api.request` results always have `response.status|headers|result`. The
// rewrite to `|get:"key":default` changes behaviour (a crash becomes a default), so it is a
// suggestion, never a fix.

type Messages = 'dotPath' | 'fpResult' | 'unknownCallee' | 'neverReturned' | 'sometimes' | 'unknownColumn' | 'maybeNull' | 'useGet';
interface Options {
  readonly fpResult: boolean;
}

const FP_KEYS = new Set(['success', 'data', 'error', 'step', 'meta']);
const API_RESPONSE = new Set(['status', 'headers', 'result']);
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

interface Verdict {
  readonly messageId: Messages;
  /** Which key of the path is the problem (0: the first). */
  readonly at: number;
  readonly warning: boolean;
  /** Read under `data` in the suggestion (an FP Result callee). */
  readonly underData?: boolean;
  readonly shape?: string;
}

/** A `function.run` result read along `names`, against what the callee returns (engine/shapes.ts). */
function callResult(b: Binding, names: readonly string[], ctx: Ctx): Verdict | undefined {
  const callee = b.target === undefined ? undefined : ctx.workspace.functions.get(b.target);
  if (!callee) {
    if (FP_KEYS.has(names[0] ?? '')) return undefined;
    return { messageId: ctx.options.fpResult ? 'fpResult' : 'unknownCallee', at: 0, warning: true, underData: ctx.options.fpResult };
  }
  const top = responseShape(callee.decl);
  let shape = top;
  for (const [i, key] of names.entries()) {
    const info = shape.keys.get(key);
    if (info && !info.always) return { messageId: 'sometimes', at: i, warning: true, shape: describeShape(shape) };
    if (info) {
      shape = info.shape;
      continue;
    }
    if (shape.keys.size === 0 && !shape.closed) return undefined;
    const underData = i === 0 && top.keys.get('data')?.always === true;
    return { messageId: 'neverReturned', at: i, warning: !shape.closed, underData, shape: describeShape(shape) };
  }
  return undefined;
}

/** `response.status`, `.headers` and `.result` always exist on an api.request result; what is under `result` is the remote's. */
function apiResult(names: readonly string[]): Verdict | undefined {
  const [a, b] = names;
  if (a === 'request' || (a === 'response' && (b === undefined || API_RESPONSE.has(b)) && (b !== 'result' || names.length === 2))) return undefined;
  return { messageId: 'dotPath', at: a === 'response' && b === 'result' ? 2 : 0, warning: true };
}

function classify(v: VarExpr, u: UseInfo, names: readonly string[], ctx: Ctx): Verdict | undefined {
  const b = u.binding;
  if (!b) return undefined;
  if (b.source === 'function.run') return callResult(b, names, ctx);
  if (b.source === 'api.request') return apiResult(names);
  if (b.source === 'json_decode') return { messageId: 'dotPath', at: 0, warning: true };
  const rowLike = b.source === 'db.get' || b.source === 'db.row' || (b.source === 'db.query' && b.single === true);
  if (!rowLike) return undefined;
  const table = b.target === undefined ? undefined : ctx.workspace.tables.get(b.target);
  if (table && !table.columns.has(names[0] ?? '') && !extraKey(b, names[0] ?? '')) return { messageId: 'unknownColumn', at: 0, warning: false };
  if (b.source === 'db.row' || u.nonNull || guarded(v, ctx) || byAuthId(b)) return undefined;
  return { messageId: 'maybeNull', at: 0, warning: true };
}

/** `$x != null && $x.a`, `$x == null || $x.a`, `$x != null ? $x.a : …`, `$x == null ? … : $x.a`: a guard in the same expression. */
function guarded(v: VarExpr, ctx: Ctx): boolean {
  const parents = ctx.parents();
  for (let n: Node = v, at = parents.get(v); at; n = at.parent, at = parents.get(at.parent)) {
    const p = at.parent;
    if (p.kind === 'BinaryExpr' && p.right === n && p.op === '&&' && facts(p.left).pos.includes(v.name)) return true;
    if (p.kind === 'BinaryExpr' && p.right === n && p.op === '||' && facts(p.left).neg.includes(v.name)) return true;
    if (p.kind === 'TernaryExpr' && p.consequent === n && facts(p.test).pos.includes(v.name)) return true;
    if (p.kind === 'TernaryExpr' && p.alternate === n && facts(p.test).neg.includes(v.name)) return true;
    if (p.kind.endsWith('Stmt')) return false;
  }
  return false;
}

/** `eval = {k: …}` adds `k` to the rows; an `addon` adds keys of its own (unknown here: any key). */
function extraKey(b: Binding, key: string): boolean {
  const s = b.stmt;
  if (!isAttrStmt(s)) return false;
  if (attrOf(s, 'addon') !== undefined) return true;
  const ev = attrOf(s, 'eval');
  return ev?.kind === 'ObjectExpr' && ev.entries.some((e) => e.key === key);
}

/** A lookup by `$auth.id`: the signed-in user's own row, there whenever the endpoint runs. */
function byAuthId(b: Binding): boolean {
  const s = b.stmt;
  if (!isAttrStmt(s)) return false;
  const value = attrOf(s, 'field_value');
  return value?.kind === 'VarExpr' && value.name === 'auth' && value.path.length === 1 && value.path[0]?.kind === 'PropAccess' && value.path[0].name === 'id';
}

function fixFor(v: VarExpr, keys: readonly string[], ctx: Ctx): Expr | undefined {
  if (v.path.some((p) => p.kind !== 'PropAccess')) return undefined;
  let out: Expr = varRef(v.name);
  keys.forEach((k, i) => {
    out = safeGet(out, k, i === keys.length - 1 ? defaultFor(v, ctx) : EMPTY_OBJECT);
  });
  return out;
}

function check(v: VarExpr, u: UseInfo, ctx: Ctx, reported: Set<Node>): void {
  const first = v.path[0];
  const at = ctx.parents().get(v);
  if (first?.kind !== 'PropAccess' || at?.key === 'target' || at?.key === 'as') return;
  const names = v.path.map((p) => (p.kind === 'PropAccess' ? p.name : '[…]'));
  const verdict = classify(v, u, names, ctx);
  if (!verdict || (verdict.messageId === 'maybeNull' && u.binding && reported.has(u.binding.stmt))) return;
  if (verdict.messageId === 'maybeNull' && u.binding) reported.add(u.binding.stmt);
  const fixed = fixFor(v, [...(verdict.underData ? ['data'] : []), ...names], ctx);
  const data = { name: v.name, path: names.join('.'), source: u.binding?.source ?? '', first: first.name, key: names[verdict.at] ?? '', table: u.binding?.target ?? '', shape: verdict.shape ?? '' };
  // Reading with a default changes what the script does when the key is missing: a suggestion, never a fix.
  const suggest = fixed ? [{ messageId: 'useGet' as const, fix: { kind: 'replace' as const, node: v, with: fixed } }] : [];
  ctx.report({ messageId: verdict.messageId, node: v, data, suggest, ...(verdict.warning ? { severity: 'warning' as const } : {}) });
}

export default defineRule<Messages, Options>({
  name: 'no-unsafe-result-access',
  meta: {
    type: 'problem',
    description: 'dot paths on untyped results (function.run, api.request, json_decode) and on db rows that may be null or lack the column; read them with `|get:"key":default`',
    hasSuggestions: true,
    defaultSeverity: 'error',
    messages: {
      dotPath: '`${{name}}.{{path}}` reads `{{key}}` of the {{source}} result with dots, a shape lint cannot know; a missing key stops the request ("Unable to locate var"): use `|get:"{{key}}":default`',
      fpResult: '`${{name}}.{{path}}`: function `{{table}}` is not in the workspace; if it returns the FP Result shape ({success, data, error, step}), `{{first}}` lives under `data`: use `|get:"data":({})|get:"{{first}}":default`',
      unknownCallee: '`${{name}}.{{path}}`: function `{{table}}` is not in the workspace, so its shape is unknown: use `|get:"{{first}}":default`',
      neverReturned: '`${{name}}.{{path}}`: function `{{table}}` never returns `{{key}}` there (it returns {{shape}}); the read stops the request ("Unable to locate var")',
      sometimes: '`${{name}}.{{path}}`: function `{{table}}` returns `{{key}}` on some paths only ({{shape}}): use `|get:"{{key}}":default`',
      unknownColumn: '`${{name}}.{{path}}`: table `{{table}}` has no column `{{first}}`',
      maybeNull: '`${{name}}.{{path}}`: the {{source}} row may be null here (no null check before this point): use `|get:"{{first}}":default` or check it with a precondition',
      useGet: 'read it with `|get` and a default (the default is used when the key is missing)',
    },
  },
  defaultOptions: { fpResult: true },
  schema: z.object({ fpResult: z.boolean() }),
  create(ctx) {
    if (!ctx.object) return;
    // One maybe-null finding per row: after the first unchecked read, later reads add no new risk.
    const reported = new Set<Node>();
    for (const [v, u] of ctx.scope().uses) check(v, u, ctx, reported);
  },
});
