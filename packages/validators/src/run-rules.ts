import type { Document } from '@xac/xanoscript-dsl/ast';
import { parse, type Diagnostic } from '@xac/xanoscript-dsl/parser';
import { formatMessage, type AnyRule, type Finding, type Report } from './define-rule.js';
import { objectOf, parentMap, sourceOf, type ParentMap } from './engine/ast-util.js';
import { applyBaseline, fingerprint, type Baseline } from './engine/baseline.js';
import { resolveRules, type LintConfig, type ResolvedRule } from './engine/config.js';
import { analyzeScope, type ScopeInfo } from './engine/scope.js';
import type { EscapeResolver, EscapeUse } from './engine/sourcemap.js';
import { suppressionsOf, suppressorOf, unusedSuppressions, type Suppression } from './engine/suppressions.js';
import { buildWorkspace, type Workspace } from './engine/workspace.js';
import { RULES } from './registry.js';

export interface LintFile {
  readonly path: string;
  readonly text: string;
}

export interface FileResult {
  readonly path: string;
  readonly findings: readonly Finding[];
}

export interface LintResult {
  readonly results: readonly FileResult[];
  /** Every finding of every file, in file then position order (baselined ones excluded). */
  readonly findings: readonly Finding[];
  readonly errorCount: number;
  readonly warningCount: number;
  /** Findings the baseline already knew (not counted above). */
  readonly baselined: readonly Finding[];
}

export interface LintProjectOptions {
  readonly files: readonly LintFile[];
  readonly config?: LintConfig;
  readonly baseline?: Baseline;
  /** The rules to run (default: every registered rule). */
  readonly rules?: readonly AnyRule[];
  /** Escape hatches behind compiled files (their source maps), for `no-escape-hatch`. */
  readonly escapes?: EscapeResolver;
}

/** Parser diagnostics left to a rule, which reports them with suggestions and fixes. */
const LEFT_TO_RULES = new Set(['unknown-filter']);

export function parseErrors(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === 'error' && !LEFT_TO_RULES.has(d.code));
}

/** Runs configured rules on one parsed document; suppressed findings are dropped. */
export interface LintDocumentExtras {
  /** Escape hatches behind this compiled file (its source map). */
  readonly escapes?: readonly EscapeUse[];
  /** Report `// xac-disable-next-line` directives that suppressed nothing (lintProject does). */
  readonly reportUnused?: boolean;
}

/** Warnings for directives that suppressed nothing of the rules that ran. */
function unusedFindings(file: LintFile, object: string, list: readonly Suppression[], used: ReadonlyMap<Suppression, ReadonlySet<string>>, rules: readonly ResolvedRule[]): Finding[] {
  return unusedSuppressions(list, used, new Set(rules.map((r) => r.rule.name))).map(({ s, ids }): Finding => {
    const named = ids === undefined ? '' : ` ${ids.join(', ')}`;
    return {
      rule: 'unused-suppression', messageId: 'unused', severity: 'warning', path: file.path, loc: s.comment,
      message: `\`// xac-disable-next-line${named}\` suppresses nothing here: remove it${ids === undefined ? '' : ' (or those rule ids)'}`,
      fingerprint: fingerprint(['unused-suppression', file.path, object, named]),
    };
  });
}

