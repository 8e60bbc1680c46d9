import { createTokenInstance, EOF, tokenMatcher, type CstNode, type IRecognitionException, type IToken } from 'chevrotain';
import { objectClose } from './fold-unknown.js';
import { xsParser } from './grammar/parser.js';
import * as T from './tokens.js';

// A file is read object by object (docs/parser.md "Multidoc"): the tokens are cut at the end of each
// top-level object (its closing `}` at depth 0), `---` and blank lines between objects are dropped,
// and each object is parsed on its own. A mistake in one object can then never make the parser's
// recovery read the next one as something else.

/** The CST of a whole file, shaped like the grammar's `document` rule, and every parser error. */
export interface FileParse {
  readonly cst: CstNode;
  readonly errors: IRecognitionException[];
}

/**
 * Parses every top-level object of `tokens` with the grammar's `decl` rule.
 * @example const { cst, errors } = parseObjects(lex(text).tokens);
 */
export function parseObjects(tokens: IToken[]): FileParse {
  const decls: CstNode[] = [];
  const raws: IToken[] = [];
  const errors: IRecognitionException[] = [];
  let i = skipGaps(tokens, 0);
  if (i >= tokens.length) errors.push(junk(tokens, i, 'expected an object such as `function "name" {`, found end of file'));
  while (i < tokens.length) {
    const tok = tokens[i]!;
    if (tokenMatcher(tok, T.RawObject)) {
      raws.push(tok);
      i = skipGaps(tokens, i + 1);
      continue;
    }
    if (!tokenMatcher(tok, T.Word)) {
      errors.push(junk(tokens, i, `expected end of file after the object's closing \`}\`, found \`${tok.image.slice(0, 30)}\``));
      break;
    }
    const end = objectEnd(tokens, i);
    xsParser.input = tokens.slice(i, end);
    decls.push(xsParser.rules.decl.call(xsParser) as CstNode);
    // Text left over after an object with a mistake is only where the recovery gave up: a cascade.
    const own = xsParser.errors;
    const real = own.filter((e) => e.name !== 'NotAllInputParsedException');
    errors.push(...(real.length > 0 ? real : own));
    i = skipGaps(tokens, end);
  }
  const children: Record<string, Array<CstNode | IToken>> = {};
  if (decls.length > 0) children['decl'] = decls;
  if (raws.length > 0) children['RawObject'] = raws;
  return { cst: { name: 'document', children } as CstNode, errors };
}

function skipGaps(tokens: readonly IToken[], i: number): number {
  while (i < tokens.length && (tokenMatcher(tokens[i]!, T.Newline) || tokenMatcher(tokens[i]!, T.DocSeparator))) i++;
  return i;
}

/** The index after the object starting at `i`: after its body's closing `}`, else the end of the file. */
function objectEnd(tokens: readonly IToken[], i: number): number {
  const close = objectClose(tokens, i);
  return close === undefined ? tokens.length : close + 1;
}

/** A parser error for text that is not an object, at token `i` (end of file past the last token). */
function junk(tokens: readonly IToken[], i: number, message: string): IRecognitionException {
  const last = tokens[tokens.length - 1];
  const at = last === undefined ? 0 : (last.endOffset ?? last.startOffset) + 1;
  const token = tokens[i] ?? createTokenInstance(EOF, '', at, at, NaN, NaN, NaN, NaN);
  return { name: 'NotAllInputParsedException', message, token, resyncedTokens: [], context: { ruleStack: [], ruleOccurrenceStack: [] } };
}
