import type { Document, ObjectDecl, RawDecl, TestBlock } from './nodes/decls.js';
import type { Accessor, Expr, ObjectEntry } from './nodes/exprs.js';
import type { ArraySpec, FieldDecl, InputFilter } from './nodes/fields.js';
import type { Attribute, Comment } from './nodes/misc.js';
import type { IfBranch, Stmt, SwitchCase } from './nodes/stmts.js';

/** Every AST node. */
export type Node =
  | Document
  | ObjectDecl
  | RawDecl
  | TestBlock
  | Stmt
  | IfBranch
  | SwitchCase
  | FieldDecl
  | ArraySpec
  | InputFilter
  | Expr
  | Accessor
  | ObjectEntry
  | Attribute
  | Comment;

/** The discriminant of every node: derived, never hand-listed. */
export type NodeKind = Node['kind'];

/** The node type of a kind: `NodeOfKind<'VarStmt'>`. */
export type NodeOfKind<K extends NodeKind> = Extract<Node, { kind: K }>;

/** Narrows a node by kind. */
export function isNode<K extends NodeKind>(node: Node | undefined, kind: K): node is NodeOfKind<K> {
  return node !== undefined && node.kind === kind;
}

/** Exhaustiveness guard for `switch` statements over node kinds. */
export function assertNever(value: never, what = 'node'): never {
  throw new Error(`unexpected ${what}: ${JSON.stringify(value)}`);
}
