import type { TableDecl } from '@xac/xanoscript-dsl/ast';
import { Database } from '../db/database.js';
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

/** A fresh in-memory database with the test tables. */
export async function testDb(extra = ''): Promise<Database> {
  const docs = parseScript(TABLES + extra, 'tables.xs');
  return Database.open(docs.map((d) => d.object as TableDecl));
}
