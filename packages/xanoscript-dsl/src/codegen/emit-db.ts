import type { Expr } from '../ast/nodes/exprs.js';
import type { Attribute } from '../ast/nodes/misc.js';
import type { AttrStmt } from '../ast/nodes/stmts.js';
import type { ExprEmitter } from './emit-expr.js';
import { lookupMismatch, type VarInfo } from './var-types.js';

// db.* statements → `s.db.<method>(table, { … })`. A table of the workspace gives typed lookups and
// rows; a table that is not (it lives only remotely) is named with `tableRef("name")`: its rows are
// untyped JSON. Undefined means the statement stays raw.

/** What db emission needs from the statement emitter. */
export interface DbHost {
  readonly tables: ReadonlyMap<string, { binding: string; columns: ReadonlySet<string>; types?: ReadonlyMap<string, string> }>;
  readonly inputs: ReadonlyMap<string, { base: string; nullable: boolean }>;
  readonly escapes: string[];
  readonly vars: Map<string, string>;
  readonly info: Map<string, VarInfo>;
  /** Declares a variable and records what it holds; the `const x = ` / `x = ` prefix, or ''. */
  bindAs(name: string, info: VarInfo): string;
  lit(name: string): string;
  asName(e: Expr | undefined): string | undefined;
}

/** A sort key naming its table: `"banner.sort_order"`. */
const TABLE_COLUMN = /^[A-Za-z_]\w*\.[A-Za-z_]\w*$/;
const get = (attrs: readonly Attribute[], name: string) => attrs.find((a) => a.name === name)?.value;
const EXTRAS = ['addon', 'join', 'eval', 'additional_where', 'override_sort', 'enforce_hidden_fields'];
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  DbGetStmt: ['field_name', 'field_value', 'output', ...EXTRAS],
  DbHasStmt: ['field_name', 'field_value'],
  DbDelStmt: ['field_name', 'field_value'],
  DbAddStmt: ['data', 'output', ...EXTRAS],
  DbEditStmt: ['field_name', 'field_value', 'data', 'output', ...EXTRAS],
  DbPatchStmt: ['field_name', 'field_value', 'data', 'output', ...EXTRAS],
  DbAddOrEditStmt: ['field_name', 'field_value', 'data', 'output', ...EXTRAS],
  DbQueryStmt: ['where', 'sort', 'return', 'output', ...EXTRAS],
};
const METHOD: Readonly<Record<string, string>> = {
  DbGetStmt: 'get', DbHasStmt: 'has', DbDelStmt: 'del', DbAddStmt: 'add', DbEditStmt: 'edit', DbPatchStmt: 'patch',
  DbAddOrEditStmt: 'addOrEdit', DbQueryStmt: 'query',
};
/** Whether the statement must / may / must not bind `as`. */
const BINDS: Readonly<Record<string, 'must' | 'may' | 'never'>> = {
  DbGetStmt: 'must', DbHasStmt: 'must', DbDelStmt: 'never', DbQueryStmt: 'may',
  DbAddStmt: 'may', DbEditStmt: 'may', DbPatchStmt: 'may', DbAddOrEditStmt: 'may',
};

function outputPart(e: Expr, columns: ReadonlySet<string> | undefined): string | undefined {
  if (e.kind !== 'ArrayExpr' || !e.elements.every((el) => el.kind === 'StringLit' && (columns === undefined || columns.has(el.value)))) return undefined;
  return `output: ${JSON.stringify(e.elements.map((el) => (el.kind === 'StringLit' ? el.value : '')))}`;
}

function returnPart(e: Expr, x: ExprEmitter): string | undefined {
  if (e.kind !== 'ObjectExpr' || !e.entries.every((en) => en.key === 'type' || en.key === 'paging')) return undefined;
  const type = e.entries.find((en) => en.key === 'type')?.value;
  const paging = e.entries.find((en) => en.key === 'paging')?.value;
  if (type?.kind !== 'StringLit' || !['list', 'single', 'count', 'exists'].includes(type.value)) return undefined;
  if (paging && (paging.kind !== 'ObjectExpr' || !paging.entries.every((en) => ['page', 'per_page', 'offset', 'totals', 'metadata'].includes(en.key)))) return undefined;
  return `return: ${x.value(e)}`;
}

