import type { NodeBase } from '../loc.js';
import type { Expr, VarExpr } from './exprs.js';
import type { Attribute, Comment } from './misc.js';

// Statements — reference/xanoscript.md §4. Statements that are a keyword, an optional target and an
// attribute block share one shape (`AttrStmt`); their keyword comes from the statement table
// (ast/schema/statements.ts). Statements with nested stacks have shapes of their own.

interface StmtBase extends NodeBase {
  /** `!stmt`: disabled, kept in the script but skipped. */
  readonly disabled?: boolean;
}

/**
 * `keyword target (arg) if (condition) verb=V { attrs } as $x`. Attributes are in canonical order;
 * an empty list prints no block.
 */
export interface AttrStmtBase<K extends string> extends StmtBase {
  readonly kind: K;
  /** `"user"` in `db.get "user"`, `$x` in `var $x`, `"a/b"` in `function.run "a/b"`. */
  readonly target?: Expr;
  /** The parenthesised argument: `precondition (…)`, `expect.to_equal ($x)`, `array.find ($a)`. */
  readonly arg?: Expr;
  /** `array.find ($a) if (cond)`. */
  readonly condition?: Expr;
  readonly attrs: readonly Attribute[];
  /** `as $x` (possibly `as $x.path` or `as $x|first`). */
  readonly as?: Expr;
}

export type VarStmt = AttrStmtBase<'VarStmt'>;
export type VarUpdateStmt = AttrStmtBase<'VarUpdateStmt'>;
export type PreconditionStmt = AttrStmtBase<'PreconditionStmt'>;
export type ThrowStmt = AttrStmtBase<'ThrowStmt'>;
export type ReturnStmt = AttrStmtBase<'ReturnStmt'>;
export type DebugLogStmt = AttrStmtBase<'DebugLogStmt'>;
export type FunctionRunStmt = AttrStmtBase<'FunctionRunStmt'>;
export type DbGetStmt = AttrStmtBase<'DbGetStmt'>;
export type DbHasStmt = AttrStmtBase<'DbHasStmt'>;
export type DbQueryStmt = AttrStmtBase<'DbQueryStmt'>;
export type DbAddStmt = AttrStmtBase<'DbAddStmt'>;
export type DbEditStmt = AttrStmtBase<'DbEditStmt'>;
export type DbPatchStmt = AttrStmtBase<'DbPatchStmt'>;
export type DbAddOrEditStmt = AttrStmtBase<'DbAddOrEditStmt'>;
export type DbDelStmt = AttrStmtBase<'DbDelStmt'>;
export type ApiRequestStmt = AttrStmtBase<'ApiRequestStmt'>;
export type UtilSleepStmt = AttrStmtBase<'UtilSleepStmt'>;

/** Any other statement of §4 (`math.add`, `array.push`, `redis.get`, `expect.to_equal`, …). */
export interface GenericStmt extends AttrStmtBase<'GenericStmt'> {
  /** The dotted keyword, e.g. `array.push`. */
  readonly name: string;
  /** `api.call "path" verb=GET`. */
  readonly verb?: string;
  /** The `stack { … }` of the statements that take one (`expect.to_throw`, `util.post_process`). */
  readonly stack?: readonly Stmt[];
}

export interface BreakStmt extends StmtBase {
  readonly kind: 'BreakStmt';
}
export interface ContinueStmt extends StmtBase {
  readonly kind: 'ContinueStmt';
}

export interface IfBranch extends NodeBase {
  readonly kind: 'IfBranch';
  readonly test: Expr;
  readonly body: readonly Stmt[];
}
/** `conditional { if (…) {…} elseif (…) {…} else {…} }`; `branches[0]` is the `if`. */
export interface ConditionalStmt extends StmtBase {
  readonly kind: 'ConditionalStmt';
  readonly attrs: readonly Attribute[];
  readonly branches: readonly IfBranch[];
  readonly else?: readonly Stmt[];
}
/** `foreach (list) { each as $item { … } }`. */
export interface ForeachStmt extends StmtBase {
  readonly kind: 'ForeachStmt';
  readonly list: Expr;
  readonly attrs: readonly Attribute[];
  readonly item?: VarExpr;
  readonly body: readonly Stmt[];
}
/** `for (count) { each as $i { … } }`. */
export interface ForStmt extends StmtBase {
  readonly kind: 'ForStmt';
  readonly count: Expr;
  readonly attrs: readonly Attribute[];
  readonly index?: VarExpr;
  readonly body: readonly Stmt[];
}
/** `while (test) { each { … } }`. */
export interface WhileStmt extends StmtBase {
  readonly kind: 'WhileStmt';
  readonly test: Expr;
  readonly attrs: readonly Attribute[];
  readonly body: readonly Stmt[];
}
/** `try_catch { try {…} catch {…} finally {…} }`. */
export interface TryCatchStmt extends StmtBase {
  readonly kind: 'TryCatchStmt';
  readonly attrs: readonly Attribute[];
  readonly try: readonly Stmt[];
  /** Absent when the statement has no `catch` block (errors are swallowed). */
  readonly catch?: readonly Stmt[];
  readonly finally?: readonly Stmt[];
}
/** `group { stack { … } }` and `db.transaction { stack { … } }`. */
export interface GroupStmt extends StmtBase {
  readonly kind: 'GroupStmt';
  readonly keyword: 'group' | 'db.transaction';
  readonly attrs: readonly Attribute[];
  readonly body: readonly Stmt[];
}
export interface SwitchCase extends NodeBase {
  readonly kind: 'SwitchCase';
  readonly value: Expr;
  readonly body: readonly Stmt[];
}
/** `switch (x) { case (v) { … } break … default { … } }`. */
export interface SwitchStmt extends StmtBase {
  readonly kind: 'SwitchStmt';
  readonly subject: Expr;
  readonly attrs: readonly Attribute[];
  readonly cases: readonly SwitchCase[];
  readonly default?: readonly Stmt[];
}
/** Escape hatch: statement text the DSL cannot express yet, printed verbatim (re-indented). */
export interface RawStmt extends NodeBase {
  readonly kind: 'RawStmt';
  readonly source: string;
}

export type AttrStmt =
  | VarStmt
  | VarUpdateStmt
  | PreconditionStmt
  | ThrowStmt
  | ReturnStmt
  | DebugLogStmt
  | FunctionRunStmt
  | DbGetStmt
  | DbHasStmt
  | DbQueryStmt
  | DbAddStmt
  | DbEditStmt
  | DbPatchStmt
  | DbAddOrEditStmt
  | DbDelStmt
  | ApiRequestStmt
  | UtilSleepStmt
  | GenericStmt;

export type Stmt =
  | AttrStmt
  | BreakStmt
  | ContinueStmt
  | ConditionalStmt
  | ForeachStmt
  | ForStmt
  | WhileStmt
  | TryCatchStmt
  | GroupStmt
  | SwitchStmt
  | RawStmt
  | Comment;
