import type { IToken } from 'chevrotain';
import type { SourceLocation } from '../../ast/loc.js';
import type { Expr, VarExpr } from '../../ast/nodes/exprs.js';
import type { FieldList } from '../../ast/nodes/fields.js';
import type { Attribute } from '../../ast/nodes/misc.js';
import type { Stmt } from '../../ast/nodes/stmts.js';
import type * as C from '../cst.generated.js';

// The members of a statement's `{ … }` block (§4.2): attributes and the bodies of block statements.

export type MemberKind =
  | 'attr' | 'stack' | 'schema' | 'each' | 'if' | 'elseif' | 'else' | 'try' | 'catch' | 'finally' | 'default' | 'case'
  | 'break';

export interface Member {
  readonly kind: MemberKind;
  readonly loc: SourceLocation;
  readonly attr?: Attribute;
  readonly body?: readonly Stmt[];
  /** The `(…)` of `if`, `elseif` and `case`. */
  readonly test?: Expr;
  /** `each as $x`. */
  readonly item?: VarExpr;
  readonly fields?: FieldList;
}

/** Where a member belongs, for "`if` is only allowed inside `conditional`". */
export const MEMBER_HOME: Readonly<Record<MemberKind, string>> = {
  attr: '',
  stack: '`group` or `db.transaction`',
  schema: 'an `object` field',
  each: '`foreach`, `for` or `while`',
  if: '`conditional`',
  elseif: '`conditional`',
  else: '`conditional`',
  try: '`try_catch`',
  catch: '`try_catch`',
  finally: '`try_catch`',
  default: '`switch`',
  case: '`switch`',
  break: 'a loop or after a `case` block',
};

const BODY_KW: Readonly<Record<string, MemberKind>> = {
  else: 'else', try: 'try', catch: 'catch', finally: 'finally', default: 'default',
};

/** Which member a `blockMember` CST node is. */
export function memberKind(c: C.BlockMemberCstChildren): MemberKind {
  if (c.attr !== undefined) return 'attr';
  if (c.Kw_stack !== undefined) return 'stack';
  if (c.Kw_schema !== undefined) return 'schema';
  if (c.Kw_each !== undefined) return 'each';
  if (c.Kw_if !== undefined) return 'if';
  if (c.Kw_elseif !== undefined) return 'elseif';
  if (c.Kw_case !== undefined) return 'case';
  const body = c.BodyKw?.[0];
  if (body !== undefined) return BODY_KW[body.image] ?? 'else';
  return 'break';
}

/** The keyword token of a member, for locations. */
export function memberToken(c: C.BlockMemberCstChildren): IToken | undefined {
  return (c.Kw_stack ?? c.Kw_schema ?? c.Kw_each ?? c.Kw_if ?? c.Kw_elseif ?? c.Kw_case ?? c.BodyKw ?? c.Kw_break)?.[0];
}
