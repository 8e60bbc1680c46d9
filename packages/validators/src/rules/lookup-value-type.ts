import type { AttrStmt, Expr, FieldDecl, Node } from '@xac/xanoscript-dsl/ast';
import { walk } from '@xac/xanoscript-dsl/ast';
import { defineRule } from '../define-rule.js';

// Seed bug 1 (function 8140, "Missing param: field_value"): a text or optional input used as the
// lookup value of an int column. Safe only after `|to_int` and a default (`|first_notempty:0`).

const LOOKUPS = new Set(['DbGetStmt', 'DbHasStmt', 'DbEditStmt', 'DbPatchStmt', 'DbAddOrEditStmt', 'DbDelStmt']);
const NUMERIC = new Set(['int', 'decimal']);
const DEFAULTS = new Set(['first_notempty', 'first_notnull']);

const attr = (s: AttrStmt, name: string) => s.attrs.find((a) => a.name === name)?.value;

/** The filters applied to a value, innermost first, and the value underneath. */
function unwrap(e: Expr): { base: Expr; filters: string[] } {
  const filters: string[] = [];
  let cur: Expr = e;
  while (cur.kind === 'FilterExpr' && cur.operand !== null) {
    filters.unshift(cur.name);
    cur = cur.operand;
  }
  return { base: cur, filters };
}

function inputOf(base: Expr, inputs: ReadonlyMap<string, FieldDecl>): FieldDecl | undefined {
  if (base.kind !== 'VarExpr' || base.name !== 'input' || base.path.length !== 1) return undefined;
  const seg = base.path[0];
  return seg?.kind === 'PropAccess' ? inputs.get(seg.name) : undefined;
}

export default defineRule({
  name: 'lookup-value-type',
  meta: {
    type: 'problem',
    description: 'db.get/has/edit/patch/add_or_edit/del on an int column must not take a text or optional input without `|to_int|first_notempty:0`',
    defaultSeverity: 'error',
    messages: {
      textInput: '`{{table}}.{{field}}` is {{type}}, but `field_value` is the {{inputType}} input `{{input}}`: convert it with `|to_int|first_notempty:0`',
      optionalInput: '`{{table}}.{{field}}` is {{type}}, but `field_value` is the optional input `{{input}}`, which may be missing: add `|first_notempty:0`',
      noDefault: '`|to_int` gives null for text that is not a number, and `field_value` must not be null: add `|first_notempty:0`',
    },
  },
  create(ctx) {
    const o = ctx.doc.object;
    if (o.kind === 'RawDecl') return;
    const inputs = new Map((o.input ?? []).filter((f): f is FieldDecl => f.kind === 'FieldDecl').map((f) => [f.name, f]));
    walk(o, {
      enter(n: Node) {
        if (!LOOKUPS.has(n.kind)) return;
        const s = n as AttrStmt;
        const table = s.target?.kind === 'StringLit' ? s.target.value : '';
        const fieldName = attr(s, 'field_name');
        const value = attr(s, 'field_value');
        if (fieldName?.kind !== 'StringLit' || value === undefined) return;
        const field = fieldName.value;
        const type = ctx.workspace.tables.get(table)?.get(field)?.type ?? (field === 'id' ? 'int' : undefined);
        if (type === undefined || !NUMERIC.has(type)) return;
        const { base, filters } = unwrap(value);
        const data = { table, field, type };
        const converted = filters.lastIndexOf('to_int');
        const defaulted = filters.findIndex((f, i) => DEFAULTS.has(f) && i > converted);
        if (converted !== -1) {
          if (defaulted === -1) ctx.report({ messageId: 'noDefault', node: value, data });
          return;
        }
        const input = inputOf(base, inputs);
        if (input === undefined || filters.some((f) => DEFAULTS.has(f))) return;
        const name = `$input.${input.name}`;
        if (!NUMERIC.has(input.type)) ctx.report({ messageId: 'textInput', node: value, data: { ...data, input: name, inputType: input.type } });
        else if (input.optional || input.nullable) ctx.report({ messageId: 'optionalInput', node: value, data: { ...data, input: name } });
      },
    });
  },
});
