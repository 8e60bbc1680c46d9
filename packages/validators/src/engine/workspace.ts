import type { Document, Expr, FieldDecl, ObjectDecl } from '@xac/xanoscript-dsl/ast';
import { attrOf, fieldsByName, stringOf } from './ast-util.js';

// The workspace model cross-file rules read: every object of a project — tables with their column
// types and indexes, functions with their inputs and response, api groups.

export interface TableInfo {
  readonly name: string;
  readonly columns: ReadonlyMap<string, FieldDecl>;
  /** Columns that lead some index (usable for a lookup); `id` always. */
  readonly indexed: ReadonlySet<string>;
}

export interface FunctionInfo {
  readonly name: string;
  readonly inputs: ReadonlyMap<string, FieldDecl>;
  readonly response: Expr | undefined;
  /** The declaration, for what needs its stack (the response shape, engine/shapes.ts). */
  readonly decl: ObjectDecl;
}

export interface Workspace {
  readonly tables: ReadonlyMap<string, TableInfo>;
  readonly functions: ReadonlyMap<string, FunctionInfo>;
  readonly apiGroups: ReadonlySet<string>;
  /** Functions the config's `lint.batchFunctions` names as long-running batch work. */
  readonly batchFunctions?: ReadonlySet<string>;
}

/** An empty model: cross-file rules stay quiet on kinds the workspace does not contain. */
export const EMPTY_WORKSPACE: Workspace = { tables: new Map(), functions: new Map(), apiGroups: new Set() };

const entry = (e: Expr | undefined, key: string): Expr | undefined =>
  e?.kind === 'ObjectExpr' ? e.entries.find((x) => x.key === key)?.value : undefined;

/** The leading column of each `index = [{field: [{name: …}, …]}, …]` entry. */
function leadingIndexColumns(index: Expr | undefined): Set<string> {
  const out = new Set<string>(['id']);
  if (index?.kind !== 'ArrayExpr') return out;
  for (const ix of index.elements) {
    const fields = entry(ix, 'field');
    const first = fields?.kind === 'ArrayExpr' ? fields.elements[0] : undefined;
    const name = stringOf(entry(first, 'name'));
    if (name !== undefined) out.add(name);
  }
  return out;
}

function addObject(ws: { tables: Map<string, TableInfo>; functions: Map<string, FunctionInfo>; apiGroups: Set<string> }, o: ObjectDecl): void {
  if (o.kind === 'TableDecl') {
    ws.tables.set(o.name, { name: o.name, columns: fieldsByName(o.schema), indexed: leadingIndexColumns(attrOf(o, 'index')) });
  } else if (o.kind === 'FunctionDecl') {
    ws.functions.set(o.name, { name: o.name, inputs: fieldsByName(o.input), response: o.response, decl: o });
  } else if (o.kind === 'ApiGroupDecl') {
    ws.apiGroups.add(o.name);
  }
}

/**
 * Builds the model from every parsed document of a project.
 * @example const ws = buildWorkspace(docs); ws.tables.get('user')?.columns.get('id')?.type // 'int'
 */
export function buildWorkspace(docs: readonly Document[], batchFunctions: readonly string[] = []): Workspace {
  const ws = { tables: new Map<string, TableInfo>(), functions: new Map<string, FunctionInfo>(), apiGroups: new Set<string>(), batchFunctions: new Set(batchFunctions) };
  for (const d of docs) if (d.object.kind !== 'RawDecl') addObject(ws, d.object);
  return ws;
}

/** The type of a table column; `id` is int by convention when the table is unknown. */
export function columnType(ws: Workspace, table: string | undefined, column: string): string | undefined {
  const t = table === undefined ? undefined : ws.tables.get(table);
  return t?.columns.get(column)?.type ?? (column === 'id' ? 'int' : undefined);
}
