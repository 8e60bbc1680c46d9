import type { AttrStmt, Expr, FieldDecl, Node } from '@xac/xanoscript-dsl/ast';
import { walk } from '@xac/xanoscript-dsl/ast';
import { defineRule, type RuleContext } from '../define-rule.js';
import { attrOf, fieldsByName, stringOf, tableOf, unwrapFilters } from '../engine/ast-util.js';
import { filter, ZERO } from '../engine/build.js';
import { columnType } from '../engine/workspace.js';

// Seed bug 1 (function 8140, "Missing param: field_value"): a text or optional input used as the
// lookup value of an int column. Safe only after `|to_int` and a default (`|first_notempty:0`).

type Messages = 'textInput' | 'optionalInput' | 'noDefault' | 'withDefault';

const LOOKUPS = new Set(['DbGetStmt', 'DbHasStmt', 'DbEditStmt', 'DbPatchStmt', 'DbAddOrEditStmt', 'DbDelStmt']);
const NUMERIC = new Set(['int', 'decimal']);
const DEFAULTS = new Set(['first_notempty', 'first_notnull']);

function inputOf(base: Expr, inputs: ReadonlyMap<string, FieldDecl>): FieldDecl | undefined {
  if (base.kind !== 'VarExpr' || base.name !== 'input' || base.path.length !== 1) return undefined;
  const seg = base.path[0];
  return seg?.kind === 'PropAccess' ? inputs.get(seg.name) : undefined;
}

/** What is wrong with a lookup value, if anything. */
function problem(value: Expr, inputs: ReadonlyMap<string, FieldDecl>): { id: Messages; input?: FieldDecl } | undefined {
  const { base, filters } = unwrapFilters(value);
  const converted = filters.lastIndexOf('to_int');
  if (converted !== -1) return filters.some((f, i) => DEFAULTS.has(f) && i > converted) ? undefined : { id: 'noDefault' };
  const input = inputOf(base, inputs);
  if (input === undefined || filters.some((f) => DEFAULTS.has(f))) return undefined;
  if (!NUMERIC.has(input.type)) return { id: 'textInput', input };
  // An optional input with a default is never missing (`int limit?=100`); a nullable one may still be null.
  const missing = (input.optional && input.default === undefined) || input.nullable;
  return missing ? { id: 'optionalInput', input } : undefined;
}

const isInput = (e: Expr, name: string): boolean =>
  e.kind === 'VarExpr' && e.name === 'input' && e.path.length === 1 && e.path[0]?.kind === 'PropAccess' && e.path[0].name === name;

/** `$input.x|is_empty` (or `is_null`), maybe in parentheses. */
function isEmptyTest(e: Expr, name: string): boolean {
  const { base, filters } = unwrapFilters(e.kind === 'BacktickExpr' ? e.expr : e);
  return isInput(base, name) && filters.length === 1 && (filters[0] === 'is_empty' || filters[0] === 'is_null');
}

/** `$input.x != null`, `$input.x > 0`, a bare `$input.x`, or any of them in an `&&` chain. */
function provesPresent(test: Expr, name: string): boolean {
  if (test.kind === 'BacktickExpr') return provesPresent(test.expr, name);
  if (isInput(unwrapFilters(test).base, name) && unwrapFilters(test).filters.length === 0) return true;
  if (test.kind === 'UnaryExpr' && test.op === '!') return isEmptyTest(test.operand, name);
  if (test.kind !== 'BinaryExpr') return false;
  if ((test.op === '==' || test.op === '===') && test.right.kind === 'BoolLit' && !test.right.value) return isEmptyTest(test.left, name);
  if (test.op === '&&') return provesPresent(test.left, name) || provesPresent(test.right, name);
  const other = isInput(test.left, name) ? test.right : isInput(test.right, name) ? test.left : undefined;
  if (other === undefined) return false;
  return ((test.op === '!=' || test.op === '!==') && other.kind === 'NullLit') || ((test.op === '>' || test.op === '>=') && other.kind === 'NumberLit');
}

/** The lookup sits in an `if` branch whose test proves the optional input is there. */
function guarded(s: AttrStmt, name: string, ctx: RuleContext<Messages, object>): boolean {
  const parents = ctx.parents();
  for (let at = parents.get(s); at; at = parents.get(at.parent)) {
    if (at.parent.kind === 'IfBranch' && at.key === 'body' && provesPresent(at.parent.test, name)) return true;
  }
  return false;
}

function check(s: AttrStmt, inputs: ReadonlyMap<string, FieldDecl>, ctx: RuleContext<Messages, object>): void {
  const table = tableOf(s) ?? '';
  const field = stringOf(attrOf(s, 'field_name'));
  const value = attrOf(s, 'field_value');
  // `db.edit ""` names no table: nothing says its `id` is an int (unresolved-reference reports it).
  if (field === undefined || value === undefined || table === '') return;
  const type = columnType(ctx.workspace, table, field);
  if (type === undefined || !NUMERIC.has(type)) return;
  const p = problem(value, inputs);
  if (!p || (p.id === 'optionalInput' && p.input && guarded(s, p.input.name, ctx))) return;
  const fixed = filter(p.id === 'textInput' ? filter(value, 'to_int') : value, 'first_notempty', ZERO);
  const data = { table, field, type, input: p.input ? `$input.${p.input.name}` : '', inputType: p.input?.type ?? '' };
  // A missing or non-numeric value then looks up id 0 instead of failing: a change of behaviour, so a suggestion.
  ctx.report({ messageId: p.id, node: value, data, suggest: [{ messageId: 'withDefault', fix: { kind: 'replace', node: value, with: fixed } }] });
}

export default defineRule<Messages, object>({
  name: 'lookup-value-type',
  meta: {
    type: 'problem',
    description: 'db.get/has/edit/patch/add_or_edit/del on an int column must not take a text or optional input without `|to_int|first_notempty:0`',
    hasSuggestions: true,
    defaultSeverity: 'error',
    messages: {
      textInput: '`{{table}}.{{field}}` is {{type}}, but `field_value` is the {{inputType}} input `{{input}}`: convert it with `|to_int|first_notempty:0`',
      optionalInput: '`{{table}}.{{field}}` is {{type}}, but `field_value` is the optional input `{{input}}`, which may be missing: add `|first_notempty:0`',
      noDefault: '`|to_int` gives null for text that is not a number, and `field_value` must not be null: add `|first_notempty:0`',
      withDefault: 'convert and default it (a missing value then looks up id 0, which finds no row)',
    },
  },
  defaultOptions: {},
  create(ctx) {
    const o = ctx.object;
    if (!o) return;
    const inputs = new Map(fieldsByName(o.input));
    // A path parameter (`query "client/{client_id}"`) is always there when the endpoint runs, even
    // when declared optional (the form Xano's generated CRUD endpoints use).
    if (o.kind === 'QueryDecl') for (const m of o.name.matchAll(/\{(\w+)\}/g)) {
      const f = inputs.get(m[1] ?? '');
      if (f && NUMERIC.has(f.type)) inputs.set(f.name, { ...f, optional: false, nullable: false });
    }
    walk(o, {
      enter(n: Node) {
        if (LOOKUPS.has(n.kind)) check(n as AttrStmt, inputs, ctx);
      },
    });
  },
});
