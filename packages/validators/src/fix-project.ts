import type { Finding } from './define-rule.js';
import { resolveRules } from './engine/config.js';
import { fixUntilStable } from './engine/fix.js';
import { buildWorkspace } from './engine/workspace.js';
import { lintDocument, lintProject, parseFiles, type LintFile, type LintProjectOptions, type LintResult } from './run-rules.js';
import { RULES } from './registry.js';

export interface FixProjectOptions extends LintProjectOptions {
  /** Rules whose suggestions are applied too (`xac lint --fix --suggestions=<rule>`): edits that may change behaviour, chosen by the user. */
  readonly suggestions?: readonly string[];
}

export interface FixedFile {
  readonly path: string;
  readonly text: string;
  readonly changed: boolean;
  /** Fixes applied over all passes. */
  readonly applied: number;
}

export interface FixProjectResult {
  readonly files: readonly FixedFile[];
  /** The lint of the fixed project (what is left). */
  readonly result: LintResult;
}

/**
 * Applies every fix of every configured rule (and the suggestions of the rules named in `suggestions`) until each file is stable (at most 10 passes per file,
 * each output re-parsed; a fix that breaks parsing is rejected), then lints the result.
 * @example const { files, result } = fixProject({ files }); for (const f of files) if (f.changed) writeFileSync(f.path, f.text);
 */
export function fixProject(opts: FixProjectOptions): FixProjectResult {
  const chosen = new Set(opts.suggestions ?? []);
  const rules = resolveRules(opts.rules ?? RULES, opts.config).filter((r) => r.rule.meta.fixable === 'code' || chosen.has(r.rule.name));
  // `--suggestions=<rule>`: the first suggestion of that rule's findings is applied as if it were a fix.
  const withChosen = (fs: readonly Finding[]): Finding[] =>
    fs.map((f) => (!f.fix && chosen.has(f.rule) && f.suggestions?.[0] ? { ...f, fix: f.suggestions[0].fix } : f));
  const parsed = parseFiles(opts.files);
  const workspace = buildWorkspace(parsed.flatMap((p) => (p.doc ? [p.doc] : [])), opts.config?.batchFunctions);
  const files = parsed.map(({ file, errors }): FixedFile => {
    if (errors.length > 0) return { path: file.path, text: file.text, changed: false, applied: 0 };
    const out = fixUntilStable(file.text, (text, doc, diags) => withChosen(lintDocument({ path: file.path, text }, doc, workspace, rules, diags)));
    return { path: file.path, text: out.text, changed: out.text !== file.text, applied: out.applied };
  });
  const fixed: LintFile[] = files.map((f) => ({ path: f.path, text: f.text }));
  return { files, result: lintProject({ ...opts, files: fixed }) };
}
