import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripLocations } from '../ast/walk.js';
import { print } from '../printer/print.js';
import { document } from './__tests__/arbitraries.js';
import { fixtures } from './fixtures.js';
import { parse } from './index.js';

// Property tests (fast-check): printed random ASTs parse back equal; random edits of valid files
// never throw and every diagnostic points inside the file.

describe('print → parse', () => {
  it('gives back the same AST for random documents', () => {
    fc.assert(
      fc.property(document, (doc) => {
        const text = print(doc);
        const { ast } = parse(text);
        expect(stripLocations(ast!)).toEqual(doc);
        expect(print(ast!)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});

const edit = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.stringMatching(/^[{}()[\]"'`|:=!$\n a-z0-9.,/#?-]{1,4}$/) }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: fc.string({ minLength: 1, maxLength: 3 }) }),
);
type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never;

function apply(text: string, e: Edit): string {
  const at = text.length === 0 ? 0 : e.at % (text.length + 1);
  if (e.kind === 'delete') return text.slice(0, at) + text.slice(at + e.len);
  if (e.kind === 'insert') return text.slice(0, at) + e.text + text.slice(at);
  return text.slice(0, at) + e.text + text.slice(at + e.text.length);
}

describe('random edits of valid fixtures', () => {
  const all = fixtures('');
  it('never throw and always give located diagnostics', () => {
    expect(all.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.nat(all.length - 1), fc.array(edit, { minLength: 1, maxLength: 4 }), (i, edits) => {
        const text = edits.reduce(apply, all[i]!.text);
        const lines = text.split('\n');
        const { diagnostics } = parse(text);
        for (const d of diagnostics) {
          expect(d.code).not.toBe('internal');
          const { line, column } = d.loc.start;
          expect(line).toBeGreaterThanOrEqual(1);
          expect(line).toBeLessThanOrEqual(lines.length);
          expect(column).toBeGreaterThanOrEqual(1);
          expect(column).toBeLessThanOrEqual(lines[line - 1]!.length + 1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
