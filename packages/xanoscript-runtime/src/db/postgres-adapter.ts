import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import pg from 'pg';
import { DatabaseQueryError } from '../errors.js';
import { pgliteAdapter, type SqlAdapter } from './adapter.js';
import { isRowStatement, isTransactionControl, PREPARED_MAX } from './prepared.js';

// The same SqlAdapter on a real PostgreSQL server (for data that outgrows one embedded database),
// through `pg`: one connection, so a db.transaction's statements share it as on PGlite.

const INT8 = 20;

/** A connection that could not be made: the server named by DATABASE_URL is not there. */
export class DatabaseConnectError extends DatabaseQueryError {
  constructor(where: string, reason: string) {
    super(`cannot connect to PostgreSQL at ${where}: ${reason} (check DATABASE_URL)`);
    this.name = 'DatabaseConnectError';
  }
}

/** The server and database of a URL, without its password. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return 'DATABASE_URL (not a URL)';
  }
}

async function refused<T>(f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (err) {
    throw new DatabaseQueryError(err instanceof Error ? err.message : String(err));
  }
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * pg's named statements for the row statements (prepared.ts): the server parses and plans one once
 * per connection. pg never closes a named statement, so at most PREPARED_MAX names are ever given on
 * a connection (later texts, and every text after DDL has let go of the names, run unnamed as before
 * once the names are used up); a statement whose parameters do not match its placeholders runs unnamed,
 * so the server's refusal names no statement.
 */
function namedStatements() {
  const names = new Map<string, { readonly name: string; readonly params: number }>();
  let given = 0;
  return {
    of(sql: string, params: number): string | undefined {
      if (!isRowStatement(sql)) {
        names.clear();
        return undefined;
      }
      let known = names.get(sql);
      if (known === undefined && given < PREPARED_MAX) {
        known = { name: `xac_${++given}`, params: Math.max(0, ...Array.from(sql.matchAll(/\$(\d+)/g), (m) => Number(m[1]))) };
        names.set(sql, known);
      }
      return known?.params === params ? known.name : undefined;
    },
    forget: () => names.clear(),
  };
}

/**
 * PostgreSQL through `pg` at `url`; with `schema`, every table lives in that schema (created if
 * missing), so several workspaces or test runs share one server without meeting.
 * @example const sql = await postgresAdapter(process.env.DATABASE_URL!, { schema: 'xac_test_1' });
 */
export async function postgresAdapter(url: string, o: { readonly schema?: string } = {}): Promise<SqlAdapter & { dropSchema(): Promise<void> }> {
  const client = new pg.Client({ connectionString: url, types: { getTypeParser: (oid: number, format?: string) => (oid === INT8 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')) } });
  try {
    await client.connect();
  } catch (err) {
    throw new DatabaseConnectError(redactUrl(url), err instanceof Error ? err.message : String(err));
  }
  client.on('error', () => undefined);
  if (o.schema) await refused(() => client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(o.schema!)}; SET search_path TO ${quoteIdent(o.schema!)}`));
  const named = namedStatements();
  return {
    query: (sql, params = []) => refused(async () => {
      const name = named.of(sql, params.length);
      return (await client.query(name === undefined ? { text: sql, values: [...params] } : { name, text: sql, values: [...params] })).rows as Record<string, unknown>[];
    }),
    exec: (sql) => refused(async () => {
      if (!isTransactionControl(sql)) named.forget();
      await client.query(sql);
    }),
    close: () => client.end(),
    dropSchema: async () => {
      if (o.schema) await refused(() => client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(o.schema!)} CASCADE`));
    },
  };
}

/**
 * The database the environment asks for: PostgreSQL when `DATABASE_URL` is set, else PGlite
 * (in `dataDir`, or in memory).
 * @example const sql = await databaseFromEnv(process.env, '.xac/db');
 */
export async function databaseFromEnv(env: Readonly<Record<string, string | undefined>>, dataDir?: string): Promise<SqlAdapter> {
  const url = env['DATABASE_URL'];
  if (url) return postgresAdapter(url);
  if (dataDir !== undefined) mkdirSync(dirname(dataDir), { recursive: true });
  return pgliteAdapter(dataDir);
}
