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
 * positions mapped back into the file. The fenced form may span lines, so newlines are dropped.
 */
export function buildBacktick(ctx: Ctx, tok: IToken, loc: SourceLocation): Expr {
  const { content, skip } = backtickContent(tok.image);
  const start = ctx.pos(tok.startOffset + skip);
  const inner = new Ctx(content, [], { offset: start.offset, line: start.line, column: start.column });
  const lexed = lex(content);
  const tokens = lexed.tokens.filter((t) => t.tokenType !== Newline);
  const cst = xsParser.parseExpr(tokens);
  syntaxDiagnostics(inner, lexed.errors, xsParser.errors, tokens);
  const expr = new ExprBuilder(inner).expr(cst as never);
  ctx.diagnostics.push(...inner.diagnostics);
  return Object.freeze({ kind: 'BacktickExpr', expr, loc });
}
