import type { NodeBase } from '../loc.js';
import type { Expr } from './exprs.js';

/** A `// comment` line; `text` is everything after the `//`, kept verbatim. */
export interface Comment extends NodeBase {
  readonly kind: 'Comment';
  readonly text: string;
}

/** `name = value`: an attribute of an object, a statement, a field or a test. */
export interface Attribute extends NodeBase {
  readonly kind: 'Attribute';
  readonly name: string;
  readonly value: Expr;
}
