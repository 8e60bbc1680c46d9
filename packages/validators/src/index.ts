// Semantic lint for XanoScript (issue 4): rules over the AST of any .xs file, a workspace model for
// cross-file facts, configuration, suppressions, a baseline, an autofix loop and reporters.
export { defineRule, formatMessage, type AnyRule, type Rule, type RuleMeta, type RuleContext, type Report, type Fix, type Finding, type Severity } from './define-rule.js';
export { lintProject, lintDocument, parseFiles, type LintDocumentExtras, type LintFile, type LintResult, type FileResult, type LintProjectOptions } from './run-rules.js';
export { fixProject, type FixProjectResult, type FixProjectOptions } from './fix-project.js';
export { buildWorkspace, columnType, EMPTY_WORKSPACE, type Workspace, type TableInfo, type FunctionInfo } from './engine/workspace.js';
export { analyzeScope, BUILTIN_VARS, type ScopeInfo, type UseInfo, type Binding } from './engine/scope.js';
export { resolveRules, LintConfigError, type LintConfig, type SeveritySetting, type ResolvedRule } from './engine/config.js';
export { createBaseline, parseBaseline, applyBaseline, type Baseline, type BaselineEntry } from './engine/baseline.js';
export { applyFixes, fixUntilStable, MAX_FIX_PASSES } from './engine/fix.js';
export { suppressionsOf, isSuppressed, unusedSuppressions } from './engine/suppressions.js';
export { createSourceMapResolver, createEscapeResolver, type SourceResolver, type SourcePosition, type EscapeResolver, type EscapeUse } from './engine/sourcemap.js';
export { report, FORMATS, type Format, type ReportInput } from './reporters/index.js';
export { RULES } from './registry.js';
export { isSkipResult, skipShapeExpr, SKIP_KEYS, type SkipResult } from './skip-shape.js';
