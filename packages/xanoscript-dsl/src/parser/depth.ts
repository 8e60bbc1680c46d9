import { tokenMatcher, type IToken } from 'chevrotain';
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
  let depth = 0;
  for (const t of tokens) {
    if (tokenMatcher(t, T.LCurly) || tokenMatcher(t, T.LParen) || tokenMatcher(t, T.LBracket)) {
      if (++depth > MAX_DEPTH) return t;
    } else if (tokenMatcher(t, T.RCurly) || tokenMatcher(t, T.RParen) || tokenMatcher(t, T.RBracket)) {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}
