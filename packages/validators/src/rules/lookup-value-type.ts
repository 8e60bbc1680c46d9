import type { AttrStmt, Expr, FieldDecl, Node } from '@xac/xanoscript-dsl/ast';
import { walk } from '@xac/xanoscript-dsl/ast';
import { defineRule, type RuleContext } from '../define-rule.js';
import { attrOf, fieldsByName, stringOf, tableOf, unwrapFilters } from '../engine/ast-util.js';
import { filter, ZERO } from '../engine/build.js';
import { columnType } from '../engine/workspace.js';

// Seed bug 1 (function 8140, "Missing param: field_value"): a text or optional input used as the
// lookup value of an int column. Safe only after `|to_int` and a default (`|first_notempty:0`).

type Messages = 'textInput' | 'optionalInput' | 'noDefault';

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
  return input.optional || input.nullable ? { id: 'optionalInput', input } : undefined;
}

function check(s: AttrStmt, inputs: ReadonlyMap<string, FieldDecl>, ctx: RuleContext<Messages, object>): void {
  const table = tableOf(s) ?? '';
  const field = stringOf(attrOf(s, 'field_name'));
  const value = attrOf(s, 'field_value');
  if (field === undefined || value === undefined) return;
  const type = columnType(ctx.workspace, table, field);
  if (type === undefined || !NUMERIC.has(type)) return;
  const p = problem(value, inputs);
  if (!p) return;
  const fixed = filter(p.id === 'textInput' ? filter(value, 'to_int') : value, 'first_notempty', ZERO);
  const data = { table, field, type, input: p.input ? `$input.${p.input.name}` : '', inputType: p.input?.type ?? '' };
  ctx.report({ messageId: p.id, node: value, data, fix: { kind: 'replace', node: value, with: fixed } });
}

export default defineRule<Messages, object>({
  name: 'lookup-value-type',
  meta: {
    type: 'problem',
    description: 'db.get/has/edit/patch/add_or_edit/del on an int column must not take a text or optional input without `|to_int|first_notempty:0`',
    fixable: 'code',
    defaultSeverity: 'error',
    messages: {
      textInput: '`{{table}}.{{field}}` is {{type}}, but `field_value` is the {{inputType}} input `{{input}}`: convert it with `|to_int|first_notempty:0`',
      optionalInput: '`{{table}}.{{field}}` is {{type}}, but `field_value` is the optional input `{{input}}`, which may be missing: add `|first_notempty:0`',
      noDefault: '`|to_int` gives null for text that is not a number, and `field_value` must not be null: add `|first_notempty:0`',
    },
  },
  defaultOptions: {},
  create(ctx) {
    const o = ctx.object;
    if (!o) return;
    const inputs = fieldsByName(o.input);
    walk(o, {
      enter(n: Node) {
        if (LOOKUPS.has(n.kind)) check(n as AttrStmt, inputs, ctx);
      },
    });
  },
});
