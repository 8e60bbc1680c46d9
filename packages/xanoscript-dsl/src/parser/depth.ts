import type { IToken } from 'chevrotain';
import * as T from './tokens.js';

// Nesting limit (docs/parser.md "Limits"). The grammar, the tree builder, the printer and every
// walk over the tree recurse once per level of `{`, `(` and `[`; a file nested deeper than this is
// refused with an error at the bracket that goes too deep, before anything recurses on it.

/** The deepest nesting of brackets a file may have. */
export const MAX_DEPTH = 256;

/**
 * The first bracket token that opens a level deeper than MAX_DEPTH, or undefined.
 * @example tooDeep(lex('(((1)))').tokens) // undefined
 */
export function tooDeep(tokens: readonly IToken[]): IToken | undefined {
  // Brackets have no token categories: comparing types is enough (and fast).
  let depth = 0;
  for (const t of tokens) {
    const type = t.tokenType;
    if (type === T.LCurly || type === T.LParen || type === T.LBracket) {
      if (++depth > MAX_DEPTH) return t;
    } else if (depth > 0 && (type === T.RCurly || type === T.RParen || type === T.RBracket)) {
      depth--;
    }
  }
  return undefined;
}
