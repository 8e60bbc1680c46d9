import type * as C from './cst.generated.js';
import { xsParser } from './grammar/parser.js';
import type { Diagnostic, ParseOptions, ParseResult } from './index.js';
import { foldUnknownObjects } from './fold-unknown.js';
import { lex } from './lexer.js';
import { bracketNeutral, echoOfSyntaxError, lineStarts, missingBlockHolds } from './recovery.js';
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
    return { ast: undefined, documents: [], diagnostics: ctx.diagnostics };
  }
}

const MAX_ROUNDS = 25;

/** One parse: its result, and how many of its diagnostics (the first ones) are lexer or parser errors. */
interface Round {
  readonly result: ParseResult;
  readonly structural: number;
}

/**
 * Parses, and when the file has lexer or parser errors, reports each real mistake once, without the
 * cascade Chevrotain's recovery leaves behind. Each round keeps the first broken line's error (the
 * one with a hint when the line has several) and, when that line opens as many brackets as it closes,
 * blanks it (same length, so every position stays put) and parses again to find later mistakes. A line
 * that opens or closes a block is not blanked: what follows it would only be a cascade, so the search
 * stops there. Schema diagnostics come from the last round, minus blanked lines, lines past the stop,
 * and "missing `x`" reports whose `x` is written in the block that holds a broken line.
 */
function parseInto(text: string, options: ParseOptions): ParseResult {
  const first = parseOnce(text, options);
  if (first.structural === 0) return first.result;
  const starts = lineStarts(text);
  const syntax: Diagnostic[] = [];
  const broken: number[] = [];
  let stop = Infinity;
  let current = first;
  let source = text;
  for (let round = 0; round < MAX_ROUNDS && current.structural > 0; round++) {
    const structural = sortDiagnostics(current.result.diagnostics.slice(0, current.structural));
    const semantic = current.result.diagnostics.slice(current.structural);
    const line = structural[0]!.loc.start.line;
    if (broken.includes(line)) break;
    broken.push(line);
    // A schema check that already explains this line (`precondition` without parentheses) says it best.
    const chosen = pick(structural, line);
    if (!semantic.some((d) => d.code === 'syntax' && d.loc.start.line === line)) syntax.push(chosen);
    if (!bracketNeutral(source, starts, line, chosen.message.endsWith('found end of line'))) {
      stop = line;
      break;
    }
    source = blankLine(source, starts, line);
    current = parseOnce(source, options);
  }
  const blanked = stop === Infinity ? broken : broken.slice(0, -1);
  const at = new Set(syntax.map((d) => d.loc.start.offset));
  // After "expected `}` to close the … opened at L:C", attributes after L were only put in the wrong block.
  const opened = syntax.reduce((min, d) => Math.min(min, Number(/ opened at (\d+):/.exec(d.message)?.[1] ?? Infinity)), Infinity);
  const rest = current.result.diagnostics.slice(current.structural).filter((d) =>
    d.loc.start.line <= stop && !blanked.includes(d.loc.start.line) && !at.has(d.loc.start.offset) &&
    !(d.code === 'unknown-attribute' && d.loc.start.line > opened) && !echoOfSyntaxError(text, starts, d, broken));
  // A statement missing a sub-block (`foreach` without `each`) has the rest of its body misread: that is the error.
  const kept = syntax.filter((d) => !rest.some((m) => missingBlockHolds(text, starts, m, d.loc.start.line)));
  return { ast: first.result.ast, documents: first.result.documents, diagnostics: sortDiagnostics([...kept, ...rest]) };
}

/** The error that explains line `line` best: a lexer error, else one with a hint, else the first. */
function pick(structural: readonly Diagnostic[], line: number): Diagnostic {
  const onLine = structural.filter((d) => d.loc.start.line === line);
  return onLine.find((d) => d.message.startsWith('unexpected character')) ?? onLine.find((d) => d.message.includes(' — ')) ?? onLine[0]!;
}

/** The text with line `line` (1-based) replaced by spaces of the same length. */
function blankLine(text: string, starts: readonly number[], line: number): string {
  const start = starts[line - 1];
  if (start === undefined) return text;
  const end = text.indexOf('\n', start);
  const stop = end === -1 ? text.length : end;
  return text.slice(0, start) + text.slice(start, stop).replace(/[^\r]/g, ' ') + text.slice(stop);
}

function parseOnce(text: string, options: ParseOptions): Round {
  const lexed = lex(text);
  const ctx = new Ctx(text, lexed.comments);
  const cst = xsParser.parseDocument(foldUnknownObjects(lexed.tokens, text)) as C.DocumentCstNode;
  syntaxDiagnostics(ctx, lexed.errors, xsParser.errors, lexed.tokens);
  const structural = ctx.diagnostics.length;
  const documents = toAst.convert(cst, ctx, { path: options.path });
  const result = { ast: documents[0], documents, diagnostics: ctx.diagnostics };
  if (structural === 0) return { result: { ...result, diagnostics: sortDiagnostics(ctx.diagnostics) }, structural };
  return { result, structural };
}

function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list.sort((a, b) => a.loc.start.offset - b.loc.start.offset);
}
