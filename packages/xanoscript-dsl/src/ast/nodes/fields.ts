import type { NodeBase } from '../loc.js';
import type { Expr } from './exprs.js';
import type { Attribute, Comment } from './misc.js';

// Input and schema field declarations — reference/xanoscript.md §3.

/** `[]`, `[1:20]`, `[:5]`: an array field with optional size bounds. */
export interface ArraySpec extends NodeBase {
  readonly kind: 'ArraySpec';
  readonly min?: number;
  readonly max?: number;
}

/** `trim`, `max:120`, `!lower` in `filters=trim|max:120`. */
export interface InputFilter extends NodeBase {
  readonly kind: 'InputFilter';
  readonly name: string;
  readonly args: readonly Expr[];
  readonly disabled?: boolean;
}

/**
 * `type[spec]? name?=default filters=… { attrs }`. `nullable` is the `?` after the type, `optional`
 * the `?` after the name. Attributes cover `description`, `sensitive`, `table` and `values` (enum);
 * `schema` holds the nested fields of an `object`.
 */
export interface FieldDecl extends NodeBase {
  readonly kind: 'FieldDecl';
  readonly type: string;
  readonly name: string;
  readonly nullable: boolean;
  readonly optional: boolean;
  readonly array?: ArraySpec;
  readonly default?: Expr;
  readonly filters: readonly InputFilter[];
  readonly attrs: readonly Attribute[];
  readonly schema?: FieldList;
}

export type FieldItem = FieldDecl | Comment;
export type FieldList = readonly FieldItem[];
