import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceLocation } from '../ast/loc.js';
import { stripLocations } from '../ast/walk.js';
import { print } from '../printer/print.js';
import { fixtures } from './fixtures.js';
import { parse } from './index.js';

// One shared round-trip test over every fixture (STYLE habit 3):
// - canonical: no diagnostics, `print(parse(t)) === t`, and the AST matches `ast.snap`;
// - `_layout_`: formatting is a fixed point and keeps the program (`parse(print(parse(t)))` = `parse(t)`);
// - `_error_`: at least the diagnostics of `expected.json`, at those positions.
// Snapshots are written only with UPDATE_SNAPSHOTS=1.

const update = process.env['UPDATE_SNAPSHOTS'] === '1';
const at = (l: SourceLocation): string => `${l.start.line}:${l.start.column}-${l.end.line}:${l.end.column}`;

/** The AST as stable text, each `loc` shortened to `line:col-line:col`. */
export function astSnapshot(value: unknown): string {
  return JSON.stringify(value, (key, v: unknown) => (key === 'loc' && v !== null && typeof v === 'object' ? at(v as SourceLocation) : v), 2) + '\n';
}

describe('canonical fixtures', () => {
  for (const f of fixtures('')) {
    it(f.name, () => {
      const { documents, diagnostics } = parse(f.text, { path: join(f.dir, 'input.xs') });
      expect(diagnostics.map((d) => `${d.loc.start.line}:${d.loc.start.column} ${d.message}`)).toEqual([]);
      expect(documents.length).toBeGreaterThan(0);
      expect(print(documents)).toBe(f.text);
      const snap = join(f.dir, 'ast.snap');
      const got = astSnapshot(documents.length === 1 ? documents[0] : documents);
      if (update) writeFileSync(snap, got);
      else if (existsSync(snap)) expect(got).toBe(readFileSync(snap, 'utf8'));
    });
  }
});

describe('layout fixtures', () => {
  for (const f of fixtures('_layout_')) {
    it(f.name, () => {
      const first = parse(f.text);
      expect(first.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([]);
      const printed = print(first.documents);
      const second = parse(printed);
      expect(second.diagnostics).toEqual([]);
      expect(second.documents.map(stripLocations)).toEqual(first.documents.map(stripLocations));
      expect(print(second.documents)).toBe(printed);
    });
  }
});

interface Expected {
  readonly line: number;
  readonly column: number;
  readonly code?: string;
  readonly messageIncludes?: string;
}

describe('error fixtures', () => {
  for (const f of fixtures('_error_')) {
    it(f.name, () => {
      const expected = JSON.parse(readFileSync(join(f.dir, 'expected.json'), 'utf8')) as Expected[] | { diagnostics: Expected[] };
      const want = Array.isArray(expected) ? expected : expected.diagnostics;
      const { diagnostics } = parse(f.text, { path: join(f.dir, 'input.xs') });
      const got = diagnostics.map((d) => ({ line: d.loc.start.line, column: d.loc.start.column, code: d.code, message: d.message }));
      for (const w of want) {
        const match = got.find((g) => g.line === w.line && g.column === w.column &&
          (w.code === undefined || g.code === w.code) &&
          (w.messageIncludes === undefined || g.message.includes(w.messageIncludes)));
        expect(match, `expected ${JSON.stringify(w)} among ${JSON.stringify(got, null, 1)}`).toBeDefined();
      }
    });
  }
});