export function lintDocument(file: LintFile, doc: Document, workspace: Workspace, rules: readonly ResolvedRule[], diagnostics: readonly Diagnostic[] = [], extras: LintDocumentExtras = {}): Finding[] {
  const out: Finding[] = [];
  const escapes = extras.escapes ?? [];
  const used = new Map<Suppression, Set<string>>();
  const object = objectOf(doc);
  let scope: ScopeInfo | undefined;
  let parents: ParentMap | undefined;
  const suppressions = suppressionsOf(doc);
  const seen = new Map<string, number>();
  for (const { rule, severity, options } of rules) {
    const report = (r: Report<string>): void => {
      const loc = r.loc ?? r.node.loc;
      const by = suppressorOf(suppressions, rule.name, loc?.start.offset);
      if (by) {
        used.set(by, (used.get(by) ?? new Set()).add(rule.name));
        return;
      }
      const key = [rule.name, file.path, object?.name ?? '', r.messageId, sourceOf(file.text, r.node)];
      const n = (seen.get(key.join('\u0000')) ?? 0) + 1;
      seen.set(key.join('\u0000'), n);
      const message = formatMessage(rule.meta.messages[r.messageId] ?? r.messageId, r.data);
      // A fix is applied by plain --fix: only a rule that promises its fixes keep behaviour may give one;
      // any other rule's edit is demoted to a suggestion (rules/meta.test.ts checks the promise).
      const fix = r.fix && rule.meta.fixKeepsBehaviour === true ? r.fix : undefined;
      const demoted = r.fix && !fix ? [{ messageId: r.messageId, fix: r.fix }] : [];
      const suggestions = [...demoted, ...(r.suggest ?? [])].map((x) => ({ messageId: x.messageId, message: formatMessage(rule.meta.messages[x.messageId] ?? x.messageId, r.data), fix: x.fix }));
      out.push({
        rule: rule.name, messageId: r.messageId, severity: r.severity === 'warning' ? 'warning' : severity, message, path: file.path, loc, fingerprint: fingerprint([...key, String(n)]),
        ...(fix ? { fix } : {}), ...(suggestions.length > 0 ? { suggestions } : {}),
      });
    };
    rule.create({
      path: file.path, text: file.text, doc, object, workspace, options, report, diagnostics, escapes,
      scope: () => (scope ??= object ? analyzeScope(object) : { uses: new Map(), redeclares: [] }),
      parents: () => (parents ??= parentMap(doc)),
    });
  }
  return extras.reportUnused ? [...out, ...unusedFindings(file, object?.name ?? '', suppressions, used, rules)] : out;
}

const byPosition = (a: Finding, b: Finding): number =>
  (a.loc?.start.offset ?? 0) - (b.loc?.start.offset ?? 0) || a.rule.localeCompare(b.rule);

/** Parses every file; a file that does not parse yields `parse` findings and no rule runs on it. */
export function parseFiles(files: readonly LintFile[]): Array<{ file: LintFile; doc: Document | undefined; docs: readonly Document[]; errors: Finding[]; diagnostics: readonly Diagnostic[] }> {
  return files.map((file) => {
    const r = parse(file.text, { path: file.path });
    const errors = parseErrors(r.diagnostics).map((d): Finding => ({
      rule: 'parse', messageId: d.code, severity: 'error', message: d.message, path: file.path, loc: d.loc,
      fingerprint: fingerprint(['parse', file.path, d.code, d.message]),
    }));
    // A multidoc file (`---` between objects) is linted object by object.
    return { file, doc: r.ast, docs: r.documents, errors, diagnostics: r.diagnostics };
  });
}

/** True when a parse diagnostic lies inside one document of its file. */
function within(d: Diagnostic, doc: Document): boolean {
  const at = d.loc.start.offset;
  return doc.loc === undefined || (at >= doc.loc.start.offset && at <= doc.loc.end.offset);
}

function normalize(arg: readonly LintFile[] | LintProjectOptions): LintProjectOptions {
  return Array.isArray(arg) ? { files: arg as readonly LintFile[] } : (arg as LintProjectOptions);
}

/**
 * Lints a whole project: every file parsed (a file that does not parse is a finding), one workspace
 * model for the cross-file facts, every configured rule on every document; the deploy gate calls it.
 * @example const { errorCount, results } = lintProject({ files: [{ path: 'function/x.xs', text }], config: { rules: { 'unindexed-lookup': 'off' } } });
 */
export function lintProject(arg: readonly LintFile[] | LintProjectOptions): LintResult {
  const opts = normalize(arg);
  const rules = resolveRules(opts.rules ?? RULES, opts.config);
  const parsed = parseFiles(opts.files);
  const workspace = buildWorkspace(parsed.flatMap((p) => p.docs), opts.config?.batchFunctions);
  const results: FileResult[] = [];
  const baselined: Finding[] = [];
  for (const p of parsed) {
    let findings = p.errors.length > 0 || p.docs.length === 0 ? p.errors : p.docs.flatMap((d, i) => lintDocument(p.file, d, workspace, rules, p.diagnostics.filter((x) => within(x, d)), { reportUnused: true, escapes: i === 0 ? (opts.escapes?.(p.file.path) ?? []) : [] }));
    if (opts.baseline) {
      const split = applyBaseline(findings, opts.baseline);
      findings = split.fresh;
      baselined.push(...split.known);
    }
    results.push({ path: p.file.path, findings: [...findings].sort(byPosition) });
  }
  results.sort((a, b) => a.path.localeCompare(b.path));
  const findings = results.flatMap((r) => r.findings);
  const errorCount = findings.filter((f) => f.severity === 'error').length;
  return { results, findings, errorCount, warningCount: findings.length - errorCount, baselined };
}
