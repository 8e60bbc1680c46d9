import type { IToken } from 'chevrotain';
import type { SourceLocation } from '../../ast/loc.js';
import type { Expr } from '../../ast/nodes/exprs.js';
import { xsParser } from '../grammar/parser.js';
import { lex } from '../lexer.js';
import { Newline } from '../tokens.js';
import { Ctx } from './context.js';
import { ExprBuilder } from './exprs.js';
import { syntaxDiagnostics } from './syntax-errors.js';
import { backtickContent } from './strings.js';

/**
 * A backtick expression (§2.5): its content is parsed with the ordinary expression grammar, with
 * positions mapped back into the file. The fenced form may span lines: a newline inside an object or
 * array literal separates its entries (corpus: ```{ a: 1 ⏎ b: 2 }```), any other newline is dropped.
 */
export function buildBacktick(ctx: Ctx, tok: IToken, loc: SourceLocation): Expr {
  const { content, skip } = backtickContent(tok.image);
  const start = ctx.pos(tok.startOffset + skip);
  const inner = new Ctx(content, [], { offset: start.offset, line: start.line, column: start.column });
  const lexed = lex(content);
  const tokens = keepLiteralNewlines(lexed.tokens);
  const cst = xsParser.parseExpr(tokens);
  syntaxDiagnostics(inner, lexed.errors, xsParser.errors, tokens);
  const expr = new ExprBuilder(inner).expr(cst as never);
  ctx.diagnostics.push(...inner.diagnostics);
  return Object.freeze({ kind: 'BacktickExpr', expr, loc });
}

/** The tokens without the newlines that do not separate the entries of an object or array literal. */
function keepLiteralNewlines(tokens: readonly IToken[]): IToken[] {
  const open: string[] = [];
  const out: IToken[] = [];
  for (const t of tokens) {
    const image = t.image;
    if (image === '{' || image === '[' || image === '(') open.push(image);
    else if (image === '}' || image === ']' || image === ')') open.pop();
    if (t.tokenType !== Newline) out.push(t);
    else if (open.length > 0 && open[open.length - 1] !== '(') out.push(t);
  }
  return out;
}
