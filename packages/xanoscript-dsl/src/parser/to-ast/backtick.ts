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
 * Content that is no expression of the grammar is kept as written, with a warning: Xano's own parser
 * takes a backtick's content as opaque text (docs/parser.md "Strictness"), so it is no certain error.
 */
export function buildBacktick(ctx: Ctx, tok: IToken, loc: SourceLocation): Expr {
  const { content, skip } = backtickContent(tok.image);
  const start = ctx.pos(tok.startOffset + skip);
  const inner = new Ctx(content, [], { offset: start.offset, line: start.line, column: start.column });
  const lexed = lex(content);
  const tokens = keepLiteralNewlines(lexed.tokens);
  const cst = xsParser.parseExpr(tokens);
  syntaxDiagnostics(inner, lexed.errors, xsParser.errors, tokens);
  const first = inner.diagnostics[0];
  if (first !== undefined) {
    const why = first.message.replace(/ — .*$/, '');
    ctx.warn('unparsed-backtick', `this backtick expression is kept as written: its content is no XanoScript expression (${why} at ${first.loc.start.line}:${first.loc.start.column})`, loc);
    return Object.freeze({ kind: 'RawExpr', source: dedent(tok.image), atomic: true, loc });
  }
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

/**
 * The text with the indentation its lines after the first share removed: the printer indents them
 * again where the expression stands, so formatting a kept backtick is stable.
 */
function dedent(image: string): string {
  const [head, ...rest] = image.split('\n');
  const indents = rest.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length);
  const cut = indents.length === 0 ? 0 : Math.min(...indents);
  return [head, ...rest.map((l) => l.slice(Math.min(cut, /^[ \t]*/.exec(l)![0].length)))].join('\n');
}
