import { CATALOGUE, EXPRESSION_FILTERS, QUERY_FILTERS } from '@xac/xanoscript-dsl/ast';
import { describe, expect, it } from 'vitest';
import { UnsupportedFilterError } from '../errors.js';
import { SUPPORTED_GENERIC } from '../exec/generic.js';
import { SUPPORTED_FILTERS } from '../filters/apply.js';
import { evalXs } from './helpers.js';

// The runtime derives from the statement catalogue and the filter lists of xanoscript-dsl
// (DESIGN "One statement catalogue"): it never runs a keyword or filter they do not name.

describe('dispatch', () => {
  it('every generic statement the runtime runs is a catalogue keyword of kind GenericStmt', () => {
    for (const k of SUPPORTED_GENERIC) expect(CATALOGUE[k]?.kind, k).toBe('GenericStmt');
  });

  it('every filter the runtime runs is an expression or query filter of reference/xanoscript.md §5', () => {
    const known = new Set([...EXPRESSION_FILTERS, ...QUERY_FILTERS]);
    expect(SUPPORTED_FILTERS.filter((f) => !known.has(f))).toEqual([]);
  });

  it('an unknown filter is an UnsupportedFilterError with file:line:col', async () => {
    const err = await evalXs('1|frobnicate').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnsupportedFilterError);
    expect((err as Error).message).toBe('not supported by the local runtime: filter frobnicate at test.xs:6:22');
  });

  it('a deprecated filter name runs as its current name (reference/xanoscript.md §5.2)', async () => {
    expect(await evalXs('"AB"|lower')).toBe('ab');
    expect(await evalXs('10|mul:2')).toBe(20);
  });

  it('a disabled filter (|!name) passes its operand through', async () => {
    expect(await evalXs('"AB"|!to_lower')).toBe('AB');
  });
});
