import type { Expr, FilterExpr } from '@xac/xanoscript-dsl/ast';
import { node, num, str } from '@xac/xanoscript-dsl/ast';

// Node builders the fixes share.

/** `operand|name:arg…` */
export function filter(operand: Expr, name: string, ...args: Expr[]): FilterExpr {
  return node({ kind: 'FilterExpr', operand, name, args: Object.freeze(args) });
}

/** `operand|get:"key":fallback` */
export const safeGet = (operand: Expr, key: string, fallback: Expr): FilterExpr => filter(operand, 'get', str(key), fallback);

export const EMPTY_OBJECT: Expr = node({ kind: 'ObjectExpr', entries: Object.freeze([]) });
export const EMPTY_ARRAY: Expr = node({ kind: 'ArrayExpr', elements: Object.freeze([]) });
export const NULL: Expr = node({ kind: 'NullLit' });
export const ZERO: Expr = num(0);
export const EMPTY_TEXT: Expr = str('');
