import type { TableDecl } from '@xac/xanoscript-dsl/ast';
import { pgliteAdapter, type SqlAdapter } from './adapter.js';
import { createIndexSql, createTableSql, ident, tableInfo, type Column, type TableInfo } from './schema.js';
import { XanoRuntimeError } from '../errors.js';
import { fromJson, type Obj, type Value } from '../values.js';

/** A table the workspace does not declare. */
export class UnknownTableError extends XanoRuntimeError {
  constructor(readonly table: string, at?: string) {
    super(`no table "${table}" in the workspace`, at === undefined ? {} : { at });
    this.name = 'UnknownTableError';
  }
}

/** A condition in SQL with its parameters (from where.ts). */
export interface Condition {
  readonly sql: string | null;
  readonly params: readonly unknown[];
}

/** How `db.query` orders and pages its rows. */
export interface Selection {
  readonly where: Condition;
  readonly sort?: ReadonlyArray<{ readonly column: string; readonly direction: 'asc' | 'desc' | 'rand' }>;
  readonly limit?: number;
  readonly offset?: number;
}

/**
 * The workspace's tables on one SQL connection: rows in, rows out, in XanoScript values.
 * @example const db = await Database.open(tables); await db.insert('user', { name: 'Ann' })
 */
export class Database {
  private readonly tables: ReadonlyMap<string, TableInfo>;
  private constructor(readonly sql: SqlAdapter, tables: readonly TableInfo[]) {
    this.tables = new Map(tables.map((t) => [t.name, t]));
  }

  /** Create (if missing) every declared table on `adapter` (default: a fresh in-memory PGlite). */
  static async open(decls: readonly TableDecl[], adapter?: SqlAdapter): Promise<Database> {
    const sql = adapter ?? (await pgliteAdapter());
    const tables = decls.map(tableInfo);
    for (const t of tables) {
      await sql.exec(createTableSql(t));
      // A table created earlier without a column an index names cannot take the index; the lookups still work, unindexed.
      for (const cols of t.indexes) await sql.exec(createIndexSql(t, cols)).catch(() => undefined);
    }
    return new Database(sql, tables);
  }

  /** The table's columns; `at` is where the statement naming it sits. */
  table(name: string, at?: string): TableInfo {
    const t = this.tables.get(name);
    if (!t) throw new UnknownTableError(name, at);
    return t;
  }

  private decode(t: TableInfo, row: Record<string, unknown>): Obj {
    return Object.fromEntries(t.columns.map((c) => [c.name, fromJson(row[c.name])]));
  }

  private param(c: Column, v: Value): unknown {
    return c.kind === 'json' && v !== null ? JSON.stringify(v) : v;
  }

  async select(table: string, s: Selection): Promise<Obj[]> {
    const t = this.table(table);
    const order = (s.sort ?? []).map((o) => (o.direction === 'rand' ? 'random()' : `${ident(t.name)}.${ident(o.column)} ${o.direction.toUpperCase()}`));
    const sql = [`SELECT * FROM ${ident(t.name)}`, s.where.sql ? `WHERE ${s.where.sql}` : '', order.length > 0 ? `ORDER BY ${order.join(', ')}` : `ORDER BY ${ident(t.name)}.${ident('id')}`,
      s.limit !== undefined ? `LIMIT ${Math.trunc(s.limit)}` : '', s.offset ? `OFFSET ${Math.trunc(s.offset)}` : ''].filter((x) => x !== '').join(' ');
    return (await this.sql.query(sql, s.where.params)).map((r) => this.decode(t, r));
  }

  async count(table: string, where: Condition): Promise<number> {
    const t = this.table(table);
    const rows = await this.sql.query(`SELECT count(*)::int AS n FROM ${ident(t.name)}${where.sql ? ` WHERE ${where.sql}` : ''}`, where.params);
    return Number(rows[0]?.['n'] ?? 0);
  }

  async insert(table: string, row: Obj): Promise<Obj> {
    const t = this.table(table);
    const cols = t.columns.filter((c) => c.name in row && !(c.name === 'id' && row['id'] === null));
    const values = cols.map((c) => this.param(c, row[c.name] as Value));
    const sql = cols.length === 0 ? `INSERT INTO ${ident(t.name)} DEFAULT VALUES RETURNING *`
      : `INSERT INTO ${ident(t.name)} (${cols.map((c) => ident(c.name)).join(', ')}) VALUES (${cols.map((c, i) => `$${i + 1}${c.kind === 'json' ? '::jsonb' : ''}`).join(', ')}) RETURNING *`;
    const [out] = await this.sql.query(sql, values);
    // An explicit id (fixture rows) moves the identity on, so the next generated id does not collide.
    if (cols.some((c) => c.name === 'id')) {
      await this.sql.query(`SELECT setval(pg_get_serial_sequence($1, 'id'), (SELECT max(${ident('id')}) FROM ${ident(t.name)}))`, [ident(t.name)]);
    }
    return this.decode(t, out ?? {});
  }

  /** Update the rows matching `where` with `data`; the updated rows. */
  async update(table: string, where: Condition, data: Obj): Promise<Obj[]> {
    const t = this.table(table);
    const cols = t.columns.filter((c) => c.name in data && c.name !== 'id');
    if (cols.length === 0) return this.select(table, { where });
    const offset = where.params.length;
    const set = cols.map((c, i) => `${ident(c.name)} = $${offset + i + 1}${c.kind === 'json' ? '::jsonb' : ''}`).join(', ');
    const sql = `UPDATE ${ident(t.name)} SET ${set}${where.sql ? ` WHERE ${where.sql}` : ''} RETURNING *`;
    return (await this.sql.query(sql, [...where.params, ...cols.map((c) => this.param(c, data[c.name] as Value))])).map((r) => this.decode(t, r));
  }

  async delete(table: string, where: Condition): Promise<number> {
    const t = this.table(table);
    return (await this.sql.query(`DELETE FROM ${ident(t.name)}${where.sql ? ` WHERE ${where.sql}` : ''} RETURNING ${ident('id')}`, where.params)).length;
  }

  async truncate(table: string, reset: boolean): Promise<void> {
    await this.sql.exec(`TRUNCATE ${ident(this.table(table).name)}${reset ? ' RESTART IDENTITY' : ''}`);
  }

  /** Remove every row of every table and restart the ids (each test starts from empty tables). */
  async empty(): Promise<void> {
    if (this.tables.size === 0) return;
    await this.sql.exec(`TRUNCATE ${[...this.tables.values()].map((t) => ident(t.name)).join(', ')} RESTART IDENTITY`);
  }

  close(): Promise<void> {
    return this.sql.close();
  }
}
