import type { FieldDecl, FieldList } from '@xac/xanoscript-dsl/ast';
import { InputValidationError, MissingParamError, where } from '../errors.js';
import { evaluate } from '../eval/expr.js';
import type { Frame } from '../scope.js';
import { isObj, toText, type Obj, type Value } from '../values.js';
import { COERCE } from './coerce.js';
import { applyInputFilters } from './input-filters.js';

// Input validation — types.md "Modifiers" and "Input Block": `?` after the type is nullable, after
// the name optional; `name?=default`; `filters=`; `type[min:max]` arrays; `object { schema }`.
// A required input that is absent (or null where not nullable) is Xano's "Missing param: <name>".

const TEXTUAL = new Set(['text', 'email', 'password', 'enum', 'uuid']);

/** Where errors point: the call site (function.run), else the field's declaration. */
export interface InputSite {
  readonly path: string | undefined;
  readonly at?: string;
}

function coerceOne(f: FieldDecl, v: Value, name: string, site: InputSite, frame: Frame): Value {
  const at = site.at ?? where(site.path, f.loc);
  if (v === null) return null;
  if (f.type === 'object' && !f.schema) return v; // no schema: any JSON value (unverified)
  if (f.type === 'object' && f.schema) {
    if (!isObj(v)) throw new InputValidationError(`Invalid value for ${name}: expected object`, at);
    return validateInput(f.schema, v, site, frame, `${name}.`);
  }
  if (f.type === 'enum') {
    const values = f.attrs.find((a) => a.name === 'values');
    const allowed = values ? evaluate(values.value, { frame }) : null;
    if (Array.isArray(allowed) && !allowed.includes(v)) throw new InputValidationError(`Invalid value for ${name}: expected one of ${JSON.stringify(allowed)}`, at);
  }
  const coerce = COERCE[f.type];
  return coerce ? coerce(v, name, at) : v;
}

function arrayOf(f: FieldDecl, v: Value, name: string, site: InputSite, frame: Frame): Value {
  const at = site.at ?? where(site.path, f.loc);
  const list = Array.isArray(v) ? v : bad(name, at);
  const { min, max } = f.array ?? {};
  if ((min !== undefined && list.length < min) || (max !== undefined && list.length > max)) {
    throw new InputValidationError(`Invalid value for ${name}: expected ${min ?? 0} to ${max ?? 'any number of'} items, got ${list.length}`, at);
  }
  return list.map((x, i) => coerceOne(f, x, `${name}.${i}`, site, frame));
}

const bad = (name: string, at: string): never => {
  throw new InputValidationError(`Invalid value for ${name}: expected an array`, at);
};

function field(f: FieldDecl, given: Obj, site: InputSite, frame: Frame, prefix: string): Value | undefined {
  const name = prefix + f.name;
  const at = site.at ?? where(site.path, f.loc);
  let v: Value | undefined = Object.prototype.hasOwnProperty.call(given, f.name) ? given[f.name] : undefined;
  if (v === undefined && f.default) v = evaluate(f.default, { frame });
  // An optional input sent as "" is left out when its type is not text (unverified; forms send "").
  if (v === '' && f.optional && !TEXTUAL.has(f.type)) v = undefined;
  if (v === undefined || (v === null && !f.nullable)) {
    if (!f.optional) throw new MissingParamError(name, at);
    return null;
  }
  const typed = f.array ? (v === null ? null : arrayOf(f, v, name, site, frame)) : coerceOne(f, v, name, site, frame);
  return applyInputFilters(typed, f.filters, name, site.path, at);
}

/**
 * types.md "Database Link Inputs (dblink)": one input per column of the table, but `id` and those
 * the `override` hides (`override = {email: {hidden: true}}`), as the table declares them.
 */
function dblinkFields(f: FieldDecl, site: InputSite, frame: Frame): FieldDecl[] {
  const attr = (n: string) => f.attrs.find((a) => a.name === n)?.value;
  const name = toText(attr('table') ? evaluate(attr('table')!, { frame }) : null);
  const table = frame.state.ctx.tables?.find((t) => t.name === name);
  if (!table) throw new InputValidationError(`dblink: no table "${name}" in the workspace`, site.at ?? where(site.path, f.loc));
  const override = attr('override') ? evaluate(attr('override')!, { frame }) : null;
  const hidden = (n: string) => isObj(override) && isObj(override[n]) && override[n]['hidden'] === true;
  return (table.schema ?? []).flatMap((c) => (c.kind === 'FieldDecl' && c.name !== 'id' && !hidden(c.name) ? [c] : []));
}

/**
 * The `$input` a stack sees: the declared fields, converted, defaulted and filtered. Keys that are
 * not declared are dropped (unverified), so reading one is "Unable to locate input".
 * @example validateInput(fn.input ?? [], { user_id: "60" }, { path: 'f.xs' }, frame) // { user_id: 60 } for `int user_id`
 */
export function validateInput(fields: FieldList, given: Obj, site: InputSite, frame: Frame, prefix = ''): Obj {
  const out: Obj = {};
  for (const f of fields.flatMap((x) => (x.kind === 'FieldDecl' && x.type === 'dblink' ? dblinkFields(x, site, frame) : [x]))) {
    if (f.kind !== 'FieldDecl') continue;
    const v = field(f, given, site, frame, prefix);
    if (v !== undefined) out[f.name] = v;
  }
  return out;
}
