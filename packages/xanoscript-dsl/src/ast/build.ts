import type { Accessor, ArrayExpr, Expr, NumberLit, ObjectEntry, ObjectExpr, StringLit, VarExpr } from './nodes/exprs.js';
import type { Attribute, Comment } from './nodes/misc.js';
import type { Node } from './node.js';

// Small factories for building nodes by hand (DSL, tests, fixes). Every result is frozen.

/** Freezes a node literal and returns it with its exact type. */
export function node<T extends Node>(n: T): T {
  return Object.freeze(n);
}

/** `"text"` */
export function str(value: string): StringLit {
  return node({ kind: 'StringLit', value });
}

/** A number literal; integers print without a decimal point. */
export function num(value: number | string): NumberLit {
  return node({ kind: 'NumberLit', value: String(value) });
}

/** `$name.a.b`: a variable with property segments (strings) or index segments (expressions). */
export function varRef(name: string, ...path: ReadonlyArray<string | Expr>): VarExpr {
  const accessors: Accessor[] = path.map((seg) =>
    typeof seg === 'string' ? node({ kind: 'PropAccess', name: seg }) : node({ kind: 'IndexAccess', index: seg }),
  );
  return node({ kind: 'VarExpr', name, path: Object.freeze(accessors) });
}

/** `name = value` */
export function attr(name: string, value: Expr): Attribute {
  return node({ kind: 'Attribute', name, value });
}

/** `{key: value, …}` from entries in order. */
export function obj(entries: ReadonlyArray<readonly [string, Expr]>): ObjectExpr {
  const list: ObjectEntry[] = entries.map(([key, value]) => node({ kind: 'ObjectEntry', key, value }));
  return node({ kind: 'ObjectExpr', entries: Object.freeze(list) });
}

/** `[a, b]` */
export function arr(elements: readonly Expr[]): ArrayExpr {
  return node({ kind: 'ArrayExpr', elements: Object.freeze([...elements]) });
}

/** `// text` (give the text with its leading space, as it should print). */
export function comment(text: string): Comment {
  return node({ kind: 'Comment', text });
}
