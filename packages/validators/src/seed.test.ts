import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@xac/xanoscript-dsl/parser';
import { describe, expect, it } from 'vitest';
import { fixProject } from './fix-project.js';
import { lintProject } from './run-rules.js';

// The seed's bugs in its own scripts (parser fixtures): found at the right lines, fixed by --fix.

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '../../xanoscript-dsl/src/parser/__fixtures__', name, 'input.xs'), 'utf8');
const tables = ['seed-table-user', 'seed-table-metrics-snapshots'].map((n) => ({ path: `${n}.xs`, text: fixture(n) }));
// The two tables reference others (agent, team) that this partial workspace lacks.
const config = { rules: { 'unresolved-reference': 'off' } } as const;
const brief = (files: Array<{ path: string; text: string }>) =>
  lintProject({ files, config }).findings.map((f) => [f.path, f.rule, f.messageId, f.loc?.start.line, f.loc?.start.column]);

describe('the seed function 8140', () => {
  const before = { path: 'snapshot.xs', text: fixture('seed-8140-before-fix') };

  it('before the fix: lookup-value-type (line 11) and no-unsafe-result-access (lines 28, 29)', () => {
    expect(brief([before, ...tables])).toEqual([
      ['snapshot.xs', 'lookup-value-type', 'textInput', 11, 21],
      ['snapshot.xs', 'no-unsafe-result-access', 'fpResult', 28, 28],
      ['snapshot.xs', 'no-unsafe-result-access', 'fpResult', 29, 30],
    ]);
  });

  it('--fix gives the fixed form, which re-parses and lints clean', () => {
    const { files, result } = fixProject({ files: [before, ...tables], config });
    const text = files[0]?.text ?? '';
    expect(text).toContain('field_value = $input.user_id|to_int|first_notempty:0');
    expect(text).toContain('open_transactions: $lifecycle_open_result|get:"data":({})|get:"transactions_updated":0');
    expect(text).toContain('closed_transactions: $lifecycle_closed_result|get:"data":({})|get:"transactions_updated":0');
    expect(parse(text).diagnostics).toEqual([]);
    expect(result.findings).toEqual([]);
    expect(files.slice(1).every((f) => !f.changed)).toBe(true);
  });

  it('the hand-fixed version lints clean', () => {
    expect(brief([{ path: 'snapshot.xs', text: fixture('seed-8140-after-fix') }, ...tables])).toEqual([]);
  });
});

describe('other seed scripts', () => {
  it('8091: $transform_result.people before the fix, clean after', () => {
    expect(brief([{ path: 'a.xs', text: fixture('seed-8091-fub-get-people-before') }])).toEqual([['a.xs', 'no-unsafe-result-access', 'fpResult', 14, 15]]);
    expect(brief([{ path: 'a.xs', text: fixture('seed-8091-fub-get-people-after') }])).toEqual([]);
  });
  it('8069: the catch re-declares $status; $equity_result is defined only when the try succeeds', () => {
    expect(brief([{ path: 'a.xs', text: fixture('seed-8069-redeclare-in-catch') }])).toEqual([
      ['a.xs', 'no-redeclare', 'redeclare', 25, 9],
      ['a.xs', 'no-undefined-variable', 'maybe', 41, 11],
    ]);
  });
  it('a file that does not parse is a finding', () => {
    const [first] = lintProject([{ path: 'x.xs', text: 'function "x" {\n' }]).findings;
    expect(first).toMatchObject({ rule: 'parse', path: 'x.xs', severity: 'error' });
  });
});
