import type { Expr, FieldDecl, VarExpr } from '@xac/xanoscript-dsl/ast';
import { attrOf } from './ast-util.js';
import type { UseInfo } from './scope.js';
import type { Workspace } from './workspace.js';

// Enum columns and inputs as rules see them: `enum status { values = ["New", "In Process"] }` in a
// table schema or an input block. A value reference names where its values are declared.

/** An enum a value belongs to: its declared values, and a label for messages (`job.status`, `$input.kind`). */
export interface EnumRef {
  readonly where: string;
  readonly values: readonly string[];
}

/**
 * The declared values of an enum field (string literals of `values = […]`), or undefined when the
 * field is not an enum or its values are not all literals.
 * @example enumValues(field) // ['New', 'In Process', 'Complete', 'Error']
 */
export function enumValues(f: FieldDecl | undefined): readonly string[] | undefined {
  if (f?.type !== 'enum') return undefined;
  const v = attrOf(f, 'values');
  if (v?.kind !== 'ArrayExpr' || v.elements.length === 0) return undefined;
  const out = v.elements.map((e) => (e.kind === 'StringLit' ? e.value : undefined));
  return out.every((x): x is string => x !== undefined) ? out : undefined;
}

/** The enum of a table column, when the workspace knows the table and the column is an enum. */
export function columnEnum(ws: Workspace, table: string | undefined, column: string | undefined): EnumRef | undefined {
  const values = table === undefined || column === undefined ? undefined : enumValues(ws.tables.get(table)?.columns.get(column));
  return values && { where: `${table}.${column}`, values };
}

const ROW_SOURCES: ReadonlySet<string> = new Set(['db.get', 'db.row']);

/**
 * The enum a value reference reads: `$db.t.col` (in a where), `$input.x` (an enum input), or
 * `$row.col` of a row bound by `db.get`, a single `db.query`, or a `foreach` over a `db.query`.
 */
export function enumOf(e: Expr, ws: Workspace, inputs: ReadonlyMap<string, FieldDecl>, use: (v: VarExpr) => UseInfo | undefined): EnumRef | undefined {
  if (e.kind !== 'VarExpr') return undefined;
  const keys = e.path.map((p) => (p.kind === 'PropAccess' ? p.name : undefined));
  if (e.name === 'db' && keys.length === 2) return columnEnum(ws, keys[0], keys[1]);
  if (e.name === 'input' && keys.length === 1) {
    const values = enumValues(inputs.get(keys[0] ?? ''));
    return values && { where: `$input.${keys[0]}`, values };
  }
  if (keys.length !== 1) return undefined;
  const b = use(e)?.binding;
  const rowLike = b !== undefined && (ROW_SOURCES.has(b.source) || (b.source === 'db.query' && b.single === true));
  return rowLike ? columnEnum(ws, b.target, keys[0]) : undefined;
}

/** `"inprocess"` for `"In Process"`, `"IN_PROCESS"` and `"in-process"`: how one value is spelled in another case convention. */
const folded = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The declared value the literal is another spelling of (case, spaces, `_`, `-`), if exactly one. */
export function respelled(value: string, values: readonly string[]): string | undefined {
  const hits = values.filter((v) => folded(v) === folded(value));
  return hits.length === 1 ? hits[0] : undefined;
}
