import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addTypeMarkers } from './type-markers.js';

// The type-marker pass of `xac import`: each value the types reject is wrapped once, in the round that
// finds it, and the result type-checks (a second pass finds nothing left to mark).

const dir = mkdtempSync(join(tmpdir(), 'xac-markers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MODULE = `import { fn, t, table, type X } from '@xac/xanoscript-dsl/dsl';
const account = table('account', { schema: [t.int('id'), t.text('email')] });
const known: Record<string, X<'text'>> = {};
export const f = fn('f', { input: [t.text('user_id')] }, (s) => {
  s.db.get(account, { field_name: 'id', field_value: s.input.user_id, as: 'a' });
  s.db.query(account, { where: (c) => known['email'].eq(c.email), as: 'rows' });
  return null;
});
`;

function mark(text: string): { text: string; escapes: string[] } {
  const escapes = new Map<string, string[]>();
  const out = addTypeMarkers(dir, new Map([['m.ts', text]]), escapes);
  return { text: out.get('m.ts')!, escapes: escapes.get('m.ts') ?? [] };
}

describe('addTypeMarkers', () => {
  const first = mark(MODULE);

  it('imports unsafe in the module and wraps each rejected value once', () => {
    expect(first.text).toContain("import { fn, t, table, type X, unsafe } from '@xac/xanoscript-dsl/dsl';");
    expect(first.text).toContain('field_value: unsafe.cast(s.input.user_id, "TS2322:');
    expect(first.text).not.toContain('unsafe.cast(unsafe');
    expect(first.escapes).toEqual(['unsafe(cast TS2532)', 'unsafe(cast TS2322)']);
  });

  it('wraps a value that may be absent itself, never the where callback it is in (its parameter would lose its type)', () => {
    expect(first.text).toContain("where: (c) => unsafe.cast(known['email'], \"TS2532:");
    expect(first.text).not.toMatch(/where: unsafe\.cast\(/);
  });

  it('leaves a module that type-checks: a second pass marks nothing', () => {
    const again = mark(first.text);
    expect(again.escapes).toEqual([]);
    expect(again.text).toBe(first.text);
  });
});
