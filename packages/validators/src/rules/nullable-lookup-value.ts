import type { AttrStmt, Expr, FieldDecl, VarExpr } from '@xac/xanoscript-dsl/ast';
import { defineRule, type RuleContext } from '../define-rule.js';
import { attrOf, fieldsByName, isAttrStmt, sourceOf, tableOf, unwrapFilters, walkLive } from '../engine/ast-util.js';
import { EMPTY_TEXT, filter, ZERO } from '../engine/build.js';
import { lookupField } from '../engine/db.js';
import { guardTexts } from '../engine/guards.js';
import type { UseInfo } from '../engine/scope.js';
import { columnType } from '../engine/workspace.js';

// domain.md §7 (8140 "Missing param: field_value"): a lookup whose `field_value` may be null — a
// nullable or optional column of another row (`$job.user_id` where `int user_id?`), or an optional
// input without a default looked up in a text column (int columns are lookup-value-type's). A null
// lookup value stops the request. Left alone: a value read with a default (`|first_notnull`,
// `|first_notempty`), or one a test before the lookup mentions (an enclosing or earlier `if`, a
// precondition), and a second lookup by the same value (it runs only if the first did not stop).

type Messages = 'rowColumn' | 'optionalInput' | 'withDefault';
type Ctx = RuleContext<Messages, object>;

const DEFAULTS = new Set(['first_notempty', 'first_notnull']);
const NUMERIC = new Set(['int', 'decimal']);
const ROWS = new Set(['db.get', 'db.row']);

const mayBeNull = (f: FieldDecl | undefined): boolean => f !== undefined && (f.nullable || (f.optional && f.default === undefined));

/** The column a row read names, when the row comes from a table the workspace knows. */
function rowColumn(v: VarExpr, use: UseInfo | undefined, ctx: Ctx): { table: string; field: FieldDecl } | undefined {
  const b = use?.binding;
  const key = v.path.length === 1 && v.path[0]?.kind === 'PropAccess' ? v.path[0].name : undefined;
  if (!b || key === undefined || b.target === undefined || !(ROWS.has(b.source) || (b.source === 'db.query' && b.single === true))) return undefined;
  const field = ctx.workspace.tables.get(b.target)?.columns.get(key);
  return field && { table: b.target, field };
}

function check(s: AttrStmt, inputs: ReadonlyMap<string, FieldDecl>, uses: ReadonlyMap<VarExpr, UseInfo>, ctx: Ctx, seen: Set<string>): void {
  const field = lookupField(s);
  const value = attrOf(s, 'field_value');
  const table = tableOf(s);
  if (!field || !value || !table) return;
  const { base, filters } = unwrapFilters(value);
  if (base.kind !== 'VarExpr' || filters.some((f) => DEFAULTS.has(f))) return;
  const text = sourceOf(ctx.text, base);
  // One finding per value: a later lookup by it runs only if the first did not stop the request.
  if (seen.has(text) || guardTexts(s, ctx, true).some((g) => g.includes(text))) return;
  const type = columnType(ctx.workspace, table, field.value);
  const data = { table, column: field.value, value: text, from: '' };
  const fallback: Expr = NUMERIC.has(type ?? '') ? ZERO : EMPTY_TEXT;
  // A default looks up a row that is not there (null) instead of stopping the request: a suggestion.
  const suggest = [{ messageId: 'withDefault' as const, fix: { kind: 'replace' as const, node: value, with: filter(value, 'first_notnull', fallback) } }];
  if (base.name === 'input') {
    const input = base.path.length === 1 && base.path[0]?.kind === 'PropAccess' ? inputs.get(base.path[0].name) : undefined;
    if (!mayBeNull(input) || NUMERIC.has(type ?? '')) return;
    seen.add(text);
    return ctx.report({ messageId: 'optionalInput', node: value, data, suggest });
  }
  const col = rowColumn(base, uses.get(base), ctx);
  if (!col || !mayBeNull(col.field)) return;
  seen.add(text);
  ctx.report({ messageId: 'rowColumn', node: value, data: { ...data, from: `${col.table}.${col.field.name}` }, suggest });
}

export default defineRule<Messages, object>({
  name: 'nullable-lookup-value',
  meta: {
    type: 'problem',
    description: 'a lookup value (`field_value`) must not be a value that may be null: a nullable or optional column of another row, an optional input without a default',
    hasSuggestions: true,
    defaultSeverity: 'warning',
    messages: {
      rowColumn: '`field_value` is `{{value}}`, and `{{from}}` may be null (a nullable or optional column): a null lookup value stops the request ("Missing param: field_value"); check it first or add a default',
      optionalInput: '`field_value` is `{{value}}`, an optional input without a default: when it is missing the lookup stops the request ("Missing param: field_value"); check it first or add a default',
      withDefault: 'read it with `|first_notnull` and a default (the lookup then finds nothing instead of stopping the request)',
    },
  },
  defaultOptions: {},
  create(ctx) {
    const o = ctx.object;
    if (!o) return;
    const inputs = fieldsByName(o.input);
    // A path parameter (`query "item/{item_id}"`) is always there when the endpoint runs, even when
    // declared optional (as Xano's generated CRUD endpoints do).
    if (o.kind === 'QueryDecl') for (const m of o.name.matchAll(/\{(\w+)\}/g)) inputs.delete(m[1] ?? '');
    const uses = ctx.scope().uses;
    const seen = new Set<string>();
    walkLive(o, (n) => void (isAttrStmt(n) && check(n, inputs, uses, ctx, seen)));
  },
});
