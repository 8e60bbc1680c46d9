import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../context.js';
import type { Database } from '../db/database.js';
import { MissingParamError } from '../errors.js';
import { functionsOf, parseScript, run } from '../run.js';
import { testDb } from './db-helpers.js';

// The seed's bug (reference/domain.md §4: task 8140 failed every hour with "Missing param:
// field_value"), run locally: our reconstruction before and after the fix (the parser fixtures
// seed-8140-before-fix / seed-8140-after-fix), against a seeded user.

const fixtures = join(import.meta.dirname, '..', '..', '..', 'xanoscript-dsl', 'src', 'parser', '__fixtures__');
const script = (name: string) => parseScript(readFileSync(join(fixtures, name, 'input.xs'), 'utf8'), `${name}.xs`)[0]!;

const TRANSACTIONS = `---
table "transaction" {
  schema {
    int id
    int user_id
    text lifecycle_group
    bool updated?=false
  }
}
`;
const CALLEE = `function "Workers/Metrics - Transactions by Lifecycle Group" {
  input {
    int user_id
    text lifecycle_group
  }
  stack {
    db.query "transaction" {
      where = $db.transaction.user_id == $input.user_id && $db.transaction.lifecycle_group == $input.lifecycle_group
      return = {type: "count"}
    } as $count
  }
  response = {success: true, data: {transactions_updated: $count}, error: null, step: "count"}
}
`;

let db: Database;
beforeAll(async () => {
  db = await testDb(TRANSACTIONS);
  await db.insert('user', { id: 60, name: 'Seed user', agent_id: 7 });
  for (const g of ['open', 'open', 'open', 'closed']) await db.insert('transaction', { user_id: 60, lifecycle_group: g });
}, 60_000);
afterAll(() => db.close());

const functions = functionsOf(parseScript(CALLEE, 'callee.xs').map((document) => ({ document, path: 'callee.xs' })));
const T0 = Date.UTC(2026, 0, 1, 9);

describe('seed 8140 on the local runtime', () => {
  it('before the fix: user_id "60" as text fails with Xano\'s "Missing param: field_value" at the db.get', async () => {
    const err = await run(script('seed-8140-before-fix'), { user_id: '60' }, { db, functions, path: 'before.xs' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MissingParamError);
    expect((err as Error).message).toBe('Missing param: field_value at before.xs:9:5');
  });

  it('after the fix: one metrics_snapshots row with the lifecycle counts', async () => {
    const { response } = await run(script('seed-8140-after-fix'), { user_id: '60' }, { db, functions, path: 'after.xs', clock: manualClock(T0) });
    const rows = await db.select('metrics_snapshots', { where: { sql: null, params: [] } });
    expect(rows).toEqual([{ id: 1, created_at: T0, user_id: 60, agent_id: 7, snapshot_type: 'hourly', open_transactions: 3, closed_transactions: 1 }]);
    expect(response).toEqual({ success: true, data: rows[0], error: null, step: 'complete' });
  });
});
