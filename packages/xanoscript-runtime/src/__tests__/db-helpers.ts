import type { TableDecl } from '@xac/xanoscript-dsl/ast';
import { randomBytes } from 'node:crypto';
import { pgliteAdapter, type SqlAdapter } from '../db/adapter.js';
import { Database } from '../db/database.js';
import { postgresAdapter } from '../db/postgres-adapter.js';
import { parseScript } from '../run.js';

/** Test tables (tables.md shapes): users with defaults, and posts with json and array fields. */
export const TABLES = `table "user" {
  schema {
    int id
    timestamp created_at?=now
    text name
    email? email?
    int? agent_id?
    bool active?=true
    decimal? score?
  }
}
---
table "post" {
  schema {
    int id
    text title
    text? category?
    text[] tags?
    json? meta?
    int likes?=0
  }
}
---
table "metrics_snapshots" {
  schema {
    int id
    timestamp created_at?=now
    int user_id
    int? agent_id?
    text snapshot_type?="hourly"
    int open_transactions?=0
    int closed_transactions?=0
  }
}
`;

/** A database the adapter's suite runs on: PGlite always, PostgreSQL when DATABASE_URL is set. */
export interface TestAdapter {
  readonly name: string;
  /** Why the suite cannot run here (it is skipped, or fails when CI=true); undefined: it runs. */
  readonly missing?: string;
  open(): Promise<SqlAdapter>;
}

const url = process.env['DATABASE_URL'];

/** A PostgreSQL connection in its own fresh schema, dropped with the connection. */
async function freshSchema(): Promise<SqlAdapter> {
  const sql = await postgresAdapter(url ?? '', { schema: `xac_test_${randomBytes(6).toString('hex')}` });
  return { ...sql, close: async () => { await sql.dropSchema(); await sql.close(); } };
}

export const TEST_ADAPTERS: readonly TestAdapter[] = [
  { name: 'PGlite', open: () => pgliteAdapter() },
  { name: 'PostgreSQL', ...(url ? {} : { missing: 'DATABASE_URL is not set (.ci/postgres.sh starts a server and prints one)' }), open: freshSchema },
];

/**
 * The adapters to run a suite on: a missing server skips its suite locally and fails it with CI=true.
 * @example describe.each(adapters())('db on $name', ({ open }) => { … })
 */
export function adapters(): TestAdapter[] {
  return TEST_ADAPTERS.filter((a) => a.missing === undefined || process.env['CI'] === 'true');
}

/** A fresh database with the test tables (on `adapter`; default an in-memory PGlite). */
export async function testDb(extra = '', adapter?: TestAdapter): Promise<Database> {
  if (adapter?.missing) throw new Error(`${adapter.name}: ${adapter.missing}`);
  const docs = parseScript(TABLES + extra, 'tables.xs');
  return Database.open(docs.map((d) => d.object as TableDecl), adapter ? await adapter.open() : undefined);
}
