import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TableDecl } from '@xac/xanoscript-dsl/ast';
import { Database } from '../db/database.js';
import { pgliteAdapter, type SqlAdapter } from '../db/adapter.js';
import { parseScript } from '../index.js';

// A declared btree index becomes an SQL index on (its columns, id), so a lookup by an external id
// (db.get, db.add_or_edit) reads the index even when the value is missing (an upsert's insert). Without
// it, a never-analyzed table (PGlite runs no autovacuum) is walked by primary key for the LIMIT 1: a
// full scan per inserted record, O(n²) for a sync of n records.
const TABLE = `table "calls" {\n  auth = false\n  schema {\n    int id\n    int ext_id\n    int user_id\n    json payload?\n  }\n  index = [\n    {type: "primary", field: [{name: "id"}]}\n    {type: "btree|unique", field: [{name: "ext_id"}]}\n    {type: "btree", field: [{name: "user_id"}]}\n    {type: "gin", field: [{name: "payload", op: "jsonb_path_op"}]}\n  ]\n}\n`;

describe('declared indexes', () => {
  let sql: SqlAdapter;
  let db: Database;
  beforeAll(async () => {
    sql = await pgliteAdapter();
    db = await Database.open([parseScript(TABLE, 'calls.xs')[0]!.object as TableDecl], sql);
    for (let i = 1; i <= 3000; i++) await db.insert('calls', { ext_id: i, user_id: i % 7 });
  }, 60_000);
  afterAll(() => db.close());

  it('creates the btree ones on (columns, id), leaves the gin one and the primary key alone', async () => {
    const rows = await sql.query(`select indexdef from pg_indexes where tablename = 'calls' order by indexdef`);
    const defs = rows.map((r) => String(r['indexdef']).replace(/INDEX \S+ ON \S+ USING /, 'INDEX ON '));
    expect(defs).toEqual(['CREATE INDEX ON btree (ext_id, id)', 'CREATE INDEX ON btree (user_id, id)', 'CREATE UNIQUE INDEX ON btree (id)']);
  });

  it('answers a lookup of a missing value from the index, not a walk of the primary key', async () => {
    const plan = (await sql.query(`explain SELECT * FROM "calls" WHERE "calls"."ext_id" = $1 ORDER BY "calls"."id" LIMIT 1`, [999_999])).map((r) => r['QUERY PLAN']).join('\n');
    expect(plan).toMatch(/Index Scan using calls_ext_id_\w+_idx/);
    expect(plan).not.toContain('calls_pkey');
  });

  it('enforces no uniqueness (a speed-up changes no behaviour) and opens again over the same tables', async () => {
    await db.insert('calls', { ext_id: 5, user_id: 1 });
    expect(await db.count('calls', { sql: '"ext_id" = $1', params: [5] })).toBe(2);
    const again = await Database.open([parseScript(TABLE, 'calls.xs')[0]!.object as TableDecl], sql);
    expect(await again.count('calls', { sql: null, params: [] })).toBe(3001);
  });
});
