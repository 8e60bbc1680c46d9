import type { AttrStmt, Expr, Stmt } from '@xac/xanoscript-dsl/ast';
import { MissingVarError, UnsupportedStatementError, where, whereOf } from '../errors.js';
import { compileExpr, evaluate } from '../eval/expr.js';
import { setPath } from '../eval/paths.js';
import { compileKeys, keysOf, type Compiled } from '../eval/variables.js';
import type { Frame, Scope } from '../scope.js';
import { clone, type Value } from '../values.js';

/** The expression of attribute `name`, if the statement has it. */
export const attrOf = (s: AttrStmt, name: string): Expr | undefined => s.attrs.find((a) => a.name === name)?.value;

/** The value of attribute `name` (null when absent). */
export const attrValue = (s: AttrStmt, name: string, frame: Frame): Value => {
  const e = attrOf(s, name);
  return e ? evaluate(e, frame.scope) : null;
};

const NULL: Compiled = () => null;

/** Attribute `name` compiled once (null when the statement lacks it). */
export const compileAttr = (s: AttrStmt, name: string): Compiled => {
  const e = attrOf(s, name);
  return e ? compileExpr(e) : NULL;
};

export const at = (frame: Frame, node: Stmt | Expr): string => where(frame.path, node.loc);

/**
 * Store `value` in the variable (and path) an expression names: `var $x`, `var.update $x.a[0]`,
 * `as $r`. With `mustExist`, the variable must already be declared (var.update, "Missing var entry").
 */
export function assign(target: Expr, value: Value, scope: Scope, mustExist: boolean): void {
  const { frame } = scope;
  if (target.kind !== 'VarExpr' || ['input', 'env', 'auth'].includes(target.name)) {
    throw new UnsupportedStatementError(`assignment to ${target.kind === 'VarExpr' ? `$${target.name}` : target.kind}`, at(frame, target));
  }
  const current = frame.vars.get(target.name);
  if (current === undefined && mustExist) throw new MissingVarError(target.name, at(frame, target));
  const keys = keysOf(target.path, scope, evaluate);
  frame.vars.set(target.name, setPath(current ?? null, keys, clone(value), at(frame, target)));
}

/**
 * `assign` compiled once for a target: what `assign(target, value, frame.scope, mustExist)` does,
 * with the target's checks and its constant path resolved before the first run.
 */
export function compileAssign(target: Expr, mustExist: boolean): (frame: Frame, value: Value) => void {
  if (target.kind !== 'VarExpr' || ['input', 'env', 'auth'].includes(target.name)) return (frame, value) => assign(target, value, frame.scope, mustExist);
  const { name } = target;
  const keysOfScope = compileKeys(target.path, compileExpr);
  const here = whereOf(target.loc);
  return (frame, value) => {
    const current = frame.vars.get(name);
    if (current === undefined && mustExist) throw new MissingVarError(name, here(frame.path));
    const keys = keysOfScope(frame.scope);
    frame.vars.set(name, keys.length === 0 ? clone(value) : setPath(current ?? null, keys, clone(value), here(frame.path)));
  };
}
