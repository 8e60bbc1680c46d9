import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { manualClock } from '../context.js';
import { UnknownTableError, type Database } from '../db/database.js';
import { MissingParamError, RecordNotFoundError } from '../errors.js';
import { adapters, testDb } from './db-helpers.js';
import { fn, runXs } from './helpers.js';

// database.md "db.get", "db.has", "db.add", "db.edit", "db.patch", "db.add_or_edit", "db.del",
// "db.truncate", "db.transaction", "Bulk Operations" — on embedded Postgres (PGlite).

describe.each(adapters())('on $name', (adapter) => {
  let db: Database;
  beforeAll(async () => {
    db = await testDb('', adapter);
  }, 60_000);
  afterAll(() => db.close());
  beforeEach(async () => {
    for (const t of ['user', 'post', 'metrics_snapshots']) await db.truncate(t, true);
  });

  const T0 = Date.UTC(2026, 0, 1);
  const exec = async (stmts: string, input: unknown = {}, inputs = ''): Promise<unknown> =>
    (await runXs(fn(stmts, '$r', inputs), input, { db, clock: manualClock(T0) })).response;

  describe('db.add (database.md "db.add")', () => {
    it('inserts a row, fills declared defaults (created_at?=now from the clock, active?=true) and returns it', async () => {
      expect(await exec('    db.add "user" { data = {name: "Ann", agent_id: "7"} } as $r')).toEqual({
        id: 1, created_at: T0, name: 'Ann', email: null, agent_id: 7, active: true, score: null,
      });
    });

    it('a key the table does not declare is refused, naming the fields', async () => {
      await expect(exec('    db.add "user" { data = {name: "A", nope: 1} } as $r')).rejects.toThrow(/table user has no field nope \(fields: id, created_at/);
    });

    it('an unknown table is a typed error at the statement', async () => {
      await expect(exec('    db.add "nope" { data = {} } as $r')).rejects.toThrow(UnknownTableError);
    });

    it('json and array fields round-trip', async () => {
      expect(await exec('    db.add "post" { data = {title: "t", tags: ["a", "b"], meta: {k: [1]}} } as $r')).toMatchObject({ tags: ['a', 'b'], meta: { k: [1] }, likes: 0 });
    });
  });

  describe('db.get / db.has (database.md "db.get", "db.has")', () => {
    beforeEach(async () => {
      await db.insert('user', { name: 'Ann', email: 'ann@x.io' });
    });

    it('gets a row by field, or null', async () => {
      expect(await exec('    db.get "user" { field_name = "id" field_value = 1 } as $r')).toMatchObject({ id: 1, name: 'Ann' });
      expect(await exec('    db.get "user" { field_name = "email" field_value = "ann@x.io" } as $r')).toMatchObject({ id: 1 });
      expect(await exec('    db.get "user" { field_name = "id" field_value = 2 } as $r')).toBe(null);
    });

    it('a text id for an int field is "Missing param: field_value" (the seed 8140 report)', async () => {
      const err = await exec('    db.get "user" { field_name = "id" field_value = $input.user_id } as $r', { user_id: '60' }, '    text user_id').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(MissingParamError);
      expect((err as Error).message).toBe('Missing param: field_value at test.xs:6:5');
    });

    it('to_int|first_notempty:0 fixes it (the seed fix)', async () => {
      expect(await exec('    db.get "user" { field_name = "id" field_value = $input.user_id|to_int|first_notempty:0 } as $r', { user_id: '1' }, '    text user_id')).toMatchObject({ id: 1 });
    });

    it('db.has is true or false', async () => {
      expect(await exec('    db.has "user" { field_name = "email" field_value = "ann@x.io" } as $r')).toBe(true);
      expect(await exec('    db.has "user" { field_name = "email" field_value = "bob@x.io" } as $r')).toBe(false);
    });

    it('output picks fields', async () => {
      expect(await exec('    db.get "user" { field_name = "id" field_value = 1 output = ["id", "name"] } as $r')).toEqual({ id: 1, name: 'Ann' });
    });
  });

  describe('db.edit / db.patch / db.add_or_edit / db.del', () => {
    beforeEach(async () => {
      await db.insert('user', { name: 'Ann', score: 1.5 });
    });

    it('db.edit updates the given fields and returns the row', async () => {
      expect(await exec('    db.edit "user" { field_name = "id" field_value = 1 data = {name: "Anne"} } as $r')).toMatchObject({ id: 1, name: 'Anne', score: 1.5 });
    });

    it('db.patch takes a data object built in the stack (database.md "db.patch")', async () => {
      expect(await exec('    var $u { value = {} }\n    var.update $u { value = $u|set:"score":2.5 }\n    db.patch "user" { field_name = "id" field_value = 1 data = $u } as $r')).toMatchObject({ name: 'Ann', score: 2.5 });
    });

    it('editing a row that does not exist is a 404', async () => {
      const err = await exec('    db.edit "user" { field_name = "id" field_value = 9 data = {name: "x"} } as $r').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(RecordNotFoundError);
      expect((err as RecordNotFoundError).status).toBe(404);
    });

    it('db.add_or_edit inserts then updates (database.md "db.add_or_edit")', async () => {
      const upsert = '    db.add_or_edit "user" { field_name = "email" field_value = "z@x.io" data = {name: $input.name} } as $r';
      expect(await exec(upsert, { name: 'Z1' }, '    text name')).toMatchObject({ id: 2, email: 'z@x.io', name: 'Z1' });
      expect(await exec(upsert, { name: 'Z2' }, '    text name')).toMatchObject({ id: 2, name: 'Z2' });
      expect(await db.count('user', { sql: null, params: [] })).toBe(2);
    });

    it('db.del deletes the row', async () => {
      await exec('    db.del "user" { field_name = "id" field_value = 1 }\n    var $r { value = 0 }');
      expect(await db.count('user', { sql: null, params: [] })).toBe(0);
    });
  });

  describe('bulk, truncate, transaction (database.md "Bulk Operations", "db.truncate", "db.transaction")', () => {
    it('db.bulk.add inserts every row; bulk.update and bulk.delete return counts', async () => {
      const r = await exec(`
      db.bulk.add "post" { data = [{title: "a", category: "x"}, {title: "b", category: "x"}, {title: "c", category: "y"}] } as $added
      db.bulk.update "post" { where = $db.post.category == "x" data = {likes: 5} } as $updated
      db.bulk.delete "post" { where = $db.post.category == "y" } as $deleted
      var $r { value = {added: $added|count, updated: $updated, deleted: $deleted} }`);
      expect(r).toEqual({ added: 3, updated: 2, deleted: 1 });
    });

    it('db.truncate with reset restarts ids', async () => {
      expect(await exec('    db.add "user" { data = {name: "a"} }\n    db.truncate "user" { reset = true }\n    db.add "user" { data = {name: "b"} } as $r')).toMatchObject({ id: 1, name: 'b' });
    });

    it('a failing db.transaction leaves nothing written', async () => {
      await expect(exec('    db.transaction { stack {\n      db.add "user" { data = {name: "a"} }\n      throw { name = "E" value = "stop" }\n    } }')).rejects.toThrow('E: stop');
      expect(await db.count('user', { sql: null, params: [] })).toBe(0);
    });

    it('a data value of the wrong type is refused naming table.field', async () => {
      await expect(exec('    db.add "user" { data = {name: "a", agent_id: "seven"} } as $r')).rejects.toThrow(/Invalid value for user\.agent_id: expected int, got text "seven"/);
    });
  });
});

describe('opening the database lazily (RunContext.db as a function)', () => {
  it('is not opened by a run without db statements, and opened once for several', async () => {
    let opened = 0;
    const open = async (): Promise<Database> => {
      opened++;
      return testDb();
    };
    await runXs(fn('    var $r { value = 1 }'), {}, { db: open });
    expect(opened).toBe(0);
    const { response } = await runXs(fn('    db.add "user" { data = {name: "a"} }\n    db.add "user" { data = {name: "b"} } as $r'), {}, { db: open });
    expect(opened).toBe(1);
    expect(response).toMatchObject({ id: 2, name: 'b' });
  });
});
