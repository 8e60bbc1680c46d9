import type { ILexingError, IRecognitionException, IToken } from 'chevrotain';
import type { SourceLocation } from '../../ast/loc.js';
import type { Ctx } from './context.js';

// Lexer and parser errors as diagnostics (STYLE habit 8). Messages come from grammar/messages.ts;
// for a missing closing bracket this adds which block it closes and where that block opened.

/** The most lexer and the most parser errors one parse reports. */
export const MAX_ERRORS = 100;
const CLOSERS: Readonly<Record<string, string>> = { '}': '{', ')': '(', ']': '[' };

/** Reports lexer and parser errors of one parse into `ctx`. */
export function syntaxDiagnostics(
  ctx: Ctx,
  lexErrors: readonly ILexingError[],
  parseErrors: readonly IRecognitionException[],
  tokens: readonly IToken[],
): void {
  for (const e of lexErrors.slice(0, MAX_ERRORS)) {
    const ch = ctx.text.slice(e.offset, e.offset + Math.max(1, e.length));
    const hint = ch.startsWith('#')
      ? ' (comments start with `//`)'
      : ch.startsWith('"') || ch.startsWith("'")
        ? ': this string is never closed (a string must end on the same line; use `\\n` for line breaks)'
        : '';
    ctx.error('syntax', `unexpected character \`${ch.slice(0, 1)}\`${hint}`, ctx.span(e.offset, e.offset + Math.max(1, e.length) - 1));
  }
  const seen = new Set<number>();
  for (const e of parseErrors.slice(0, MAX_ERRORS)) {
    const at = Number.isFinite(e.token.startOffset) ? e.token.startOffset : ctx.text.length;
    if (seen.has(at)) continue;
    seen.add(at);
    ctx.error('syntax', withOpener(ctx, e.message, at, tokens) + hintFor(ctx, tokens, e.token), errorLoc(ctx, e.token));
  }
}

/** A hint for the mistakes people make most (reference §7), judged from the tokens around the error. */
function hintFor(ctx: Ctx, tokens: readonly IToken[], found: IToken): string {
  const i = tokens.indexOf(found);
  const prev = i > 0 ? tokens[i - 1] : undefined;
  const next = i >= 0 ? tokens[i + 1] : undefined;
  const img = found.image;
  if (img === 'and' || img === 'or') return ` — XanoScript has no word operators: use \`${img === 'and' ? '&&' : '||'}\``;
  if (img === 'else' && next?.image === 'if') return ' — write `elseif`, not `else if`';
  const cast = prev?.image.startsWith('!') ? prev.image : i > 1 && tokens[i - 2]?.image === '!' ? `!${prev?.image ?? ''}` : undefined;
  if (cast !== undefined && /^![a-z]+$/.test(cast)) return ` — a cast like \`${cast}\` takes a string literal: \`${cast} "42"\``;
  if (img === ':' && prev !== undefined && /^[A-Za-z_]\w*$/.test(prev.image) && startsLine(ctx, tokens, i - 1)) {
    return ' — attribute blocks use `=`, not `:` (`name = value`)';
  }
  if (prev !== undefined && /^[A-Za-z_]\w*$/.test(prev.image) && startsLine(ctx, tokens, i - 1) && img !== '=' && img !== '{') {
    return ` — an attribute needs \`=\`: \`${prev.image} = …\``;
  }
  return '';
}

/** True when token `i` is the first token on its line. */
function startsLine(ctx: Ctx, tokens: readonly IToken[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined) return false;
  const before = ctx.text.slice(0, t.startOffset);
  return before.slice(before.lastIndexOf('\n') + 1).trim() === '';
}

function errorLoc(ctx: Ctx, tok: IToken): SourceLocation {
  if (Number.isFinite(tok.startOffset)) return ctx.tokLoc(tok);
  const end = ctx.pos(ctx.text.length);
  return { start: end, end };
}

/** "expected `}`, found …" → "expected `}` to close the `stack` block opened at 3:3, found …". */
function withOpener(ctx: Ctx, message: string, at: number, tokens: readonly IToken[]): string {
  const m = /^expected `([})\]])`, /.exec(message);
  if (m === null) return message;
  const opener = unclosed(ctx, tokens, at, CLOSERS[m[1]!]!);
  if (opener === undefined) return message;
  const p = ctx.pos(opener.startOffset);
  const what = m[1] === '}' ? `the \`${blockName(ctx, tokens, opener)}\` block` : `the \`${opener.image}\``;
  return message.replace(/, /, ` to close ${what} opened at ${p.line}:${p.column}, `);
}

/**
 * The bracket of kind `open` most likely left open before offset `at`: the first one whose
 * matching closer is indented less than its own line (the closer belongs to an outer block),
 * else the innermost one still open.
 */
function unclosed(ctx: Ctx, tokens: readonly IToken[], at: number, open: string): IToken | undefined {
  const stack: IToken[] = [];
  let suspect: IToken | undefined;
  const indent = new Map<number, number>();
  for (const t of tokens) {
    if (t.startOffset >= at) break;
    const p = ctx.pos(t.startOffset);
    if (!indent.has(p.line)) indent.set(p.line, p.column);
    const img = t.image;
    if (img === '{' || img === '(' || img === '[') stack.push(t);
    else if ((img === '}' || img === ')' || img === ']') && stack.length > 0) {
      const opener = stack.pop()!;
      const openerIndent = indent.get(ctx.pos(opener.startOffset).line) ?? 1;
      const closerFirst = indent.get(p.line) === p.column;
      if (suspect === undefined && img === '}' && closerFirst && p.column < openerIndent) suspect = opener;
    }
  }
  if (suspect !== undefined && suspect.image === open) return suspect;
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.image === open) return stack[i];
  return undefined;
}

/** The keyword that opens the line of a `{`: `stack`, `db.get`, `if`, `query`. */
function blockName(ctx: Ctx, tokens: readonly IToken[], opener: IToken): string {
  let i = tokens.indexOf(opener);
  const line = ctx.pos(opener.startOffset).line;
  while (i > 0 && ctx.pos(tokens[i - 1]!.startOffset).line === line) i--;
  while (i < tokens.length && (tokens[i]!.image === '}' || tokens[i]!.image === '!')) i++;
  let name = tokens[i]?.image ?? '{';
  while (tokens[i + 1]?.image === '.' && tokens[i + 2] !== undefined) {
    name += '.' + tokens[i + 2]!.image;
    i += 2;
  }
  return name;
}
