import { dslOf, type ReportInput } from './index.js';

/** Machine output: counts and every finding with 1-based positions and the DSL position. */
export function json(input: ReportInput): string {
  const { result } = input;
  const findings = result.findings.map((f) => ({
    path: f.path,
    line: f.loc?.start.line ?? 1,
    column: f.loc?.start.column ?? 1,
    endLine: f.loc?.end.line ?? 1,
    endColumn: f.loc?.end.column ?? 1,
    severity: f.severity,
    rule: f.rule,
    messageId: f.messageId,
    message: f.message,
    fingerprint: f.fingerprint,
    fixable: f.fix !== undefined,
    suggestions: (f.suggestions ?? []).map((x) => ({ messageId: x.messageId, message: x.message })),
    dsl: dslOf(input, f),
  }));
  const out = { files: input.fileCount, errorCount: result.errorCount, warningCount: result.warningCount, baselined: result.baselined.length, findings };
  return `${JSON.stringify(out, null, 2)}\n`;
}
