import type { DbQueryStmt, GenericStmt } from '@xac/xanoscript-dsl/ast';
import { UnsupportedStatementError, ValueTypeError } from '../errors.js';
import type { Selection } from '../db/database.js';
import { condition, pickOutput, rowOf } from '../db/rows.js';
import type { TableInfo } from '../db/schema.js';
import type { Frame } from '../scope.js';
import { isObj, toNumber, toText, type Obj, type Value } from '../values.js';
import { assign, at, attrOf, attrValue } from './bind.js';
import { target } from './db-stmts.js';

// db.query (database.md "db.query": where, sort, return list/single/count/exists, paging) and the
// bulk statements (database.md "Bulk Operations"). Joins, eval and addons are not run yet.

type Sort = NonNullable<Selection['sort']>;

/** `sort = { created_at: "desc" }` (a dotted `table.field` key names the field). */
function sortOf(v: Value, t: TableInfo, here: string): Sort {
  if (v === null) return [];
  if (!isObj(v)) throw new ValueTypeError('sort must be an object like {created_at: "desc"}', here);
  return Object.entries(v).map(([k, dir]) => {
    const column = k.includes('.') ? k.slice(k.lastIndexOf('.') + 1) : k;
    if (!t.columns.some((c) => c.name === column)) throw new ValueTypeError(`table ${t.name} has no field ${k} to sort by`, here);
    const d = toText(dir).toLowerCase();
    if (d !== 'asc' && d !== 'desc' && d !== 'rand') throw new ValueTypeError(`sort direction must be asc, desc or rand, got ${JSON.stringify(dir)}`, here);
    return { column, direction: d };
  });
}

/** The paged result of apis.md "Pagination Response Format" (itemsTotal/pageTotal with totals: true, unverified names). */
async function paged(s: DbQueryStmt, frame: Frame, sel: Selection, paging: Obj): Promise<Value> {
  const { db, t } = await target(s, frame, 'db.query');
  const perPage = Math.max(1, toNumber(paging['per_page'] ?? 20) ?? 20);
  const page = Math.max(1, toNumber(paging['page'] ?? 1) ?? 1);
  const offset = (page - 1) * perPage;
  const rows = await db.select(t.name, { ...sel, limit: perPage + 1, offset });
  const items = rows.slice(0, perPage);
  if (paging['metadata'] === false) return items;
  const out: Obj = { itemsReceived: items.length, curPage: page, nextPage: rows.length > perPage ? page + 1 : null, prevPage: page > 1 ? page - 1 : null, offset, perPage, items };
  if (paging['totals'] === true) {
    const total = await db.count(t.name, sel.where);
    return { ...out, itemsTotal: total, pageTotal: Math.ceil(total / perPage) };
  }
  return out;
}

export async function dbQuery(s: DbQueryStmt, frame: Frame): Promise<void> {
  const here = at(frame, s);
  for (const name of ['join', 'eval', 'addon', 'additional_where']) {
    const e = attrOf(s, name);
    const empty = !e || (e.kind === 'ObjectExpr' && e.entries.length === 0) || (e.kind === 'ArrayExpr' && e.elements.length === 0) || e.kind === 'NullLit';
    if (!empty) throw new UnsupportedStatementError(`db.query with ${name}`, here);
  }
  const { db, t } = await target(s, frame, 'db.query');
  const where = condition(t, attrOf(s, 'where'), frame);
  const sel: Selection = { where, sort: sortOf(attrOf(s, 'sort') ? attrValue(s, 'sort', frame) : null, t, here) };
  const ret = attrOf(s, 'return') ? attrValue(s, 'return', frame) : null;
  const type = isObj(ret) ? toText(ret['type'] ?? 'list') : 'list';
  const output = attrOf(s, 'output') ? attrValue(s, 'output', frame) : null;
  const rows = (r: Obj[]): Value[] => r.map((x) => pickOutput(x, output, here));
  let result: Value;
  if (type === 'count') result = await db.count(t.name, where);
  else if (type === 'exists') result = (await db.count(t.name, where)) > 0;
  else if (type === 'single') result = rows(await db.select(t.name, { ...sel, limit: 1 }))[0] ?? null;
  else if (type === 'list' && isObj(ret) && isObj(ret['paging'] ?? null)) result = await paged(s, frame, sel, ret['paging'] as Obj);
  else if (type === 'list') result = rows(await db.select(t.name, sel));
  else throw new UnsupportedStatementError(`db.query return type ${type}`, here);
  if (s.as) assign(s.as, result, { frame }, false);
}

const rowsAttr = (s: GenericStmt, frame: Frame): Value => (attrOf(s, 'data') ? attrValue(s, 'data', frame) : attrValue(s, 'items', frame));

/** db.bulk.add / update / patch / delete. */
export async function dbBulk(s: GenericStmt, frame: Frame): Promise<void> {
  const here = at(frame, s);
  const { db, t } = await target(s, frame, s.name);
  let result: Value;
  if (s.name === 'db.bulk.add') {
    const list = rowsAttr(s, frame);
    if (!Array.isArray(list)) throw new ValueTypeError('db.bulk.add needs a list of rows in data (or items)', here);
    const added: Value[] = [];
    for (const r of list) added.push(await db.insert(t.name, rowOf(t, r, frame, here, true)));
    result = added;
  } else {
    const where = condition(t, attrOf(s, 'where'), frame);
    result = s.name === 'db.bulk.delete' ? await db.delete(t.name, where) : (await db.update(t.name, where, rowOf(t, rowsAttr(s, frame), frame, here, false))).length;
  }
  if (s.as) assign(s.as, result, { frame }, false);
}
