import type { Expr } from '../ast/nodes/exprs.js';
import type { FieldDecl, FieldList } from '../ast/nodes/fields.js';

// Field declarations → `t.<type>('name')` chains; undefined when the DSL cannot express one exactly.

const BUILDERS = new Set(['int', 'decimal', 'text', 'email', 'password', 'uuid', 'bool', 'timestamp', 'date', 'json', 'image', 'file']);

function plain(e: Expr): string | undefined {
  switch (e.kind) {
    case 'StringLit':
      return JSON.stringify(e.value);
    case 'NumberLit':
      return String(Number(e.value)) === e.value ? e.value : undefined;
    case 'BoolLit':
      return String(e.value);
    case 'NullLit':
      return 'null';
    case 'ObjectExpr':
      return e.entries.length === 0 ? '{}' : undefined;
    case 'ArrayExpr':
      return e.elements.length === 0 ? '[]' : undefined;
    default:
      return undefined;
  }
}

function modifiers(f: FieldDecl): string | undefined {
  let out = '';
  if (f.array) out += `.list(${f.array.min === undefined && f.array.max === undefined ? '' : JSON.stringify({ min: f.array.min, max: f.array.max })})`;
  if (f.nullable) out += '.nullable()';
  if (f.default !== undefined) {
    if (!f.optional) return undefined;
    if (f.default.kind === 'NowLit') out += ".default('now')";
    else if (f.default.kind === 'StringLit' && f.default.value === 'now') return undefined;
    else {
      const v = plain(f.default);
      if (v === undefined) return undefined;
      out += `.default(${v})`;
    }
  } else if (f.optional) out += '.optional()';
  if (f.filters.length > 0) {
    const fs = f.filters.map((flt) => {
      if (flt.disabled) return undefined;
      const args = flt.args.map((a) => (a.kind === 'StringLit' || a.kind === 'NumberLit' ? plain(a) : undefined));
      if (args.some((a) => a === undefined)) return undefined;
      return args.length === 0 ? JSON.stringify(flt.name) : `[${[JSON.stringify(flt.name), ...args].join(', ')}]`;
    });
    if (fs.some((x) => x === undefined)) return undefined;
    out += `.filters(${fs.join(', ')})`;
  }
  for (const a of f.attrs) {
    if (a.name === 'values' && f.type === 'enum') continue;
    if (a.name === 'description' && a.value.kind === 'StringLit') out += `.description(${JSON.stringify(a.value.value)})`;
    else if (a.name === 'sensitive' && a.value.kind === 'BoolLit' && a.value.value) out += '.sensitive()';
    else if (a.name === 'table' && a.value.kind === 'StringLit') out += `.references(${JSON.stringify(a.value.value)})`;
    else return undefined;
  }
  return out;
}

/** `t.text('name').optional()…` for one field, or undefined. */
export function emitField(f: FieldDecl): string | undefined {
  const mods = modifiers(f);
  if (mods === undefined) return undefined;
  const name = JSON.stringify(f.name);
  if (f.type === 'enum') {
    const values = f.attrs.find((a) => a.name === 'values')?.value;
    if (values?.kind !== 'ArrayExpr' || !values.elements.every((e) => e.kind === 'StringLit')) return undefined;
    return `t.enum(${name}, ${JSON.stringify(values.elements.map((e) => (e.kind === 'StringLit' ? e.value : '')))})${mods}`;
  }
  if (f.type === 'object') {
    const nested = f.schema === undefined ? undefined : emitFields(f.schema);
    return nested === undefined ? undefined : `t.object(${name}, [${nested.join(', ')}])${mods}`;
  }
  if (f.schema !== undefined) return undefined;
  return BUILDERS.has(f.type) ? `t.${f.type}(${name})${mods}` : `t.field(${JSON.stringify(f.type)}, ${name})${mods}`;
}

/** Every field of a list, or undefined when one cannot be expressed (comments included). */
export function emitFields(list: FieldList): string[] | undefined {
  const out: string[] = [];
  for (const item of list) {
    if (item.kind === 'Comment') return undefined;
    const f = emitField(item);
    if (f === undefined) return undefined;
    out.push(f);
  }
  return out;
}
