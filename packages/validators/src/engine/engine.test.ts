import { describe, expect, it } from 'vitest';
import { RULES } from '../registry.js';
import { report } from '../reporters/index.js';
import { fn } from '../rule-tester.js';
import { lintProject } from '../run-rules.js';
import { createBaseline } from './baseline.js';
import { LintConfigError } from './config.js';
import { createSourceMapResolver } from './sourcemap.js';

const bad = fn('    var $a {\n      value = $token\n    }');
const rules = (r: ReturnType<typeof lintProject>) => r.findings.map((f) => `${f.rule}@${f.loc?.start.line}`);

describe('config', () => {
  it('turns rules off, changes severity, validates options', () => {
    expect(rules(lintProject({ files: [{ path: 'a.xs', text: bad }], config: { rules: { 'no-undefined-variable': 'off' } } }))).toEqual([]);
    const warn = lintProject({ files: [{ path: 'a.xs', text: bad }], config: { rules: { 'no-undefined-variable': ['warn', {}] } } });
    expect([warn.errorCount, warn.warningCount]).toEqual([0, 1]);
    expect(() => lintProject({ files: [], config: { rules: { 'no-such-rule': 'error' } } })).toThrow(LintConfigError);
    expect(() => lintProject({ files: [], config: { rules: { 'job-claim-without-start': ['error', { claimedStates: 3 }] } } })).toThrow(/claimedStates/);
  });
});

describe('suppressions', () => {
  it('// xac-disable-next-line covers the next statement, for the named rules or all', () => {
    const text = (c: string) => fn(`    ${c}\n    var $a {\n      value = $token\n    }\n    var $b {\n      value = $other\n    }`);
    expect(rules(lintProject([{ path: 'a.xs', text: text('// xac-disable-next-line no-undefined-variable') }]))).toEqual(['no-undefined-variable@10']);
    expect(rules(lintProject([{ path: 'a.xs', text: text('// xac-disable-next-line') }]))).toEqual(['no-undefined-variable@10']);
    expect(rules(lintProject([{ path: 'a.xs', text: text('// xac-disable-next-line silent-catch') }]))).toEqual(['unused-suppression@5', 'no-undefined-variable@7', 'no-undefined-variable@10']);
    expect(rules(lintProject([{ path: 'a.xs', text: `// xac-disable-next-line no-undefined-variable\n${text('// x')}` }]))).toEqual([]);
  });
});

describe('unused suppressions', () => {
  const text = (c: string, value = '$token') => fn(`    ${c}\n    var $a {\n      value = ${value}\n    }`);
  const unused = (t: string, config?: Parameters<typeof lintProject>[0] extends infer O ? (O extends { config?: infer C } ? C : never) : never) =>
    lintProject({ files: [{ path: 'a.xs', text: t }], ...(config ? { config } : {}) }).findings.filter((f) => f.rule === 'unused-suppression').map((f) => `${f.loc?.start.line}:${f.loc?.start.column} ${f.severity} ${f.message}`);
  it('a directive that suppresses nothing is a warning at the comment; one that does is not', () => {
    expect(unused(text('// xac-disable-next-line no-undefined-variable'))).toEqual([]);
    expect(unused(text('// xac-disable-next-line no-undefined-variable', '1'))).toEqual(['5:5 warning `// xac-disable-next-line no-undefined-variable` suppresses nothing here: remove it (or those rule ids)']);
    expect(unused(text('// xac-disable-next-line', '1'))).toEqual(['5:5 warning `// xac-disable-next-line` suppresses nothing here: remove it']);
  });
  it('names only the ids that fired nothing, and leaves ids of rules that did not run alone', () => {
    expect(unused(text('// xac-disable-next-line no-undefined-variable, silent-catch'))).toEqual(['5:5 warning `// xac-disable-next-line silent-catch` suppresses nothing here: remove it (or those rule ids)']);
    expect(unused(text('// xac-disable-next-line silent-catch', '1'), { rules: { 'silent-catch': 'off' } })).toEqual([]);
  });
});

describe('baseline', () => {
  it('matches by fingerprint, not by line: moved code stays known, new findings are fresh', () => {
    const baseline = createBaseline(lintProject([{ path: 'a.xs', text: bad }]).findings);
    const moved = bad.replace('  stack {\n', '  stack {\n    var $x {\n      value = 1\n    }\n');
    const again = lintProject({ files: [{ path: 'a.xs', text: moved }], baseline });
    expect([again.errorCount, again.baselined.length]).toEqual([0, 1]);
    const more = lintProject({ files: [{ path: 'a.xs', text: moved.replace('value = 1', 'value = $nope') }], baseline });
    expect(rules(more)).toEqual(['no-undefined-variable@6']);
  });
});

describe('reporters', () => {
  const result = lintProject([{ path: 'apps/functions/xs/function/a.xs', text: bad }]);
  const map = JSON.stringify({ version: 1, files: { 'function/a.xs': { sources: ['apps/functions/a.ts'], lines: [null, null, null, null, null, [0, 7, 3]] } } });
  const resolve = createSourceMapResolver((p) => (p === 'apps/functions/xs/sourcemap.json' ? map : undefined));
  const input = { result, fileCount: 1, rules: RULES, resolve };
  it('stylish: file:line:col and the DSL line, no colours unless asked', () => {
    expect(report('stylish', input)).toBe(
      'apps/functions/xs/function/a.xs:6:15: error: `$token` is used but never defined before this point ("Missing var entry: token") (no-undefined-variable)\n' +
        '  from apps/functions/a.ts:7:3\n1 file: 1 error, 0 warnings\n',
    );
    expect(report('stylish', { ...input, color: true })).toContain('\u001b[');
  });
  it('json, sarif and markdown carry the same positions', () => {
    expect(JSON.parse(report('json', input)).findings[0]).toMatchObject({ line: 6, column: 15, dsl: { path: 'apps/functions/a.ts', line: 7, column: 3 } });
    const sarif = JSON.parse(report('sarif', input));
    expect(sarif.runs[0].results[0].relatedLocations[0].physicalLocation.artifactLocation.uri).toBe('apps/functions/a.ts');
    expect(sarif.runs[0].tool.driver.rules).toHaveLength(RULES.length);
    expect(report('markdown', input)).toContain('`apps/functions/xs/function/a.xs:6:15`<br>from `apps/functions/a.ts:7:3`');
  });
  it('every format shows a finding\'s suggestions and how to apply them', () => {
    const plus = lintProject([{ path: 'b.xs', text: fn('    var $a {\n      value = "a" + $input.n\n    }', '    text n') }]);
    const one = { result: plus, fileCount: 1, rules: RULES };
    const line = /suggestion: join with `~`.* \(xac lint --fix --suggestions=no-plus-string-concat\)/;
    expect(report('stylish', one)).toMatch(line);
    expect(report('markdown', one)).toMatch(line);
    expect(JSON.parse(report('sarif', one)).runs[0].results[0].message.text).toMatch(line);
    expect(JSON.parse(report('json', one)).findings[0]).toMatchObject({ fixable: false, suggestions: [{ messageId: 'useTilde' }] });
  });
});
