import type { AttrStmt, Expr, FieldDecl, Node, StringLit, VarExpr } from '@xac/xanoscript-dsl/ast';
import { isWrite, node } from '@xac/xanoscript-dsl/ast';
import { defineRule, type RuleContext } from '../define-rule.js';
import { attrOf, fieldsByName, isAttrStmt, tableOf, walkLive } from '../engine/ast-util.js';
import { lookupField } from '../engine/db.js';
import { columnEnum, enumOf, respelled, type EnumRef } from '../engine/enums.js';

// domain.md §7 (the seed's three status vocabularies: New/In Process/Complete/Error on the job
// tables, IN_PROGRESS in sync jobs, in_progress in the worker queue): a literal compared with, or
// written to, an enum column (or an enum input) that is not one of the enum's values. A comparison
// with it never holds (or always does); a write stores a value no reader of the column expects.

type Messages = 'compare' | 'write' | 'respell';
type Ctx = RuleContext<Messages, object>;

const COMPARE_OPS: ReadonlySet<string> = new Set(['==', '!=', '===', '!==', '==?', '!=?']);
const LIST_OPS: ReadonlySet<string> = new Set(['in', 'not in', 'in?', 'not in?']);

const allowed = (e: EnumRef): string => e.values.map((v) => JSON.stringify(v)).join(', ');

function check(lit: Expr, e: EnumRef | undefined, messageId: 'compare' | 'write', ctx: Ctx): void {
  // `""` is how scripts test for, or write, "no value" (as with null): never another vocabulary.
  if (!e || lit.kind !== 'StringLit' || lit.value === '' || e.values.includes(lit.value)) return;
  const meant = respelled(lit.value, e.values);
  const fixed: StringLit | undefined = meant === undefined ? undefined : node({ ...lit, value: meant });
  ctx.report({
    messageId,
    node: lit,
    data: { value: lit.value, where: e.where, allowed: allowed(e), meant: meant ?? '' },
    ...(fixed ? { suggest: [{ messageId: 'respell', fix: { kind: 'replace', node: lit, with: fixed } }] } : {}),
  });
}

/** `ref == "x"`, `"x" != ref`, `ref in ["a", "b"]`. */
function checkBinary(n: Extract<Node, { kind: 'BinaryExpr' }>, enumAt: (x: Expr) => EnumRef | undefined, ctx: Ctx): void {
  if (COMPARE_OPS.has(n.op)) {
    check(n.right, enumAt(n.left), 'compare', ctx);
    check(n.left, enumAt(n.right), 'compare', ctx);
  } else if (LIST_OPS.has(n.op) && n.right.kind === 'ArrayExpr') {
    const e = enumAt(n.left);
    for (const x of n.right.elements) check(x, e, 'compare', ctx);
  }
}

/** `data = {status: "x"}` of a write; `field_name = "status"`, `field_value = "x"` of a lookup. */
function checkStmt(s: AttrStmt, ctx: Ctx): void {
  const table = tableOf(s);
  const data = isWrite(s) ? attrOf(s, 'data') : undefined;
  if (data?.kind === 'ObjectExpr') for (const x of data.entries) if (!x.disabled) check(x.value, columnEnum(ctx.workspace, table, x.key), 'write', ctx);
  const field = lookupField(s);
  const value = field ? attrOf(s, 'field_value') : undefined;
  if (field && value) check(value, columnEnum(ctx.workspace, table, field.value), 'compare', ctx);
}

export default defineRule<Messages, object>({
  name: 'enum-value',
  meta: {
    type: 'problem',
    description: 'a text literal compared with or written to an enum column or input must be one of the enum\'s values',
    hasSuggestions: true,
    defaultSeverity: 'error',
    messages: {
      compare: '"{{value}}" is not a value of `{{where}}` ({{allowed}}): this comparison never matches it',
      write: '"{{value}}" is not a value of `{{where}}` ({{allowed}}): the write stores a value outside the enum',
      respell: 'use "{{meant}}", the enum\'s spelling of this value',
    },
  },
  defaultOptions: {},
  create(ctx) {
    const o = ctx.object;
    if (!o) return;
    const inputs: ReadonlyMap<string, FieldDecl> = fieldsByName(o.input);
    const uses = ctx.scope().uses;
    const enumAt = (x: Expr) => enumOf(x, ctx.workspace, inputs, (v: VarExpr) => uses.get(v));
    walkLive(o, (n) => {
      if (n.kind === 'BinaryExpr') checkBinary(n, enumAt, ctx);
      else if (n.kind === 'SwitchStmt') for (const c of n.cases) check(c.value, enumAt(n.subject), 'compare', ctx);
      else if (isAttrStmt(n)) checkStmt(n, ctx);
    });
  },
});
