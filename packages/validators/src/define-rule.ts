import type { Document, Node, SourceLocation } from '@xac/xanoscript-dsl/ast';
import type { Workspace } from './engine/workspace.js';

// A lint rule is data plus one `create` (STYLE habit 5): it receives the document and the workspace
// model and reports findings by messageId at a node.

export type Severity = 'error' | 'warning';

export interface RuleMeta<M extends string> {
  readonly type: 'problem' | 'suggestion';
  readonly description: string;
  readonly messages: Readonly<Record<M, string>>;
  readonly defaultSeverity: Severity;
}

export interface Report<M extends string> {
  readonly messageId: M;
  readonly node: Node;
  readonly data?: Readonly<Record<string, string>>;
}

export interface RuleContext<M extends string> {
  readonly path: string;
  readonly doc: Document;
  readonly workspace: Workspace;
  report(r: Report<M>): void;
}

export interface Rule<M extends string = string> {
  readonly name: string;
  readonly meta: RuleMeta<M>;
  create(ctx: RuleContext<M>): void;
}

/** One finding, positioned in its file. */
export interface Finding {
  readonly rule: string;
  readonly messageId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly path: string;
  readonly loc: SourceLocation | undefined;
}

/**
 * Declares a rule; the identity function, for typing messages against message ids.
 * @example export default defineRule({ name: 'x', meta: {...}, create(ctx) { ctx.report({ messageId: 'm', node }); } });
 */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

/** Fills `{{name}}` placeholders of a message. */
export function formatMessage(template: string, data: Readonly<Record<string, string>> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => data[k] ?? `{{${k}}}`);
}
