import type { CstNode, IToken } from 'chevrotain';
import type { Position, SourceLocation } from '../../ast/loc.js';
import type { Comment } from '../../ast/nodes/misc.js';
import type { Diagnostic, DiagnosticSeverity } from '../index.js';

/**
 * Per-file state of a CST→AST conversion: the text (for positions), the diagnostics so far, and
 * the file's comments with a flag saying which list already took each one.
 */
export class Ctx {
  readonly diagnostics: Diagnostic[] = [];
  private readonly lineStarts: number[] = [0];
  /** Comments in source order; `taken[i]` once a list placed comment i. */
  private readonly taken: boolean[];
  private lastLine = 0;

  constructor(
    readonly text: string,
    readonly comments: readonly IToken[],
    /** Added to every offset: backtick content is parsed on its own (§2.5). */
    readonly base: { offset: number; line: number; column: number } = { offset: 0, line: 1, column: 1 },
  ) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    this.taken = comments.map(() => false);
  }

  /** The 1-based line/column of an offset (UTF-16 units), clamped into the file. */
  pos(offset: number): Position {
    const off = Number.isFinite(offset) ? Math.max(0, Math.min(offset, this.text.length)) : this.text.length;
    const lo = this.lineOf(off);
    const column = off - this.lineStarts[lo]! + 1;
    const b = this.base;
    return { line: lo + b.line, column: lo === 0 ? column + b.column - 1 : column, offset: off + b.offset };
  }

  /** The 0-based line index of an offset; tries the last line looked up first (nodes come in order). */
  private lineOf(off: number): number {
    const starts = this.lineStarts;
    const last = this.lastLine;
    if (starts[last]! <= off && (last + 1 >= starts.length || starts[last + 1]! > off)) return last;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= off) lo = mid;
      else hi = mid - 1;
    }
    this.lastLine = lo;
    return lo;
  }

  /** A location from a start offset and an inclusive end offset. */
  span(start: number, endInclusive: number): SourceLocation {
    const s = Number.isFinite(start) ? start : endInclusive;
    const e = Number.isFinite(endInclusive) ? endInclusive + 1 : s;
    return { start: this.pos(s), end: this.pos(Math.max(s, e)) };
  }

  tokLoc(t: IToken): SourceLocation {
    return this.span(t.startOffset, t.endOffset ?? t.startOffset + t.image.length - 1);
  }

  nodeLoc(n: CstNode): SourceLocation {
    const l = n.location;
    return l === undefined ? this.span(NaN, NaN) : this.span(l.startOffset, l.endOffset ?? NaN);
  }

  report(severity: DiagnosticSeverity, code: string, message: string, loc: SourceLocation): void {
    this.diagnostics.push({ severity, code, message, loc });
  }

  error(code: string, message: string, loc: SourceLocation): void {
    this.report('error', code, message, loc);
  }

  /**
   * What the catalogue does not know (an attribute, statement, filter or object kind outside it) is a
   * warning, never an error: a file Xano accepts must parse clean (docs/parser.md "Strictness").
   */
  warn(code: string, message: string, loc: SourceLocation): void {
    this.report('warning', code, message, loc);
  }

  /** Index of the first comment at or after `offset`. */
  private firstCommentAt(offset: number): number {
    let lo = 0;
    let hi = this.comments.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.comments[mid]!.startOffset < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Takes the comments in [from, to) that no inner list took, marking them as placed. */
  takeComments(from: number, to: number): IToken[] {
    const out: IToken[] = [];
    if (this.comments.length === 0) return out;
    for (let i = this.firstCommentAt(from); i < this.comments.length; i++) {
      const c = this.comments[i]!;
      if (c.startOffset >= to) break;
      if (this.taken[i]) continue;
      this.taken[i] = true;
      out.push(c);
    }
    return out;
  }

  /** Whether a comment shares its line with code before it (a trailing comment, §2.1). */
  isTrailing(c: IToken): boolean {
    for (let i = c.startOffset - 1; i >= 0; i--) {
      const ch = this.text.charCodeAt(i);
      if (ch === 10) return false;
      if (ch !== 32 && ch !== 9) return true;
    }
    return false;
  }

  commentNode(c: IToken): Comment {
    return Object.freeze({ kind: 'Comment', text: c.image.slice(2), loc: this.tokLoc(c) });
  }
}
