import type { Document, Node, ObjectDecl, SourceLocation, Stmt } from '@xac/xanoscript-dsl/ast';
import type { Diagnostic } from '@xac/xanoscript-dsl/parser';
import type { z } from 'zod';
import type { ParentMap } from './engine/ast-util.js';
import type { ScopeInfo } from './engine/scope.js';
import type { EscapeUse } from './engine/sourcemap.js';
import type { Workspace } from './engine/workspace.js';

// A lint rule is data plus one `create` (STYLE habit 5): it receives the document, its scope
// analysis and the workspace model, and reports findings by messageId at a node, maybe with a fix.

export type Severity = 'error' | 'warning';

export interface RuleMeta<M extends string> {
  readonly type: 'problem' | 'suggestion';
  readonly description: string;
  /** `code` when some reports carry a fix (an AST edit applied by `--fix`); only with `fixKeepsBehaviour`. */
  readonly fixable?: 'code';
  /**
   * The rule's fixes keep what the script does (a rename Xano treats the same, an equivalent
   * statement): the promise that lets plain `--fix` apply them. A rule whose edit changes behaviour
   * offers it as a suggestion instead (rules/meta.test.ts checks both).
   */
  readonly fixKeepsBehaviour?: true;
  /** Some reports carry suggestions (edits the user applies by choice). */
  readonly hasSuggestions?: true;
  readonly messages: Readonly<Record<M, string>>;
  readonly defaultSeverity: Severity;
  /** Off unless the config turns it on (a rule whose corpus precision is below the bar, docs/lint.md). */
  readonly optIn?: true;
}

/** A small AST edit: replace a node, insert statements before one, or remove one. */
export type Fix =
  | { readonly kind: 'replace'; readonly node: Node; readonly with: Node }
  | { readonly kind: 'insertBefore'; readonly node: Stmt; readonly with: readonly Stmt[] }
  | { readonly kind: 'remove'; readonly node: Node };

/** An edit offered to the user but never applied by `--fix`: it may change what the script does. */
export interface Suggestion<M extends string> {
  readonly messageId: M;
  readonly fix: Fix;
}

export interface Report<M extends string> {
  readonly messageId: M;
  readonly node: Node;
  /** A narrower position than the node's own (e.g. a filter's name). */
  readonly loc?: SourceLocation;
  readonly data?: Readonly<Record<string, string | number>>;
  /** `warning` lowers this finding below the rule's configured level (never raises it). */
  readonly severity?: Severity;
  /** Only for an edit that keeps behaviour (STYLE habit 5); anything else is a suggestion. */
  readonly fix?: Fix;
  readonly suggest?: readonly Suggestion<M>[];
}

export interface RuleContext<M extends string, O> {
  readonly path: string;
  readonly text: string;
  readonly doc: Document;
  /** The object of the file, or undefined for a raw (unparsed) object. */
  readonly object: ObjectDecl | undefined;
  readonly workspace: Workspace;
  readonly options: O;
  /** The parser's diagnostics of this file (rules may refine some, e.g. unknown filters). */
  readonly diagnostics: readonly Diagnostic[];
  /** Escape hatches the DSL source of this (compiled) file used, from its source map; empty otherwise. */
  readonly escapes: readonly EscapeUse[];
  /** Flow-sensitive variable facts of the object, computed once per file. */
  scope(): ScopeInfo;
  /** Node → parent, computed once per file. */
  parents(): ParentMap;
  report(r: Report<M>): void;
}

export interface Rule<M extends string = string, O = unknown> {
  readonly name: string;
  readonly meta: RuleMeta<M>;
  readonly defaultOptions: O;
  /** Validates options from the config (`[severity, options]`); defaults fill what is missing. */
  readonly schema?: z.ZodType<O>;
  create(ctx: RuleContext<M, O>): void;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<string, any>;

/** One finding, positioned in its file. */
export interface Finding {
  readonly rule: string;
  readonly messageId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly path: string;
  readonly loc: SourceLocation | undefined;
  /** Stable across line moves: rule, file, object and the offending text (see engine/baseline.ts). */
  readonly fingerprint?: string;
  readonly fix?: Fix;
  /** Edits shown to the user, never applied by `--fix`. */
  readonly suggestions?: readonly { readonly messageId: string; readonly message: string; readonly fix: Fix }[];
}

/**
 * Declares a rule; the identity function, for typing messages against message ids and options.
 * @example export default defineRule({ name: 'x', meta: { type: 'problem', description: 'd', defaultSeverity: 'error', messages: { m: 'bad' } }, defaultOptions: {}, create(ctx) { ctx.report({ messageId: 'm', node: ctx.doc }); } });
 */
export function defineRule<M extends string, O>(rule: Rule<M, O>): Rule<M, O> {
  return rule;
}

/** Fills `{{name}}` placeholders of a message. */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(data[k] ?? `{{${k}}}`));
}
