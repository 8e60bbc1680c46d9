import type { Expr } from '@xac/xanoscript-dsl/ast';
import { MissingParamError, ValueTypeError, XanoRuntimeError, where } from '../errors.js';
import { evaluate } from '../eval/expr.js';
import { COERCE } from '../input/coerce.js';
import type { Frame } from '../scope.js';
import { isObj, toText, type Obj, type Value } from '../values.js';
import type { Condition } from './database.js';
import { ident, type Column, type TableInfo } from './schema.js';
import { Params, toSql } from './where.js';

// Rows and lookups of the db statements (database.md "db.get" … "db.del").

/** A field value as its column stores it (numeric text to int, …: the input conversions of types.md). */
function toColumn(t: TableInfo, c: Column, v: Value, at: string): Value {
  if (v === null || c.kind === 'json') return v;
  const coerce = COERCE[c.field.type];
  return coerce ? coerce(v, `${t.name}.${c.name}`, at) : v;
}

function column(t: TableInfo, name: string, at: string): Column {
  const c = t.columns.find((x) => x.name === name);
  if (!c) throw new ValueTypeError(`table ${t.name} has no field ${name} (fields: ${t.columns.map((x) => x.name).join(', ')})`, at);
  return c;
}

/**
 * The `data` of a write as column values. Every key must be a field of the table (unverified: the
 * runtime refuses unknown keys rather than drop them). With `defaults`, fields left out get their
 * declared default (`created_at?=now`) or null.
 */
export function rowOf(t: TableInfo, data: Value, frame: Frame, at: string, defaults: boolean): Obj {
  if (!isObj(data)) throw new ValueTypeError(`data must be an object, got ${JSON.stringify(data)}`, at);
  const out: Obj = {};
  for (const [k, v] of Object.entries(data)) out[k] = toColumn(t, column(t, k, at), v, at);
  if (!defaults) return out;
  for (const c of t.columns) {
    if (c.name in out || c.name === 'id') continue;
    out[c.name] = c.field.default ? toColumn(t, c, evaluate(c.field.default, { frame }), at) : null;
  }
  return out;
}

const LOOKUP_TYPES: Readonly<Record<string, (v: Value) => boolean>> = {
  int: (v) => typeof v === 'number' && Number.isInteger(v),
  decimal: (v) => typeof v === 'number',
  bool: (v) => typeof v === 'boolean',
  timestamp: (v) => typeof v === 'number',
  text: (v) => typeof v === 'string' || typeof v === 'number',
};

/**
 * `field_name = "id"  field_value = …` as a condition. A null value, or one whose type is not the
 * column's (text "60" for an int id), is Xano's "Missing param: field_value" (reference/domain.md,
 * the seed 8140 report; unverified beyond it).
 */
export function lookup(t: TableInfo, field: Value, value: Value, at: string): Condition {
  const c = column(t, toText(field), at);
  const fits = LOOKUP_TYPES[c.kind] ?? (() => true);
  if (value === null || !fits(value)) throw new MissingParamError('field_value', at);
  return { sql: `${ident(t.name)}.${ident(c.name)} = $1`, params: [c.kind === 'text' ? toText(value) : value] };
}

/** A where clause as a condition. */
export function condition(t: TableInfo, e: Expr | undefined, frame: Frame): Condition {
  const params = new Params();
  const sql = e ? toSql(e, { table: t, params, value: (x) => evaluate(x, { frame }), at: (x) => where(frame.path, x.loc) }) : null;
  return { sql, params: params.values };
}

/** `output = ["id", "name"]`: only those fields of each row. */
export function pickOutput(row: Obj, output: Value, at: string): Obj {
  if (output === null) return row;
  if (!Array.isArray(output)) throw new XanoRuntimeError('output must be a list of field names', { at });
  const names = output.map(toText);
  return Object.fromEntries(Object.entries(row).filter(([k]) => names.includes(k)));
}