/** One db.* statement as a DSL call, or undefined. */
export function emitDb(h: DbHost, st: AttrStmt, x: ExprEmitter): string | undefined {
  const name = st.target?.kind === 'StringLit' && st.target.value.trim() !== '' ? st.target.value : undefined;
  const allowed = ALLOWED[st.kind];
  if (name === undefined || allowed === undefined || !st.attrs.every((a) => allowed.includes(a.name))) return undefined;
  const known = h.tables.get(name);
  const columns = known?.columns;
  const as = st.as === undefined ? undefined : h.asName(st.as);
  const binds = BINDS[st.kind];
  if ((st.as !== undefined && as === undefined) || (binds === 'must' && !as) || (binds === 'never' && st.as !== undefined)) return undefined;
  const parts: string[] = [];
  for (const a of st.attrs) {
    const part = attrPart(h, st, a, x, name, known);
    if (part === undefined) return undefined;
    parts.push(part);
  }
  if (as) parts.push(`as: ${h.lit(as)}`);
  const table = known?.binding ?? `tableRef(${JSON.stringify(name)})`;
  const call = `s.db.${METHOD[st.kind]}(${table}, { ${parts.join(', ')} });`;
  if (!as) return call;
  return h.bindAs(as, infoOf(st, name, columns)) + call;
}

function infoOf(st: AttrStmt, table: string, columns: ReadonlySet<string> | undefined): VarInfo {
  if (columns === undefined) return { kind: 'untyped', origin: `a row of table "${table}", which is not declared in this workspace` };
  const ret = get(st.attrs, 'return');
  const type = ret?.kind === 'ObjectExpr' ? ret.entries.find((e) => e.key === 'type')?.value : undefined;
  if (st.kind === 'DbGetStmt' || (st.kind === 'DbQueryStmt' && type?.kind === 'StringLit' && type.value === 'single')) return { kind: 'row', columns, maybeNull: true };
  const paging = ret?.kind === 'ObjectExpr' ? ret.entries.find((e) => e.key === 'paging')?.value : undefined;
  const bare = paging?.kind === 'ObjectExpr' && paging.entries.some((e) => e.key === 'metadata' && e.value.kind === 'BoolLit' && !e.value.value);
  const list = type === undefined || (type.kind === 'StringLit' && type.value === 'list');
  if (st.kind === 'DbQueryStmt' && list && (paging === undefined || bare)) return { kind: 'rows', columns, table };
  if (st.kind === 'DbQueryStmt') return { kind: 'untyped', origin: `a db.query result of "${table}"` };
  return { kind: 'row', columns, maybeNull: false };
}

function attrPart(h: DbHost, st: AttrStmt, a: Attribute, x: ExprEmitter, table: string, known: { columns: ReadonlySet<string>; types?: ReadonlyMap<string, string> } | undefined): string | undefined {
  const v = a.value;
  switch (a.name) {
    case 'field_name':
      return v.kind === 'StringLit' && (known === undefined || known.columns.has(v.value)) ? `field_name: ${JSON.stringify(v.value)}` : undefined;
    case 'field_value': {
      const col = get(st.attrs, 'field_name');
      const why = known === undefined || col?.kind !== 'StringLit' ? undefined : lookupMismatch(v, known.types?.get(col.value), h.inputs);
      if (why === undefined) return `field_value: ${x.value(v)}`;
      h.escapes.push(`unsafe(${col?.kind === 'StringLit' ? col.value : ''} lookup)`);
      return `field_value: unsafe(${x.value(v)}, [], ${JSON.stringify(why)})`;
    }
    case 'data':
      return v.kind === 'ObjectExpr' || st.kind === 'DbPatchStmt' ? `data: ${x.value(v)}` : undefined;
    case 'output':
      return outputPart(v, known?.columns);
    case 'return':
      return returnPart(v, x);
    case 'where': {
      const wx = x.with({ vars: h.vars, info: h.info, whereTable: table, ...(known ? { whereColumns: known.columns } : {}) });
      return `where: (c) => ${wx.value(v)}`;
    }
    case 'sort':
      return v.kind === 'ObjectExpr' && v.entries.every((e) => e.value.kind === 'StringLit' && ['asc', 'desc'].includes(e.value.value) && (known === undefined || known.columns.has(e.key) || TABLE_COLUMN.test(e.key))) ? `sort: ${x.value(v)}` : undefined;
    default:
      return `${a.name}: ${x.value(v)}`;
  }
}
