import type { AttrStmt, DbAddOrEditStmt, DbAddStmt, DbDelStmt, DbEditStmt, DbGetStmt, DbHasStmt, DbPatchStmt, GenericStmt, GroupStmt, Stmt } from '@xac/xanoscript-dsl/ast';
import { DatabaseMissingError, RecordNotFoundError } from '../errors.js';
import { evaluate } from '../eval/expr.js';
import type { Database } from '../db/database.js';
import { lookup, pickOutput, rowOf } from '../db/rows.js';
import type { TableInfo } from '../db/schema.js';
import type { Frame } from '../scope.js';
import { isObj, toText, truthy, type Value } from '../values.js';
import { assign, at, attrOf, attrValue } from './bind.js';
import { dbQuery } from './db-query.js';

// db.* statements on the run's Database (database.md). Each binds its result with `as`.

/** The run's database, opened on first use when the context gives a way to open it. */
export async function database(s: Stmt, frame: Frame, keyword: string): Promise<Database> {
  const source = frame.state.ctx.db;
  if (!source) throw new DatabaseMissingError(keyword, at(frame, s));
  if (typeof source !== 'function') return source;
  frame.state.db ??= source();
  return frame.state.db;
}

/** The run's database and the statement's table. */
export async function target(s: AttrStmt, frame: Frame, keyword: string): Promise<{ db: Database; t: TableInfo }> {
  const db = await database(s, frame, keyword);
  return { db, t: db.table(toText(s.target ? evaluate(s.target, { frame }) : null), at(frame, s)) };
}

const bind = (s: AttrStmt, frame: Frame, v: Value): void => {
  if (s.as) assign(s.as, v, { frame }, false);
};

async function found(s: DbGetStmt | DbHasStmt | DbEditStmt | DbPatchStmt | DbAddOrEditStmt | DbDelStmt, frame: Frame, keyword: string) {
  const { db, t } = await target(s, frame, keyword);
  const where = lookup(t, attrValue(s, 'field_name', frame), attrValue(s, 'field_value', frame), at(frame, s));
  const [row] = await db.select(t.name, { where, limit: 1 });
  return { db, t, where, row: row ?? null };
}

async function edit(s: DbEditStmt | DbPatchStmt, frame: Frame, keyword: string): Promise<void> {
  const { db, t, where, row } = await found(s, frame, keyword);
  if (!row) throw new RecordNotFoundError(t.name, toText(attrValue(s, 'field_name', frame)), attrValue(s, 'field_value', frame), at(frame, s));
  const [updated] = await db.update(t.name, where, rowOf(t, attrValue(s, 'data', frame), frame, at(frame, s), false));
  bind(s, frame, pickOutput(updated ?? row, attrValue(s, 'output', frame), at(frame, s)));
}

export const dbGet = async (s: DbGetStmt, frame: Frame): Promise<void> => {
  const { row } = await found(s, frame, 'db.get');
  bind(s, frame, row ? pickOutput(row, attrValue(s, 'output', frame), at(frame, s)) : null);
};

export const dbHas = async (s: DbHasStmt, frame: Frame): Promise<void> => bind(s, frame, (await found(s, frame, 'db.has')).row !== null);

export const dbAdd = async (s: DbAddStmt, frame: Frame): Promise<void> => {
  const { db, t } = await target(s, frame, 'db.add');
  const row = await db.insert(t.name, rowOf(t, attrValue(s, 'data', frame), frame, at(frame, s), true));
  bind(s, frame, pickOutput(row, attrValue(s, 'output', frame), at(frame, s)));
};

export const dbEdit = (s: DbEditStmt, frame: Frame): Promise<void> => edit(s, frame, 'db.edit');
export const dbPatch = (s: DbPatchStmt, frame: Frame): Promise<void> => edit(s, frame, 'db.patch');

export const dbAddOrEdit = async (s: DbAddOrEditStmt, frame: Frame): Promise<void> => {
  const { db, t, where, row } = await found(s, frame, 'db.add_or_edit');
  const field = toText(attrValue(s, 'field_name', frame));
  const data = attrValue(s, 'data', frame);
  const out = row
    ? (await db.update(t.name, where, rowOf(t, data, frame, at(frame, s), false)))[0] ?? row
    : await db.insert(t.name, rowOf(t, isObj(data) ? { [field]: attrValue(s, 'field_value', frame), ...data } : data, frame, at(frame, s), true));
  bind(s, frame, pickOutput(out, attrValue(s, 'output', frame), at(frame, s)));
};

export const dbDel = async (s: DbDelStmt, frame: Frame): Promise<void> => {
  const { db, t, where, row } = await found(s, frame, 'db.del');
  if (!row) throw new RecordNotFoundError(t.name, toText(attrValue(s, 'field_name', frame)), attrValue(s, 'field_value', frame), at(frame, s));
  await db.delete(t.name, where);
};

export { dbQuery };

/** `db.transaction { stack { … } }`: all or nothing (database.md "db.transaction"). */
export async function dbTransaction(s: GroupStmt, frame: Frame, runBody: (b: readonly Stmt[], f: Frame) => Promise<void>): Promise<void> {
  const db = await database(s, frame, 'db.transaction');
  await db.sql.exec('BEGIN');
  try {
    await runBody(s.body, frame);
  } catch (err) {
    await db.sql.exec('ROLLBACK');
    throw err;
  }
  await db.sql.exec('COMMIT');
}

/** `db.truncate "t" { reset = true }`. */
export async function dbTruncate(s: GenericStmt, frame: Frame): Promise<void> {
  const { db, t } = await target(s, frame, s.name);
  await db.truncate(t.name, truthy(attrOf(s, 'reset') ? attrValue(s, 'reset', frame) : false));
}
