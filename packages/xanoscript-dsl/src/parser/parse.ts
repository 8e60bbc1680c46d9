import type { CstNode, ILexingError, IToken } from 'chevrotain';
import type * as C from './cst.generated.js';
import type { Diagnostic, ParseOptions, ParseResult } from './index.js';
import { MAX_DEPTH, tooDeep } from './depth.js';
import { foldUnknownObjects } from './fold-unknown.js';
import { lex } from './lexer.js';
import { bracketNeutral, echoOfSyntaxError, lineStarts, missingBlockHolds } from './recovery.js';
import { parseObjects } from './split-objects.js';
import { Units } from './units.js';
import { toAst } from './to-ast.js';
import { Ctx } from './to-ast/context.js';
import { MAX_ERRORS, syntaxDiagnostics } from './to-ast/syntax-errors.js';

/**
 * Parses one `.xs` file into the AST with every diagnostic of the file. Never throws on user input.
 * @example const { ast, diagnostics } = parse(text, { path: 'api/pipeline/health_GET.xs' });
 */
export function parse(text: string, options: ParseOptions = {}): ParseResult {
  // Chevrotain signals every syntax error with an exception, and a stack trace costs more than the
  // rest of its handling: none is kept while a file is parsed (the limit is restored after).
  const stackLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return parseInto(text, options);
  } catch (err) {
    const ctx = new Ctx(text, []);
    // A bug in the parser, not in the file: report it as a diagnostic instead of throwing.
    const detail = err instanceof Error ? err.message : String(err);
    ctx.error('internal', `the parser failed on this file (${detail}); please report it`, ctx.span(0, 0));
    return { ast: undefined, documents: [], diagnostics: ctx.diagnostics };
  } finally {
    Error.stackTraceLimit = stackLimit;
  }
}

/** One parse of a token list: its result, how many of its diagnostics (the first ones) are lexer or parser errors. */
interface Round {
  readonly result: ParseResult;
  readonly structural: number;
  readonly lexical: number;
  readonly tokens: IToken[];
  readonly cst: CstNode;
  readonly ctx: Ctx;
  /** The tokens Chevrotain's recovery skipped over, in order. */
  readonly skipped: readonly IToken[];
}

const MAX_ROUNDS = 3;

/**
 * Parses, and when the file has lexer or parser errors, reports each real mistake once, without the
 * cascade Chevrotain's recovery leaves behind (docs/parser.md "Recovery"). The errors of a parse are
 * taken line by line: the first one of a line (a lexer error, else the one with a hint) is kept when
 * the statement, attribute, field or member that holds it is broken on its own (units.ts); an error
 * in a unit that parses alone is a cascade. A broken line that opens or closes a block (a missing `}`)
 * ends the search: what follows would only be a cascade. The broken units are then cut from the token
 * list and the rest parsed again (no lexing), at most three times in all, so the file is read whole and
 * the schema checks run on what is left rather than on what the recovery made of it. Linear in the
 * length of the file.
 */
function parseInto(text: string, options: ParseOptions): ParseResult {
  const lexed = lex(text);
  const deep = tooDeep(lexed.tokens);
  if (deep !== undefined) return tooDeepResult(text, deep);
  const first = parseTokens(text, options, foldUnknownObjects(lexed.tokens, text), lexed);
  if (first.structural === 0) return first.result;
  const starts = lineStarts(text);
  const syntax: Diagnostic[] = [];
  const broken: number[] = [];
  let stop = Infinity;
  let current = first;
  for (let round = 1; ; round++) {
    const judged = judge(current, text, starts, broken);
    syntax.push(...judged.syntax);
    broken.push(...judged.lines);
    stop = judged.stop;
    if (stop !== Infinity || judged.cut.length === 0 || round === MAX_ROUNDS) break;
    // Later rounds only look for syntax errors: the tree is built once, from the last round.
    current = parseTokens(text, options, cutUnits(current.tokens, judged.cut), { errors: [], comments: lexed.comments }, false);
  }
  // The first round built its tree; any later one was parsed without (parseTokens(…, false)).
  if (current !== first) current = withTree(current, options);
  const semantic = current.result.diagnostics.slice(current.structural);
  const at = new Set(syntax.map((d) => d.loc.start.offset));
  // After "expected `}` to close the … opened at L:C", attributes after L were only put in the wrong block.
  const opened = syntax.reduce((min, d) => Math.min(min, Number(/ opened at (\d+):/.exec(d.message)?.[1] ?? Infinity)), Infinity);
  const brokenLines = new Set(broken);
  const rest = semantic.filter((d) =>
    d.loc.start.line <= stop && !brokenLines.has(d.loc.start.line) && !at.has(d.loc.start.offset) &&
    !(d.code === 'unknown-attribute' && d.loc.start.line > opened) && !echoOfSyntaxError(text, starts, d, broken));
  // A statement missing a sub-block (`foreach` without `each`) has the rest of its body misread: that is the error.
  const kept = syntax.filter((d) => !rest.some((m) => missingBlockHolds(text, starts, m, d.loc.start.line)));
  return { ...first.result, diagnostics: sortDiagnostics([...kept, ...rest]) };
}

function tooDeepResult(text: string, at: IToken): ParseResult {
  const ctx = new Ctx(text, []);
  ctx.error('too-deep', `brackets nest more than ${MAX_DEPTH} levels deep here; no XanoScript needs that many`, ctx.tokLoc(at));
  return { ast: undefined, documents: [], diagnostics: ctx.diagnostics };
}

