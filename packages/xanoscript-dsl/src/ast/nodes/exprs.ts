import type { NodeBase } from '../loc.js';

// Expressions — reference/xanoscript.md §2.3–§2.8. Parentheses are layout, not nodes: the printer
// adds them where the canonical form needs them, and the parser drops them.

/** A quoted string; `value` is the decoded text (known escapes resolved, unknown ones kept verbatim). */
export interface StringLit extends NodeBase {
  readonly kind: 'StringLit';
  readonly value: string;
}
/** An int or decimal literal, kept as written (`-1`, `2.50`) so it round-trips exactly. */
export interface NumberLit extends NodeBase {
  readonly kind: 'NumberLit';
  readonly value: string;
}
export interface BoolLit extends NodeBase {
  readonly kind: 'BoolLit';
  readonly value: boolean;
}
export interface NullLit extends NodeBase {
  readonly kind: 'NullLit';
}
/** The `now` literal: the current timestamp. */
export interface NowLit extends NodeBase {
  readonly kind: 'NowLit';
}
/** An unquoted timestamp `2026-01-01 08:00:00+0000`, used in task schedules. */
export interface TimestampLit extends NodeBase {
  readonly kind: 'TimestampLit';
  readonly value: string;
}
/** A `/…/` pattern; only legal as an input-filter argument. */
export interface RegexLit extends NodeBase {
  readonly kind: 'RegexLit';
  readonly pattern: string;
}

/** `.name` after a variable. */
export interface PropAccess extends NodeBase {
  readonly kind: 'PropAccess';
  readonly name: string;
}
/** `[expr]` after a variable. */
export interface IndexAccess extends NodeBase {
  readonly kind: 'IndexAccess';
  readonly index: Expr;
}
export type Accessor = PropAccess | IndexAccess;

/**
 * A variable with its path: `$x.a[0]` is `{name: 'x', path: [.a, [0]]}`; `$input.id` is
 * `{name: 'input', path: [.id]}`; `$$` has the name `$`. The long form `$var.x` is stored as `$x`.
 */
export interface VarExpr extends NodeBase {
  readonly kind: 'VarExpr';
  readonly name: string;
  readonly path: readonly Accessor[];
}

/** `operand|name:arg1:arg2`; `operand` is null for a filter on an empty primary (`|range:1:5`). */
export interface FilterExpr extends NodeBase {
  readonly kind: 'FilterExpr';
  readonly operand: Expr | null;
  readonly name: string;
  readonly args: readonly Expr[];
  /** `|!name`: kept in the script but skipped at run time. */
  readonly disabled?: boolean;
  /**
   * Written without parentheses and followed by an operator: `$a|count == 0`. The docs warn that
   * Xano may read the operator into the filter (syntax.md "Parentheses and Filter Precedence"); xac
   * reads `($a|count) == 0`, prints it as written, and the `filter-operator-precedence` rule reports it.
   */
  readonly bare?: boolean;
}

export type ArithmeticOp = '+' | '-' | '*' | '/' | '%' | '~';
export type ComparisonOp = '==' | '!=' | '===' | '!==' | '>' | '>=' | '<' | '<=';
export type LogicalOp = '&&' | '||' | '??';
/** Operators legal only in db `where`-style clauses (§2.8); `?` suffixed forms ignore a null right side. */
export type DbOp =
  | '=' | '==?' | '!=?' | '>?' | '>=?' | '<?' | '<=?'
  | 'in' | 'not in' | 'contains' | 'not contains' | 'includes' | 'not includes' | 'includes?'
  | 'like' | 'not like' | 'ilike' | 'not ilike' | 'overlaps' | 'not overlaps' | '@>' | '!~'
  | 'in?' | 'contains?' | 'like?' | 'ilike?' | 'overlaps?'
  | 'not in?' | 'not contains?' | 'not includes?' | 'not like?' | 'not ilike?' | 'not overlaps?';
export type BinaryOp = ArithmeticOp | ComparisonOp | LogicalOp | DbOp;

export interface BinaryExpr extends NodeBase {
  readonly kind: 'BinaryExpr';
  readonly op: BinaryOp;
  readonly left: Expr;
  readonly right: Expr;
}
/** `(expr).a[0]`: a path into the value of a parenthesised expression (corpus). */
export interface MemberExpr extends NodeBase {
  readonly kind: 'MemberExpr';
  readonly object: Expr;
  readonly path: readonly Accessor[];
}
/** `!x` (docs generation) or `-x` on a non-literal. */
export interface UnaryExpr extends NodeBase {
  readonly kind: 'UnaryExpr';
  readonly op: '!' | '-';
  readonly operand: Expr;
}
export interface TernaryExpr extends NodeBase {
  readonly kind: 'TernaryExpr';
  readonly test: Expr;
  readonly consequent: Expr;
  readonly alternate: Expr;
}
/** `x between a:b` / `x not between a:b` inside where clauses. */
export interface BetweenExpr extends NodeBase {
  readonly kind: 'BetweenExpr';
  readonly operand: Expr;
  readonly low: Expr;
  readonly high: Expr;
  readonly negated: boolean;
}
/** `(a..b)`, an inclusive range (docs generation). */
export interface RangeExpr extends NodeBase {
  readonly kind: 'RangeExpr';
  readonly from: Expr;
  readonly to: Expr;
}
/** `!int "42"`: a cast of a string literal. */
export interface CastExpr extends NodeBase {
  readonly kind: 'CastExpr';
  readonly type: string;
  readonly value: StringLit;
}

export interface ObjectEntry extends NodeBase {
  readonly kind: 'ObjectEntry';
  /** The key as text; a bare dotted key (`event_log.created_at`) keeps its dots. */
  readonly key: string;
  readonly value: Expr;
  /** `!key: value`: kept in the script, switched off. */
  readonly disabled?: boolean;
}
export interface ObjectExpr extends NodeBase {
  readonly kind: 'ObjectExpr';
  readonly entries: readonly ObjectEntry[];
}
export interface ArrayExpr extends NodeBase {
  readonly kind: 'ArrayExpr';
  readonly elements: readonly Expr[];
}
/** A backtick expression: its content parsed with the ordinary expression grammar. */
export interface BacktickExpr extends NodeBase {
  readonly kind: 'BacktickExpr';
  readonly expr: Expr;
}
/** Escape hatch: XanoScript expression text the DSL cannot express yet, printed verbatim. */
export interface RawExpr extends NodeBase {
  readonly kind: 'RawExpr';
  readonly source: string;
  /**
   * Whether the text is one operand (a literal, variable or cast) that needs no parentheses next to
   * an operator or filter; when unset, any text with spaces or pipes is grouped.
   */
  readonly atomic?: boolean;
}

export type Literal = StringLit | NumberLit | BoolLit | NullLit | NowLit | TimestampLit | RegexLit;

export type Expr =
  | Literal
  | VarExpr
  | MemberExpr
  | FilterExpr
  | BinaryExpr
  | UnaryExpr
  | TernaryExpr
  | BetweenExpr
  | RangeExpr
  | CastExpr
  | ObjectExpr
  | ArrayExpr
  | BacktickExpr
  | RawExpr;
