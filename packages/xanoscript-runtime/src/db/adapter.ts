import { PGlite } from '@electric-sql/pglite';
import { DatabaseQueryError } from '../errors.js';
import { PgliteStatements } from './pglite-statements.js';
import { isRowStatement, isTransactionControl } from './prepared.js';

/** The SQL a Database needs: one connection, positional parameters ($1…). */
export interface SqlAdapter {
  query(sql: string, params?: readonly unknown[]): Promise<Record<string, unknown>[]>;
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

const INT8 = 20;

/** A database refusal as a typed error (the statement's location is added by the runner). */
async function refused<T>(f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (err) {
    throw new DatabaseQueryError(err instanceof Error ? err.message : String(err));
  }
}

/**
 * Embedded Postgres through PGlite (WASM, no native addons); in memory unless `dataDir` is given.
 * @example const sql = await pgliteAdapter(); await sql.query('select 1 as n') // [{ n: 1 }]
 */
export async function pgliteAdapter(dataDir?: string): Promise<SqlAdapter> {
  const db = await PGlite.create(dataDir, { parsers: { [INT8]: (v: string) => Number(v) } });
  // A row statement runs prepared (parsed and planned once); anything else (DDL) runs as before and
  // lets go of the prepared statements, whose rows it may have changed (prepared.ts).
  const statements = new PgliteStatements(db);
  return {
    query: (sql, params = []) => refused(async () => {
      if (isRowStatement(sql)) return statements.query(sql, params);
      statements.invalidate();
      return (await db.query<Record<string, unknown>>(sql, [...params])).rows;
    }),
    exec: (sql) => refused(async () => {
      if (!isTransactionControl(sql)) statements.invalidate();
      await db.exec(sql);
    }),
    close: () => db.close(),
  };
}
