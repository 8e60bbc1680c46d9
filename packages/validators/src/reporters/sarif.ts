import type { Finding } from '../define-rule.js';
import { dslOf, suggestionLines, type ReportInput } from './index.js';

// SARIF 2.1.0 for GitHub code scanning: 1-based lines and columns, rules with descriptions,
// partialFingerprints from the line-independent fingerprint.

const region = (f: Finding) => ({
  startLine: f.loc?.start.line ?? 1,
  startColumn: f.loc?.start.column ?? 1,
  endLine: f.loc?.end.line ?? f.loc?.start.line ?? 1,
  endColumn: f.loc?.end.column ?? f.loc?.start.column ?? 1,
});

function result(input: ReportInput, f: Finding, ruleIndex: Map<string, number>) {
  const dsl = dslOf(input, f);
  const physical = (uri: string, r: object) => ({ physicalLocation: { artifactLocation: { uri }, region: r } });
  return {
    ruleId: f.rule,
    ...(ruleIndex.has(f.rule) ? { ruleIndex: ruleIndex.get(f.rule) } : {}),
    level: f.severity === 'error' ? 'error' : 'warning',
    message: { text: [dsl ? `${f.message} (from ${dsl.path}:${dsl.line}:${dsl.column})` : f.message, ...suggestionLines(f)].join('\n') },
    locations: [physical(f.path, region(f))],
    ...(dsl ? { relatedLocations: [{ id: 1, message: { text: 'DSL source' }, ...physical(dsl.path, { startLine: dsl.line, startColumn: dsl.column }) }] } : {}),
    ...(f.fingerprint ? { partialFingerprints: { 'xacLint/v1': f.fingerprint } } : {}),
  };
}

/** A SARIF 2.1.0 log with one run. */
export function sarif(input: ReportInput): string {
  const ruleIndex = new Map(input.rules.map((r, i) => [r.name, i]));
  const rules = input.rules.map((r) => ({
    id: r.name,
    name: r.name,
    shortDescription: { text: r.meta.description },
    fullDescription: { text: r.meta.description },
    helpUri: `https://github.com/xano-as-code/xano-as-code/blob/main/packages/validators/src/rules/${r.name}.md`,
    defaultConfiguration: { level: r.meta.defaultSeverity === 'error' ? 'error' : 'warning' },
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'xac lint', informationUri: 'https://github.com/xano-as-code/xano-as-code', rules } }, results: input.result.findings.map((f) => result(input, f, ruleIndex)) }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
