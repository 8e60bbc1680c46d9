import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { DatabaseQueryError, UnsupportedStatementError } from '../errors.js';
import { adapters, testDb } from './db-helpers.js';
import { fn, runXs } from './helpers.js';

// database.md "db.query": "Where Operators", return types, "Sorting", paging (apis.md "Pagination
// Response Format"); syntax.md "Null-Safe Comparisons", "Database Filter Operators".

describe.each(adapters())('on $name', (adapter) => {
  let db: Database;
  beforeAll(async () => {
    db = await testDb('', adapter);
    const rows = [
      { title: 'Phone X', category: 'tech', tags: ['featured', 'new'], likes: 10 },
      { title: 'Old phone', category: 'tech', tags: ['hidden'], likes: 1 },
      { title: 'Cake', category: 'food', tags: ['new'], likes: 5 },
      { title: 'Tea', category: null, tags: [], likes: 7 },
    ];
    for (const r of rows) await db.insert('post', r);
  }, 60_000);
  afterAll(() => db.close());

  const q = async (attrs: string, input: unknown = {}, inputs = ''): Promise<unknown> =>
    (await runXs(fn(`    db.query "post" {\n${attrs}\n    } as $r`, '$r', inputs), input, { db })).response;
  const titles = async (attrs: string, input: unknown = {}, inputs = ''): Promise<unknown> =>
    ((await q(attrs, input, inputs)) as Array<{ title: string }>).map((r) => r.title);

  describe('db.query where operators (database.md "Where Operators")', () => {
    it.each([
      ['$db.post.likes == 10', ['Phone X']],
      ['$db.post.likes != 10', ['Old phone', 'Cake', 'Tea']],
      ['$db.post.likes > 5', ['Phone X', 'Tea']],
      ['$db.post.likes >= 5 && $db.post.category == "tech"', ['Phone X']],
      ['$db.post.category == "food" || $db.post.likes < 2', ['Old phone', 'Cake']],
      ['$db.post.category == null', ['Tea']],
      ['$db.post.title includes "phone"', ['Old phone']],
      ['$db.post.title ilike "%PHONE%"', ['Phone X', 'Old phone']],
      ['$db.post.tags contains "featured"', ['Phone X']],
      ['$db.post.tags not contains "new"', ['Old phone', 'Tea']],
      ['$db.post.tags overlaps ["hidden", "featured"]', ['Phone X', 'Old phone']],
      ['$db.post.category in ["food", "x"]', ['Cake']],
      ['$db.post.likes not in [10, 1]', ['Cake', 'Tea']],
      ['$db.post.likes between 5:7', ['Cake', 'Tea']],
      ['$db.post.title ~ "^[PO]"', ['Phone X', 'Old phone']],
      ['$db.post.title|to_lower == "tea"', ['Tea']],
    ])('%s', async (where, want) => {
      expect(await titles(`      where = ${where}`)).toEqual(want);
    });

    it('a null-safe operator drops its condition when the value is null (syntax.md "Null-Safe Comparisons")', async () => {
      const where = '      where = $db.post.category ==? $input.category && $db.post.likes >=? $input.min';
      const inputs = '    text? category?\n    int? min?';
      expect(await titles(where, { category: 'tech' }, inputs)).toEqual(['Phone X', 'Old phone']);
      expect(await titles(where, { min: 7 }, inputs)).toEqual(['Phone X', 'Tea']);
      expect(await titles(where, {}, inputs)).toHaveLength(4);
    });
  });

  describe('db.query return, sort, paging', () => {
    it('sort asc / desc (database.md "Sorting")', async () => {
      expect(await titles('      sort = {likes: "desc"}')).toEqual(['Phone X', 'Tea', 'Cake', 'Old phone']);
      expect(await titles('      sort = {post.title: "asc"}')).toEqual(['Cake', 'Old phone', 'Phone X', 'Tea']);
    });

    it('return count, exists, single (database.md "Return Types")', async () => {
      expect(await q('      where = $db.post.category == "tech"\n      return = {type: "count"}')).toBe(2);
      expect(await q('      where = $db.post.likes > 100\n      return = {type: "exists"}')).toBe(false);
      expect(await q('      where = $db.post.likes == 5\n      return = {type: "single"}')).toMatchObject({ title: 'Cake' });
      expect(await q('      where = $db.post.likes == 500\n      return = {type: "single"}')).toBe(null);
    });

    it('paging gives the documented shape (apis.md "Pagination Response Format"), totals on request', async () => {
      expect(await q('      sort = {id: "asc"}\n      return = {type: "list", paging: {page: 1, per_page: 3}}')).toEqual({
        itemsReceived: 3, curPage: 1, nextPage: 2, prevPage: null, offset: 0, perPage: 3,
        items: [expect.objectContaining({ title: 'Phone X' }), expect.objectContaining({ title: 'Old phone' }), expect.objectContaining({ title: 'Cake' })],
      });
      expect(await q('      return = {type: "list", paging: {page: 2, per_page: 3, totals: true}}')).toMatchObject({
        itemsReceived: 1, curPage: 2, nextPage: null, prevPage: 1, offset: 3, itemsTotal: 4, pageTotal: 2,
      });
      expect(await q('      return = {type: "list", paging: {page: 1, per_page: 2, metadata: false}}')).toHaveLength(2);
    });

    it('joins are not run yet: a typed error, not a wrong answer', async () => {
      await expect(q('      join = {u: {table: "user", where: $db.post.id == $db.user.id}}')).rejects.toThrow(UnsupportedStatementError);
    });

    it('SQL the database refuses is a DatabaseQueryError at the statement', async () => {
      const err = await q('      where = $db.post.title ~ "("').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DatabaseQueryError);
      expect((err as Error).message).toMatch(/^database error: .*regular expression.* at test\.xs:6:5$/);
    });

    it('a field the table lacks in where is named', async () => {
      await expect(q('      where = $db.post.nope == 1')).rejects.toThrow(/table post has no field post\.nope/);
    });
  });
});
