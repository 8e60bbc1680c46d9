import { commentSource } from '../dsl/comment-text.js';
import type { Expr } from '../ast/nodes/exprs.js';
import type { FieldDecl, FieldList } from '../ast/nodes/fields.js';

// Field declarations → `t.<type>('name')` chains; undefined when the DSL cannot express one exactly.

const BUILDERS = new Set(['int', 'decimal', 'text', 'email', 'password', 'uuid', 'bool', 'timestamp', 'date', 'json', 'image', 'file']);

/** A plain literal as TypeScript (objects and arrays of literals included), or undefined. */
export function plain(e: Expr): string | undefined {
  switch (e.kind) {
    case 'StringLit':
      return JSON.stringify(e.value);
    case 'NumberLit':
      return String(Number(e.value)) === e.value ? e.value : undefined;
    case 'BoolLit':
      return String(e.value);
    case 'NullLit':
      return 'null';
    case 'ObjectExpr': {
      if (e.entries.some((x) => x.disabled === true)) return undefined;
      const parts = e.entries.map((x) => [JSON.stringify(x.key), plain(x.value)] as const);
      return parts.some(([, v]) => v === undefined) ? undefined : `{ ${parts.map(([k, v]) => `${k}: ${v}`).join(', ')} }`;
    }
    case 'ArrayExpr': {
      const parts = e.elements.map(plain);
      return parts.some((v) => v === undefined) ? undefined : `[${parts.join(', ')}]`;
    }
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
    else if (f.default.kind === 'RawExpr' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(f.default.source)) out += `.defaultWord(${JSON.stringify(f.default.source)})`;
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
    const m = attrMethod(a.name, a.value);
    if (m === undefined) return undefined;
    out += m;
  }
  return out;
}

const VISIBILITY = new Set(['public', 'private', 'internal']);

/** One field attribute as a modifier call: the documented ones by name, any other plain value by `.attr`. */
function attrMethod(name: string, value: Expr): string | undefined {
  if (name === 'description' && value.kind === 'StringLit') return `.description(${JSON.stringify(value.value)})`;
  if (name === 'sensitive' && value.kind === 'BoolLit' && value.value) return '.sensitive()';
  if (name === 'table' && value.kind === 'StringLit') return `.references(${JSON.stringify(value.value)})`;
  if (name === 'visibility' && value.kind === 'StringLit' && VISIBILITY.has(value.value)) return `.visibility(${JSON.stringify(value.value)})`;
  const v = plain(value);
  return v === undefined || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? undefined : `.attr(${JSON.stringify(name)}, ${v})`;
}

/** Table name → the JS binding of the imported table (for `t.dblink`). */
export type TableBindings = ReadonlyMap<string, { readonly binding: string }>;

/** `t.dblink(table, { override })`: only for a table of the workspace (its columns type the inputs). */
function dblinkField(f: FieldDecl, tables: TableBindings | undefined): string | undefined {
  const table = f.attrs.find((a) => a.name === 'table')?.value;
  const override = f.attrs.find((a) => a.name === 'override')?.value;
  const names = f.attrs.map((a) => a.name).join(',');
  if (names !== 'table' && names !== 'table,override') return undefined;
  const binding = table?.kind === 'StringLit' ? tables?.get(table.value)?.binding : undefined;
  if (binding === undefined || f.name !== '' || f.nullable || f.optional || f.array || f.default || f.filters.length > 0 || f.schema) return undefined;
  if (override === undefined) return `t.dblink(${binding})`;
  if (override.kind !== 'ObjectExpr' || override.entries.some((e) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(e.key))) return undefined;
  const entries = override.entries.map((e) => [e.key, plain(e.value)] as const);
  if (entries.some(([, v]) => v === undefined)) return undefined;
  return `t.dblink(${binding}, { override: { ${entries.map(([k, v]) => `${k}: ${v}`).join(', ')} } })`;
}

/** `t.text('name').optional()…` for one field, or undefined. */
export function emitField(f: FieldDecl, tables?: TableBindings): string | undefined {
  if (f.type === 'dblink') return dblinkField(f, tables);
  const mods = modifiers(f);
  if (mods === undefined) return undefined;
  const name = JSON.stringify(f.name);
  if (f.type === 'enum') {
    const values = f.attrs.find((a) => a.name === 'values')?.value;
    if (values?.kind !== 'ArrayExpr' || !values.elements.every((e) => e.kind === 'StringLit')) return undefined;
    return `t.enum(${name}, ${JSON.stringify(values.elements.map((e) => (e.kind === 'StringLit' ? e.value : '')))})${mods}`;
  }
  if (f.type === 'object') {
    if (f.schema === undefined) return `t.object(${name})${mods}`;
    const nested = emitFields(f.schema);
    return nested === undefined ? undefined : `t.object(${name}, [${nested.join(', ')}])${mods}`;
  }
  if (f.schema !== undefined) return undefined;
  return BUILDERS.has(f.type) ? `t.${f.type}(${name})${mods}` : `t.field(${JSON.stringify(f.type)}, ${name})${mods}`;
}

/** `//` comment text as the argument of `.comments()`: undefined when it has no leading space. */
const commentLine = (text: string): string | undefined => commentSource(text);

/**
 * Every field of a list, or undefined when one cannot be expressed. Comments go on the field that
 * follows them (`.comments(…)`); comments after the last field cannot, and leave the list raw.
 */
export function emitFields(list: FieldList, tables?: TableBindings): string[] | undefined {
  const out: string[] = [];
  let pending: string[] = [];
  for (const item of list) {
    if (item.kind === 'Comment') {
      const line = commentLine(item.text);
      if (line === undefined) return undefined;
      pending.push(line);
      continue;
    }
    const f = emitField(item, tables);
    if (f === undefined) return undefined;
    out.push(pending.length === 0 ? f : `${f}.comments(${pending.map((l) => JSON.stringify(l)).join(', ')})`);
    pending = [];
  }
  return pending.length === 0 ? out : undefined;
}
