import type { Document } from '@xac/xanoscript-dsl/ast';
import { parse } from '@xac/xanoscript-dsl/parser';
import { formatMessage, type Finding, type Rule } from './define-rule.js';
import { buildWorkspace, type Workspace } from './engine/workspace.js';
import { RULES } from './registry.js';

export interface LintFile {
  readonly path: string;
  readonly text: string;
}

export interface LintResult {
  readonly findings: readonly Finding[];
  readonly errorCount: number;
  readonly warningCount: number;
}

/** Runs rules on one parsed document. */
export function lintDocument(path: string, doc: Document, workspace: Workspace, rules: readonly Rule[] = RULES): Finding[] {
  const out: Finding[] = [];
  for (const rule of rules) {
    rule.create({
      path,
      doc,
      workspace,
      report: (r) =>
        out.push({
          rule: rule.name,
          messageId: r.messageId,
          severity: rule.meta.defaultSeverity,
          message: formatMessage(rule.meta.messages[r.messageId] ?? r.messageId, r.data),
          path,
          loc: r.node.loc,
        }),
    });
  }
  return out;
}

/**
 * Lints a whole project: every file parsed (a file that does not parse is a finding), one workspace
 * model for the cross-file facts, every rule on every document.
 * @example const { errorCount } = lintProject([{ path: 'function/x.xs', text }]);
 */
export function lintProject(files: readonly LintFile[], rules: readonly Rule[] = RULES): LintResult {
  const parsed: Array<{ path: string; doc: Document }> = [];
  const findings: Finding[] = [];
  for (const f of files) {
    const r = parse(f.text, { path: f.path });
    for (const d of r.diagnostics.filter((x) => x.severity === 'error')) {
      findings.push({ rule: 'parse', messageId: d.code, severity: 'error', message: d.message, path: f.path, loc: d.loc });
    }
    if (r.ast) parsed.push({ path: f.path, doc: r.ast });
  }
  const workspace = buildWorkspace(parsed.map((p) => p.doc));
  for (const p of parsed) findings.push(...lintDocument(p.path, p.doc, workspace, rules));
  findings.sort((a, b) => a.path.localeCompare(b.path) || (a.loc?.start.offset ?? 0) - (b.loc?.start.offset ?? 0));
  const errorCount = findings.filter((f) => f.severity === 'error').length;
  return { findings, errorCount, warningCount: findings.length - errorCount };
}
