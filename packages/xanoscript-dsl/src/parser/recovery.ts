import type { Diagnostic } from './index.js';

// Helpers for the error path of `parse` (only run when a file has lexer or parser errors): whether a
// broken line leaves the blocks around it intact, and which schema diagnostics are only echoes of a
// syntax error.

/** Start offsets of the lines of `text` (index 0 is line 1). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * Calls `visit` for every bracket of `text[from, to)` outside strings and `//` comments.
 * Strings end at their quote or at the end of the line (an unterminated string).
 */
function scanBrackets(text: string, from: number, to: number, visit: (ch: string, at: number) => boolean | void): void {
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (ch === '"' || ch === "'" || ch === '`') {
      for (i++; i < to && text[i] !== ch && text[i] !== '\n'; i++) if (text[i] === '\\') i++;
    } else if (ch === '/' && text[i + 1] === '/') {
      while (i < to && text[i] !== '\n') i++;
    } else if ('{}()[]'.includes(ch)) {
      if (visit(ch, i) === true) return;
    }
  }
}

/**
 * True when blanking line `line` keeps the blocks around it intact: it opens as many `{` as it closes,
 * and as many `(`/`[` too unless `cutShort` (the parser met the end of the line inside an expression,
 * so nothing on the next lines continues it).
 */
export function bracketNeutral(text: string, starts: readonly number[], line: number, cutShort: boolean): boolean {
  const from = starts[line - 1] ?? text.length;
  const to = starts[line] ?? text.length;
  let braces = 0;
  let others = 0;
  let neutral = true;
  scanBrackets(text, from, to, (ch) => {
    const step = '{(['.includes(ch) ? 1 : -1;
    if (ch === '{' || ch === '}') braces += step;
    else others += step;
    if (braces < 0 || others < 0) neutral = false;
  });
  return neutral && braces === 0 && (others === 0 || cutShort);
}

/** The 1-based lines spanned by the first `{ … }` block starting at or after `offset` (to the end when it never closes). */
function blockLines(text: string, starts: readonly number[], offset: number): [number, number, number, number] | undefined {
  let open = -1;
  let close = text.length;
  let depth = 0;
  scanBrackets(text, offset, text.length, (ch, at) => {
    if (ch !== '{' && ch !== '}') return false;
    if (open === -1) {
      if (ch === '}') return true;
      open = at;
    }
    depth += ch === '{' ? 1 : -1;
    if (depth === 0) {
      close = at;
      return true;
    }
    return false;
  });
  if (open === -1) return undefined;
  return [lineOf(starts, open), lineOf(starts, close), open, close];
}

function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * A "missing `x`" diagnostic that only echoes a syntax error: its block contains one of the broken
 * lines, and `x` is written in that block after all (the parser lost it while recovering, or the
 * broken line that held it was blanked).
 */
export function echoOfSyntaxError(text: string, starts: readonly number[], d: Diagnostic, broken: readonly number[]): boolean {
  if (d.code !== 'missing-attribute' && d.code !== 'missing-member') return false;
  const member = /`[^`]*`[^`]*`([A-Za-z_]\w*)/.exec(d.message)?.[1];
  if (member === undefined) return false;
  const block = blockLines(text, starts, d.loc.start.offset);
  if (block === undefined) return false;
  const [first, last, open, close] = block;
  if (!broken.some((l) => l >= first && l <= last)) return false;
  return new RegExp(`(^|\\n)[ \\t]*${member}\\b`).test(text.slice(open + 1, close));
}

/** True when `d` says a statement is missing a sub-block (`foreach` without `each`) and that statement's block holds line `line`. */
export function missingBlockHolds(text: string, starts: readonly number[], d: Diagnostic, line: number): boolean {
  if (d.code !== 'missing-member' || !d.message.includes(' is missing its ')) return false;
  const block = blockLines(text, starts, d.loc.start.offset);
  return block !== undefined && line > block[0] && line <= block[1];
}
