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

const MAX_ROUNDS = 25;

/**
 * Parses, and when the file has syntax errors, finds the later ones too: Chevrotain's recovery can
 * lose its place after a broken line and report the rest of the file as "expected end of file", so
 * each round keeps the syntax errors of the first broken line, blanks that line (same length, so every position stays
 * put) and parses again. Schema diagnostics come from the last round, minus blanked lines.
 */
function parseInto(text: string, options: ParseOptions): ParseResult {
  const first = parseOnce(text, options);
  if (!first.diagnostics.some((d) => d.code === 'syntax')) return first;
  const syntax: Diagnostic[] = [];
  const blanked = new Set<number>();
  let current = first;
  let source = text;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const err = current.diagnostics.find((d) => d.code === 'syntax');
    if (err === undefined || blanked.has(err.loc.start.line)) break;
    syntax.push(...current.diagnostics.filter((d) => d.code === 'syntax' && d.loc.start.line === err.loc.start.line));
    blanked.add(err.loc.start.line);
    source = blankLine(source, err.loc.start.line);
    current = parseOnce(source, options);
  }
  const rest = current.diagnostics.filter((d) => d.code !== 'syntax' && !blanked.has(d.loc.start.line));
  return { ast: first.ast, diagnostics: sortDiagnostics([...syntax, ...rest]) };
}

/** The text with line `line` (1-based) replaced by spaces of the same length. */
function blankLine(text: string, line: number): string {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', start);
    if (nl === -1) return text;
    start = nl + 1;
  }
  const end = text.indexOf('\n', start);
  const stop = end === -1 ? text.length : end;
  return text.slice(0, start) + text.slice(start, stop).replace(/[^\r]/g, ' ') + text.slice(stop);
}

function parseOnce(text: string, options: ParseOptions): ParseResult {
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
