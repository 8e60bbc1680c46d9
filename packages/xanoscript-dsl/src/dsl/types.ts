import type { Expr } from '../ast/nodes/exprs.js';

// The DSL's value types. They exist only at the type level: an expression's type is a phantom tag
// that decides which methods it offers and where it may be used.

/** Scalar value types of XanoScript, plus `json` (untyped data). Escape hatches are typed `any`. */
export type Prim = 'int' | 'decimal' | 'text' | 'bool' | 'timestamp' | 'json' | 'null';
/** An object with known keys (typed inputs). */
export interface ObjT<S extends Shape> {
  readonly obj: S;
}
/** An array of elements of one type. */
export interface ArrT<E extends XT> {
  readonly arr: E;
}
/** A row of a declared table: its declared columns are readable. */
export interface RowT<S extends Shape> {
  readonly row: S;
}
export type Shape = { readonly [key: string]: XT };
/** Every DSL value type. A nullable type is a union with `'null'`. */
export type XT = Prim | ObjT<any> | ArrT<any> | RowT<any>;

export type NonNull<T> = Exclude<T, 'null'>;

declare const TYPE: unique symbol;

/** What every DSL expression has: its AST node and (at the type level only) its value type. */
export interface ExprBase<T extends XT> {
  /** The XanoScript expression this value compiles to. */
  readonly node: Expr;
  /** Phantom: never set at run time. */
  readonly [TYPE]?: T;
}

/** Extracts the value type of a DSL expression. */
export type TypeOf<V> = V extends { readonly [TYPE]?: infer T } ? (T extends XT ? T : never) : never;

/** A plain TypeScript value accepted where an expression is expected. */
export type Plain = string | number | boolean | null | readonly Val[] | { readonly [key: string]: Val };
/** An expression or a plain value. */
export type Val = ExprBase<any> | Plain;

type NumTag<N extends number> = `${N}` extends `${bigint}` ? 'int' : 'decimal';

/** The value type of an expression or plain value: `0` → int, `"a"` → text, `{}` → json. */
export type ValType<V> = V extends ExprBase<any>
  ? TypeOf<V>
  : V extends string
    ? 'text'
    : V extends number
      ? NumTag<V>
      : V extends boolean
        ? 'bool'
        : V extends null
          ? 'null'
          : V extends readonly unknown[]
            ? ArrT<'json'>
            : 'json';
