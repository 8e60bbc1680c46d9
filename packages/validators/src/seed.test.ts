import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@xac/xanoscript-dsl/parser';
import { describe, expect, it } from 'vitest';
import { fixProject } from './fix-project.js';
import { lintProject } from './run-rules.js';

// The seed's bugs in its own scripts (parser fixtures): found at the right lines; behaviour-changing
// edits offered as suggestions, applied only when asked for (fixProject `suggestions`).

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '../../xanoscript-dsl/src/parser/__fixtures__', name, 'input.xs'), 'utf8');
const tables = ['seed-table-user', 'seed-table-metrics-snapshots'].map((n) => ({ path: `${n}.xs`, text: fixture(n) }));
// The two tables reference others (agent, team) that this partial workspace lacks.
const config = { rules: { 'unresolved-reference': 'off' } } as const;
const brief = (files: Array<{ path: string; text: string }>) =>
  lintProject({ files, config }).findings.map((f) => [f.path, f.rule, f.messageId, f.loc?.start.line, f.loc?.start.column]);

// The callee of 8140, written for this test from domain.md §4 and §7 (its script is not in the seed):
// it answers in FP Result shape, the count under `data`, so `.transactions_updated` at the top is never there.
const callee = {
  path: 'lifecycle.xs',
  text: 'function "Workers/Metrics - Transactions by Lifecycle Group" {\n  input {\n    int user_id\n    text lifecycle_group\n  }\n  stack {\n    db.query "user" {\n      where = $db.user.id == $input.user_id\n      return = {type: "count"}\n    } as $n\n  }\n  response = {success: true, data: {transactions_updated: $n}, error: null, step: "count"}\n}\n',
};

describe('the seed function 8140', () => {
  const before = { path: 'snapshot.xs', text: fixture('seed-8140-before-fix') };
  const levels = (files: Array<{ path: string; text: string }>) => lintProject({ files, config }).findings.map((f) => [f.rule, f.severity, f.loc?.start.line]);

  it('before the fix: lookup-value-type (11:21) and the two reads the callee never returns (28, 29), all errors', () => {
    expect(brief([before, callee, ...tables])).toEqual([
      ['snapshot.xs', 'lookup-value-type', 'textInput', 11, 21],
      ['snapshot.xs', 'no-unsafe-result-access', 'neverReturned', 28, 28],
      ['snapshot.xs', 'no-unsafe-result-access', 'neverReturned', 29, 30],
    ]);
    expect(levels([before, callee, ...tables]).map((x) => x[1])).toEqual(['error', 'error', 'error']);
    expect(lintProject({ files: [before, callee, ...tables], config }).findings[1]?.message).toContain('{success, data, error, step}');
  });

  it('without the callee in the workspace the reads are warnings (its shape is unknown)', () => {
    expect(levels([before, ...tables])).toEqual([['lookup-value-type', 'error', 11], ['no-unsafe-result-access', 'warning', 28], ['no-unsafe-result-access', 'warning', 29]]);
  });

  it('plain --fix changes nothing (every edit here changes behaviour)', () => {
    const { files } = fixProject({ files: [before, callee, ...tables], config });
    expect(files.every((f) => !f.changed)).toBe(true);
  });

  it('the suggestions, applied by choice, give the fixed form, which re-parses and lints clean', () => {
    const { files, result } = fixProject({ files: [before, callee, ...tables], config, suggestions: ['lookup-value-type', 'no-unsafe-result-access'] });
    const text = files[0]?.text ?? '';
    expect(text).toContain('field_value = $input.user_id|to_int|first_notempty:0');
    expect(text).toContain('open_transactions: $lifecycle_open_result|get:"data":({})|get:"transactions_updated":0');
    expect(text).toContain('closed_transactions: $lifecycle_closed_result|get:"data":({})|get:"transactions_updated":0');
    expect(parse(text).diagnostics).toEqual([]);
    expect(result.findings).toEqual([]);
    expect(files.slice(1).every((f) => !f.changed)).toBe(true);
  });

  it('the hand-fixed version lints clean', () => {
    expect(brief([{ path: 'snapshot.xs', text: fixture('seed-8140-after-fix') }, callee, ...tables])).toEqual([]);
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
