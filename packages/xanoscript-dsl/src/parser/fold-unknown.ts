import { createTokenInstance, tokenMatcher, type IToken } from 'chevrotain';
import { objectKindByKeyword } from '../ast/schema/object-kinds.js';
import * as T from './tokens.js';

// Objects of a kind the catalogue does not know (`market_item`, `run.service` in Xano's marketplace)
// are kept verbatim: their tokens, from the keyword to the matching `}`, become one RawObject token
// before the grammar runs, so nothing inside them can be a false error (docs/parser.md "Strictness").

/** Tokens that may stand between an object's keyword and its `{`: the name, `verb=GET`. */
const HEADER = [T.StringLiteral, T.Word, T.Slash, T.Dot, T.Verb, T.Equals, T.LCurly];

/**
 * The token list with each top-level object of an unknown kind folded into one RawObject token.
 * @example foldUnknownObjects(lex(text).tokens, text)
 */
export function foldUnknownObjects(tokens: IToken[], text: string): IToken[] {
  let out: IToken[] | undefined;
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const type = tok.tokenType;
    if (type === T.LCurly) depth++;
    else if (type === T.RCurly) depth = Math.max(0, depth - 1);
    else if (depth === 0 && type !== T.Newline && tokenMatcher(tok, T.Word)) {
      if (knownKind(tokens, i)) {
        // The header of a known object: its name words are not objects of their own.
        const open = headerEnd(tokens, i);
        out?.push(...tokens.slice(i, open));
        i = open - 1;
        continue;
      }
      const close = objectClose(tokens, i);
      if (close !== undefined) {
        out ??= tokens.slice(0, i);
        out.push(rawToken(tokens[i]!, tokens[close]!, text));
        i = close;
        continue;
      }
    }
    out?.push(tok);
  }
  return out ?? tokens;
}

function knownKind(tokens: readonly IToken[], i: number): boolean {
  const first = tokens[i]!.image;
  const dot = tokens[i + 1];
  const second = dot !== undefined && tokenMatcher(dot, T.Dot) ? tokens[i + 2]?.image : undefined;
  if (second !== undefined && objectKindByKeyword(`${first}.${second}`) !== undefined) return true;
  return objectKindByKeyword(first) !== undefined;
}

/** The index of the first token after the header that starts at `i` (its `{`, or what ends it). */
export function headerEnd(tokens: readonly IToken[], i: number): number {
  let j = i + 1;
  while (j < tokens.length && HEADER.some((h) => tokenMatcher(tokens[j]!, h))) {
    if (tokenMatcher(tokens[j]!, T.LCurly)) {
      // A path parameter of a bare name (`query users/{id} verb=GET {`) is part of the header.
      const param = tokenMatcher(tokens[j - 1]!, T.Slash) && tokens[j + 2] !== undefined && tokenMatcher(tokens[j + 2]!, T.RCurly);
      if (!param) break;
      j += 2;
    }
    j++;
  }
  return j;
}

/**
 * The index of the `}` closing the object whose keyword is at `i`, or undefined when its header ends
 * in no `{` or the `{` is never closed. Shared by the folding here and by split-objects.ts.
 */
export function objectClose(tokens: readonly IToken[], i: number): number | undefined {
  let j = headerEnd(tokens, i);
  if (j >= tokens.length || !tokenMatcher(tokens[j]!, T.LCurly)) return undefined;
  let depth = 0;
  for (; j < tokens.length; j++) {
    if (tokenMatcher(tokens[j]!, T.LCurly)) depth++;
    else if (tokenMatcher(tokens[j]!, T.RCurly) && --depth === 0) return j;
  }
  return undefined;
}

function rawToken(first: IToken, last: IToken, text: string): IToken {
  const end = last.endOffset ?? last.startOffset;
  return createTokenInstance(T.RawObject, text.slice(first.startOffset, end + 1), first.startOffset, end,
    first.startLine ?? NaN, last.endLine ?? NaN, first.startColumn ?? NaN, last.endColumn ?? NaN);
}
