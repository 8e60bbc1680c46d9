import type { AnyRule, Finding } from '../define-rule.js';
import type { SourcePosition, SourceResolver } from '../engine/sourcemap.js';
import type { LintResult } from '../run-rules.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

// `--format stylish|json|sarif|markdown`: every reporter prints file:line:col and, for compiled DSL
// output, the DSL line behind it (through the build's source map).

export interface ReportInput {
  readonly result: LintResult;
  readonly fileCount: number;
  /** Rule metadata for descriptions (SARIF `rules`, markdown links). */
  readonly rules: readonly AnyRule[];
  readonly resolve?: SourceResolver;
  /** Colours (stylish only); callers pass `process.stdout.isTTY`. */
  readonly color?: boolean;
}

export type Format = 'stylish' | 'json' | 'sarif' | 'markdown';

/** Every reporter by name. */
export const FORMATS: Readonly<Record<Format, (input: ReportInput) => string>> = { stylish, json, sarif, markdown };

/** The suggestions of a finding as one line each: what it offers and how to apply it. */
export const suggestionLines = (f: Finding): string[] =>
  (f.suggestions ?? []).map((s) => `suggestion: ${s.message} (xac lint --fix --suggestions=${f.rule})`);

/** `file:line:col` of a finding (1-based). */
/** `1 file`, `2 files`: a count with its noun in the right number. */
export const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

export const position = (f: Finding): string => `${f.path}:${f.loc?.start.line ?? 1}:${f.loc?.start.column ?? 1}`;

/** The DSL position behind a finding in compiled output. */
export const dslOf = (input: ReportInput, f: Finding): SourcePosition | undefined => input.resolve?.(f.path, f.loc?.start.line ?? 1);

/**
 * Renders a lint result.
 * @example process.stdout.write(report('sarif', { result, fileCount: files.length, rules: RULES }));
 */
export function report(format: Format, input: ReportInput): string {
  return FORMATS[format](input);
}
