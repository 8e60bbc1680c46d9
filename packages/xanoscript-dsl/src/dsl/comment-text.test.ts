import { describe, expect, it } from 'vitest';
import { parse } from '../parser/index.js';
import { print } from '../printer/index.js';
import { commentSource, commentText } from './comment-text.js';
import { fn, t, table } from './index.js';

describe('comment text', () => {
  it('keeps every comment form import meets: a trailing space, no space, a bare //', () => {
    for (const text of ['', ' ', ' a', 'a', ' //x', '  two']) {
      expect(commentText(commentSource(text)), JSON.stringify(text)).toBe(text);
      expect(commentText(commentSource(text, ' '), ' '), JSON.stringify(text)).toBe(text);
    }
  });

  it('prints `// ` (with its space) above an object and in a stack as parsed', () => {
    const f = fn('F', { comments: ['// '] }, (s) => {
      s.comment('//');
      return 1;
    });
    const text = print({ kind: 'Document', comments: [{ kind: 'Comment', text: commentText('// ') }], object: f.toDecl() });
    expect(text.split('\n')[0]).toBe('// ');
    expect(text).toMatch(/\n {4}\/\/\n/);
    expect(print(parse(text).ast!)).toBe(text);
  });
});

describe('table indexes', () => {
  it("accepts a gin index on Xano's row document column xdo", () => {
    const tb = table('event_log', { schema: [t.int('id')], index: [{ type: 'gin', field: [{ name: 'xdo', op: 'jsonb_path_op' }] }] });
    expect(print(tb.toDecl())).toContain('{name: "xdo", op: "jsonb_path_op"}');
    expect(() => table('x', { schema: [t.int('id')], index: [{ type: 'btree', field: ['nope'] }] })).toThrow(/unknown column "nope"/);
  });
});
