import type { Document } from '../ast/nodes/decls.js';
import type * as C from './cst.generated.js';
import { xsParser } from './grammar/parser.js';
import type { Diagnostic, ParseOptions, ParseResult } from './index.js';
import { lex } from './lexer.js';
import { toAst } from './to-ast.js';
import { Ctx } from './to-ast/context.js';
import { syntaxDiagnostics } from './to-ast/syntax-errors.js';

/**
 * Parses one `.xs` file into the AST with every diagnostic of the file. Never throws on user input.
 * @example const { ast, diagnostics } = parse(text, { path: 'api/pipeline/health_GET.xs' });
 */
export function parse(text: string, options: ParseOptions = {}): ParseResult {
  const ctx = new Ctx(text, []);
  try {
    return parseInto(text, options);
  } catch (err) {
    // A bug in the parser, not in the file: report it as a diagnostic instead of throwing.
    const detail = err instanceof Error ? err.message : String(err);
    ctx.error('internal', `the parser failed on this file (${detail}); please report it`, ctx.span(0, 0));
    return { ast: undefined, diagnostics: ctx.diagnostics };
  }
}

function parseInto(text: string, options: ParseOptions): ParseResult {
  const lexed = lex(text);
  const ctx = new Ctx(text, lexed.comments);
  const cst = xsParser.parseDocument(lexed.tokens) as C.DocumentCstNode;
  syntaxDiagnostics(ctx, lexed.errors, xsParser.errors, lexed.tokens);
  const ast: Document | undefined = toAst.convert(cst, ctx, { path: options.path });
  return { ast, diagnostics: sortDiagnostics(ctx.diagnostics) };
}

function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list.sort((a, b) => a.loc.start.offset - b.loc.start.offset);
}
