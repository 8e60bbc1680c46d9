// Semantic lint for XanoScript: rules over the AST of any .xs file, with a workspace model for
// cross-file facts (issue 4 — first rules; the engine grows with it).
export { defineRule, formatMessage, type Rule, type RuleMeta, type RuleContext, type Finding, type Severity } from './define-rule.js';
export { lintProject, lintDocument, type LintFile, type LintResult } from './run-rules.js';
export { buildWorkspace, type Workspace } from './engine/workspace.js';
export { RULES } from './registry.js';