interface Judged {
  readonly syntax: Diagnostic[];
  readonly lines: number[];
  /** Token offset ranges [from, to) of the broken units. */
  readonly cut: Array<readonly [number, number]>;
  readonly stop: number;
}

/** The real syntax errors of one parse, on lines not judged before. */
function judge(round: Round, text: string, starts: readonly number[], done: readonly number[]): Judged {
  const all = round.result.diagnostics;
  const structural = sortDiagnostics(all.slice(0, round.structural));
  const lexical = new Set(all.slice(0, round.lexical));
  const semantic = all.slice(round.structural);
  const units = new Units(round.tokens, round.cst);
  const out: Judged = { syntax: [], lines: [], cut: [], stop: Infinity };
  const reported = new Set<number>();
  for (const line of new Set(structural.map((d) => d.loc.start.line))) {
    if (done.includes(line)) continue;
    const chosen = pick(structural, line, lexical);
    const unit = lexical.has(chosen) ? undefined : units.unitAt(chosen.loc.start.offset);
    if (unit !== undefined && (reported.has(unit.from) || units.parsesAlone(unit))) continue;
    out.lines.push(line);
    // A schema check that already explains this line (`precondition` without parentheses) says it best.
    const explains = (d: Diagnostic) => d.code === 'syntax' && d.loc.start.line === line && d.loc.start.offset <= chosen.loc.start.offset;
    out.syntax.push(semantic.find(explains) ?? chosen);
    if (!bracketNeutral(text, starts, line, chosen.message.endsWith('found end of line'))) return { ...out, stop: line };
    if (unit !== undefined) {
      reported.add(unit.from);
      out.cut.push(units.offsets(unit));
    }
  }
  // What the recovery skipped was never checked: each unit in it that is broken on its own is a
  // mistake of its own, reported with the first error of that unit parsed alone.
  const ctx = round.skipped.length > 0 ? new Ctx(text, []) : undefined;
  for (const tok of round.skipped) {
    const unit = units.unitAt(tok.startOffset);
    if (ctx === undefined || unit === undefined || unit.from >= unit.to || reported.has(unit.from) || done.includes(unit.firstLine)) continue;
    reported.add(unit.from);
    if (units.parsesAlone(unit)) continue;
    const error = units.firstError(unit);
    if (error === undefined) continue;
    const before = ctx.diagnostics.length;
    // The unit's own tokens: its brackets are all inside it, and the message costs the unit's size.
    syntaxDiagnostics(ctx, [], [error], round.tokens.slice(unit.from, unit.to));
    const d = ctx.diagnostics[before];
    if (d === undefined) continue;
    if (out.lines.includes(d.loc.start.line) || done.includes(d.loc.start.line)) continue;
    out.lines.push(d.loc.start.line);
    out.syntax.push(d);
    out.cut.push(units.offsets(unit));
  }
  return out;
}

/** The tokens without those that start inside one of the ranges (one pass over both, in order). */
function cutUnits(tokens: readonly IToken[], cut: ReadonlyArray<readonly [number, number]>): IToken[] {
  const ranges = [...cut].sort((a, b) => a[0] - b[0]);
  const out: IToken[] = [];
  let r = 0;
  for (const t of tokens) {
    while (r < ranges.length && ranges[r]![1] <= t.startOffset) r++;
    const range = ranges[r];
    if (range === undefined || t.startOffset < range[0]) out.push(t);
  }
  return out;
}

/** The error that explains line `line` best: a lexer error, else one with a hint, else the first. */
function pick(structural: readonly Diagnostic[], line: number, lexical: ReadonlySet<Diagnostic>): Diagnostic {
  const onLine = structural.filter((d) => d.loc.start.line === line);
  return onLine.find((d) => lexical.has(d)) ?? onLine.find((d) => d.message.includes(' — ')) ?? onLine[0]!;
}

interface Lexed {
  readonly errors: ILexingError[];
  readonly comments: IToken[];
}

/** Parses a token list; builds the tree and runs the schema checks unless `tree` is false. */
function parseTokens(text: string, options: ParseOptions, tokens: IToken[], lexed: Lexed, tree = true): Round {
  const ctx = new Ctx(text, lexed.comments);
  const file = parseObjects(tokens);
  syntaxDiagnostics(ctx, lexed.errors, file.errors, tokens);
  const round: Round = {
    result: { ast: undefined, documents: [], diagnostics: ctx.diagnostics }, structural: ctx.diagnostics.length,
    lexical: Math.min(lexed.errors.length, MAX_ERRORS), tokens, cst: file.cst, ctx,
    skipped: file.errors.flatMap((e) => e.resyncedTokens).sort((a, b) => a.startOffset - b.startOffset),
  };
  return tree ? withTree(round, options) : round;
}

/** The round with its tree built from its CST, and the schema diagnostics after the syntax ones. */
function withTree(round: Round, options: ParseOptions): Round {
  const { ctx } = round;
  const documents = toAst.convert(round.cst as C.DocumentCstNode, ctx, { path: options.path });
  const diagnostics = round.structural === 0 ? sortDiagnostics(ctx.diagnostics) : ctx.diagnostics;
  return { ...round, result: { ast: documents[0], documents, diagnostics } };
}

function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list.sort((a, b) => a.loc.start.offset - b.loc.start.offset);
}
