import { parse } from '@xac/xanoscript-dsl/parser';
import { describe, expect, it } from 'vitest';
import type { Document } from '@xac/xanoscript-dsl/ast';
import type { AnyRule, Finding } from './define-rule.js';
import type { ResolvedRule } from './engine/config.js';
import { applyFixes, fixUntilStable } from './engine/fix.js';
import { print } from '@xac/xanoscript-dsl/printer';
import { buildWorkspace } from './engine/workspace.js';
import { lintDocument, type LintFile } from './run-rules.js';

// The rule tester (STYLE habit 5): a case table `valid` / `invalid`. Invalid cases list their
// findings as {messageId, line, column}; a fixable case gives the `output` after `--fix`, which must
// re-parse without errors, differ from the input and be stable under a second pass.

export interface ValidCase {
  readonly name?: string;
  readonly code: string;
  readonly options?: unknown;
  /** Other files of the workspace (tables, called functions). */
  readonly files?: readonly string[];
}

export interface ExpectedError {
  readonly messageId: string;
  readonly line: number;
  readonly column: number;
  /** Checked when given: a rule may report below its level (`Report.severity`). */
  readonly severity?: 'error' | 'warning';
  /** Each suggestion of the finding with the text it gives; an invalid case without it expects none. */
  readonly suggestions?: readonly { readonly messageId: string; readonly output: string }[];
}

export interface InvalidCase extends ValidCase {
  readonly errors: readonly ExpectedError[];
  /** The fixed text; omitted or null when no fix applies. */
  readonly output?: string | null;
}

export interface RuleCases {
  readonly valid: readonly ValidCase[];
  readonly invalid: readonly InvalidCase[];
}

const PATH = 'test.xs';

function setup(rule: AnyRule, c: ValidCase) {
  const others = (c.files ?? []).map((text, i) => parse(text, { path: `w${i}.xs` }).ast).filter((d) => d !== undefined);
  const options = c.options === undefined ? rule.defaultOptions : { ...(rule.defaultOptions as object), ...(c.options as object) };
  const resolved: ResolvedRule[] = [{ rule, severity: 'error', options }];
  const lintParsed = (text: string): { doc: Document | undefined; findings: Finding[] } => {
    const r = parse(text, { path: PATH });
    const doc = r.ast;
    expect(doc, `the case does not parse: ${r.diagnostics.map((d) => d.message).join('; ')}`).toBeDefined();
    const file: LintFile = { path: PATH, text };
    return { doc, findings: doc ? lintDocument(file, doc, workspace(doc), resolved, r.diagnostics) : [] };
  };
  const lint = (text: string): Finding[] => lintParsed(text).findings;
  const workspace = (doc: NonNullable<ReturnType<typeof parse>['ast']>) => buildWorkspace([...others, doc]);
  return { lint, lintParsed, fix: (text: string) => fixUntilStable(text, (t, d, diags) => lintDocument({ path: PATH, text: t }, d, workspace(d), resolved, diags)).text };
}

const errorsOf = (text: string) => parse(text, { path: PATH }).diagnostics.filter((d) => d.severity === 'error');

function checkFix(fix: (t: string) => string, c: InvalidCase): void {
  const fixed = fix(c.code);
  if (c.output === undefined || c.output === null) {
    expect(fixed, 'no fix expected').toBe(c.code);
    return;
  }
  expect(fixed).toBe(c.output);
  expect(c.output, 'the output must differ from the input').not.toBe(c.code);
  expect(errorsOf(c.output).map((d) => d.message), 'the output must re-parse without errors').toEqual([]);
  expect(fix(c.output), 'a second pass must change nothing').toBe(c.output);
}

/** Each finding's suggestions give exactly the expected texts, and each re-parses without errors. */
function checkSuggestions(doc: Document, found: readonly Finding[], c: InvalidCase): void {
  const byPos = [...found].sort((a, b) => (a.loc?.start.offset ?? 0) - (b.loc?.start.offset ?? 0));
  const expected = [...c.errors].sort((a, b) => a.line - b.line || a.column - b.column);
  expected.forEach((e, i) => {
    const got = (byPos[i]?.suggestions ?? []).map((s) => ({ messageId: s.messageId, output: print(applyFixes(doc, [s.fix])) }));
    expect(got, `suggestions of the finding at ${e.line}:${e.column}`).toEqual(e.suggestions ?? []);
    for (const s of got) expect(errorsOf(s.output).map((d) => d.message), 'a suggestion must re-parse without errors').toEqual([]);
  });
}

/**
 * Declares the vitest suite of one rule from its case table.
 * @example ruleTester(rule, { valid: [{ code }], invalid: [{ code, errors: [{ messageId: 'm', line: 3, column: 5 }], output }] });
 */
export function ruleTester(rule: AnyRule, cases: RuleCases): void {
  describe(rule.name, () => {
    it('has no duplicate cases', () => {
      const keys = [...cases.valid, ...cases.invalid].map((c) => JSON.stringify([c.code, c.options, c.files]));
      expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    });
    cases.valid.forEach((c, i) => {
      it(`valid ${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        expect(setup(rule, c).lint(c.code).map((f) => `${f.loc?.start.line}:${f.loc?.start.column} ${f.message}`)).toEqual([]);
      });
    });
    cases.invalid.forEach((c, i) => {
      it(`invalid ${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        const { lintParsed, fix } = setup(rule, c);
        const parsed = lintParsed(c.code);
        const got = parsed.findings
          .map((f) => ({ messageId: f.messageId, line: f.loc?.start.line ?? 0, column: f.loc?.start.column ?? 0 }))
          .sort((a, b) => a.line - b.line || a.column - b.column);
        expect(got).toEqual(c.errors.map((e) => ({ messageId: e.messageId, line: e.line, column: e.column })));
        const levels = [...parsed.findings].sort((a, b) => (a.loc?.start.offset ?? 0) - (b.loc?.start.offset ?? 0)).map((f) => f.severity);
        const sorted = [...c.errors].sort((a, b) => a.line - b.line || a.column - b.column);
        sorted.forEach((e, j) => e.severity && expect(levels[j], `severity of the finding at ${e.line}:${e.column}`).toBe(e.severity));
        if (parsed.doc) checkSuggestions(parsed.doc, parsed.findings, c);
        checkFix(fix, c);
      });
    });
  });
}

/** A function around a stack: line 1 `function`, n input lines from line 3, the stack's first line at 5 + n. */
export function fn(stack: string, input = '', response = 'null'): string {
  const inputs = input ? `  input {\n${input}\n  }\n` : '  input {\n  }\n';
  return `function "t" {\n${inputs}  stack {\n${stack}\n  }\n  response = ${response}\n}\n`;
}
