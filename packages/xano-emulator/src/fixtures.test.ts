// The XanoScript fixtures the deploy tests push must be what the parser in use accepts, and the
// broken one must fail exactly where the tests expect (line 5, column 12).
import { describe, expect, it } from 'vitest';
import { firstError, loadParse } from '@xac/xanoscript-dsl/layout';
import { fx } from './testing/harness.js';

describe('fixtures', () => {
  it('parse cleanly, except the broken one', async () => {
    const parse = await loadParse();
    const good = [fx.fn('a/b'), fx.group('G'), fx.query('users/{id}', 'GET', 'G'), fx.table('user'), fx.task('t'), fx.middleware('m'), fx.addon('a')];
    for (const text of good) expect(firstError(parse(text, {}).diagnostics), text).toBeUndefined();
    const err = firstError(parse(fx.broken('x'), {}).diagnostics);
    expect(err?.loc.start).toMatchObject({ line: 5, column: 12 });
  });
});
