import type { Expr } from '../ast/nodes/exprs.js';
import type { FieldItem, FieldList } from '../ast/nodes/fields.js';

// What import knows about the type of a value, to write the typed form where the DSL accepts it and
// an `unsafe()` marker (with its reason) where the types reject what the original code does.

/** The DSL value type of a field type (dsl/fields.ts `t.*`), without nullability. */
const BASE: Readonly<Record<string, string>> = {
  int: 'int', decimal: 'decimal', text: 'text', email: 'text', password: 'text', uuid: 'text', date: 'text', enum: 'text',
  bool: 'bool', timestamp: 'timestamp',
};

/** A field's DSL type when read: `int`, `text | null`, … (undefined for untyped ones: json, objects, lists). */
export function fieldType(f: FieldItem): { base: string; nullable: boolean } | undefined {
  if (f.kind !== 'FieldDecl' || f.array !== undefined) return undefined;
  const base = BASE[f.type];
  if (base === undefined) return undefined;
  return { base, nullable: f.nullable || (f.optional && f.default === undefined) };
}

/** Name → type of every field of a list. */
export function fieldTypes(list: FieldList | undefined): Map<string, { base: string; nullable: boolean }> {
  const out = new Map<string, { base: string; nullable: boolean }>();
  for (const f of list ?? []) {
    const t = f.kind === 'FieldDecl' ? fieldType(f) : undefined;
    if (t && f.kind === 'FieldDecl') out.set(f.name, t);
  }
  return out;
}

/**
 * The names `$input.<name>` may read: the declared fields, and for a `dblink` input the linked table's
 * columns except those its override hides. Undefined when a dblink names a table import does not know.
 */
export function inputNames(list: FieldList | undefined, tables: ReadonlyMap<string, { columns: ReadonlySet<string> }>): Set<string> | undefined {
  const out = new Set<string>();
  for (const f of list ?? []) {
    if (f.kind !== 'FieldDecl') continue;
    if (f.type !== 'dblink') {
      out.add(f.name);
      continue;
    }
    const table = f.attrs.find((a) => a.name === 'table')?.value;
    const columns = table?.kind === 'StringLit' ? tables.get(table.value)?.columns : undefined;
    if (columns === undefined) return undefined;
    const override = f.attrs.find((a) => a.name === 'override')?.value;
    const hidden = new Set(override?.kind === 'ObjectExpr' ? override.entries.flatMap((e) => (e.value.kind === 'ObjectExpr' && e.value.entries.some((h) => h.key === 'hidden' && h.value.kind === 'BoolLit' && h.value.value) ? [e.key] : [])) : []);
    for (const c of columns) if (!hidden.has(c)) out.add(c);
  }
  return out;
}

/** What a variable holds, as far as import knows. */
export type VarInfo =
  | { readonly kind: 'row'; readonly columns: ReadonlySet<string>; readonly maybeNull: boolean }
  /** A db.query list of a declared table: a foreach over it gives typed rows. */
  | { readonly kind: 'rows'; readonly columns: ReadonlySet<string>; readonly table: string }
  | { readonly kind: 'untyped'; readonly origin: string }
  /** `$response` inside a test block: read with `response.path(…)`, as the test asserts it. */
  | { readonly kind: 'response' };

/** Why a dot path on a variable of this kind does not type-check (the marker's reason). */
export function pathReason(info: VarInfo | undefined, path: string): string {
  if (info?.kind === 'row' && info.maybeNull) return `.${path} on a row that may be null (db.get without a null check)`;
  if (info?.kind === 'rows') return `.${path} on a list of "${info.table}" rows (a db.query result), which has no such key`;
  if (info?.kind === 'untyped') return `.${path} on ${info.origin}, which has no typed keys: read it with .get(key, default)`;
  return `.${path} read without a default on a value with no typed keys`;
}

/**
 * Why `value` cannot be the lookup value of a column of type `column`, or undefined when it can (or
 * when import cannot tell): only `$input.x` reads are judged, by the input's declared type.
 */
export function lookupMismatch(value: Expr, column: string | undefined, inputs: ReadonlyMap<string, { base: string; nullable: boolean }>): string | undefined {
  if (column === undefined || value.kind !== 'VarExpr' || value.name !== 'input' || value.path.length !== 1) return undefined;
  const step = value.path[0];
  const input = step?.kind === 'PropAccess' ? inputs.get(step.name) : undefined;
  if (input === undefined) return undefined;
  const same = input.base === column || (column === 'decimal' && input.base === 'int');
  const an = (w: string) => (/^[aeiou]/.test(w) ? `an ${w}` : `a ${w}`);
  if (!same) return `${an(input.base)} input as ${an(column)} lookup value (convert it, e.g. .toInt().firstNotEmpty(0))`;
  return input.nullable ? `an optional input as a lookup value, which may be null (give it a default)` : undefined;
}

/**
 * The variables a printed object sets somewhere: `var $x`, `… as $x` (results, loop items), and the
 * target of any statement that changes a variable (`var.update $x`, `math.add $x`, `array.push $x`).
 * Generous on purpose: a name here is never reported as unset.
 * @example declaredNames('var $a {\n  value = 1\n}\n') // Set { 'a' }
 */
export function declaredNames(printed: string): Set<string> {
  const out = new Set<string>();
  for (const m of printed.matchAll(/(?:\bas|^\s*[a-z_][a-z0-9_.]*)\s+\$([A-Za-z_][A-Za-z0-9_]*)/gm)) if (m[1] !== undefined) out.add(m[1]);
  return out;
}
