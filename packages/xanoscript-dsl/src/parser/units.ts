import { tokenMatcher, type CstNode, type IRecognitionException, type IToken, type TokenType } from 'chevrotain';
import { checkingParser, xsParser, type XsParser } from './grammar/parser.js';
import * as T from './tokens.js';

// Statement-boundary resynchronisation (docs/parser.md "Recovery"). After a parse with syntax errors,
// each error is checked against the one statement, attribute, field or member that holds it: that
// unit is parsed again on its own, with the rule of the block around it. A unit that parses clean on
// its own was only broken by Chevrotain's recovery from an earlier mistake, so its error is a cascade.
// Every unit is small and parsed at most once, so the whole check is linear in the file's length.

/** What a `{ … }` block holds, from the CST of the failed parse. */
type BlockKind = 'stmtBlock' | 'block' | 'fieldBlock' | 'declBody';

const OPENERS = new Set<TokenType>([T.LCurly, T.LParen, T.LBracket]);
const CLOSERS = new Set<TokenType>([T.RCurly, T.RParen, T.RBracket]);
const PAIR = new Map<TokenType, TokenType>([[T.RCurly, T.LCurly], [T.RParen, T.LParen], [T.RBracket, T.LBracket]]);

/** One unit: a slice of the token list, the lines it spans and whether it parses on its own. */
export interface Unit {
  readonly from: number;
  readonly to: number;
  readonly firstLine: number;
  readonly lastLine: number;
}

/** Finds the unit around a token and judges it; built once per failed parse. */
export class Units {
  private readonly match: Int32Array;
  private readonly kinds = new Map<number, BlockKind>();
  private readonly clean = new Map<number, boolean>();

  private readonly enclosing: Int32Array;
  private readonly items = new Map<number, Array<[number, number]>>();

  constructor(private readonly tokens: readonly IToken[], cst: CstNode) {
    this.match = matchBrackets(tokens);
    collectBlocks(cst, this.kinds);
    this.enclosing = enclosingBlocks(tokens, this.match, this.kinds);
  }

  /** The unit holding the token that starts at `offset`, or undefined outside any block. */
  unitAt(offset: number): (Unit & { readonly kind: BlockKind }) | undefined {
    let k = this.indexAt(offset);
    if (k === -1) return undefined;
    // An error found at a line's end belongs to the item the line ends.
    if (tokenMatcher(this.tokens[k]!, T.Newline) && k > 0) k--;
    const open = this.enclosing[k]!;
    if (open === -1) return undefined;
    const kind = this.kinds.get(this.tokens[open]!.startOffset)!;
    const items = this.itemsOf(open, kind);
    // The item that holds k: the last one starting at or before it.
    let lo = 0;
    let hi = items.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (items[mid]![0] <= k) lo = mid;
      else hi = mid - 1;
    }
    const [from, to] = items[lo] ?? [open + 1, open + 1];
    const first = this.tokens[from];
    const last = this.tokens[Math.max(from, to - 1)];
    return { from, to, kind, firstLine: first?.startLine ?? NaN, lastLine: last?.endLine ?? last?.startLine ?? NaN };
  }

  /** The items [from, to) of the block opened at `open`, separated at its own level, computed once. */
  private itemsOf(open: number, kind: BlockKind): Array<[number, number]> {
    const known = this.items.get(open);
    if (known !== undefined) return known;
    const close = this.match[open]! === -1 ? this.tokens.length : this.match[open]!;
    const sep = kind === 'block' ? [T.Newline, T.Comma] : [T.Newline];
    const out: Array<[number, number]> = [];
    let from = open + 1;
    for (let i = open + 1; i < close; i++) {
      const t = this.tokens[i]!.tokenType;
      if (OPENERS.has(t) && this.match[i]! !== -1) i = this.match[i]!;
      else if (sep.includes(t)) {
        out.push([from, i]);
        from = i + 1;
      }
    }
    out.push([from, close]);
    this.items.set(open, out);
    return out;
  }

  /** True when the unit parses without an error with the rule of its block. */
  parsesAlone(unit: Unit & { readonly kind: BlockKind }): boolean {
    const known = this.clean.get(unit.from);
    if (known !== undefined) return known;
    const slice = this.tokens.slice(unit.from, unit.to);
    const ok = slice.length > 0 && attempt(slice, ruleOf(unit.kind, slice));
    this.clean.set(unit.from, ok);
    return ok;
  }

  /** The first error of the unit parsed alone by the recovering parser (for its message). */
  firstError(unit: Unit & { readonly kind: BlockKind }): IRecognitionException | undefined {
    const slice = this.tokens.slice(unit.from, unit.to);
    const rule = ruleOf(unit.kind, slice);
    xsParser.input = slice;
    rule(xsParser.rules).call(xsParser);
    return xsParser.errors[0];
  }

  /** The offsets [from, to) the unit covers in the text. */
  offsets(unit: Unit): readonly [number, number] {
    const first = this.tokens[unit.from];
    const last = this.tokens[Math.max(unit.from, unit.to - 1)];
    return [first?.startOffset ?? 0, (last?.endOffset ?? last?.startOffset ?? 0) + 1];
  }

  private indexAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.tokens[mid]!.startOffset;
      if (s === offset) return mid;
      if (s < offset) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

}

/**
 * For each token, the index of the innermost block `{` (not an object literal's) around it, or -1:
 * one pass with a stack of the open brackets.
 */
function enclosingBlocks(tokens: readonly IToken[], match: Int32Array, kinds: ReadonlyMap<number, BlockKind>): Int32Array {
  const out = new Int32Array(tokens.length).fill(-1);
  const open: number[] = [];
  const blocks: number[] = [];
  tokens.forEach((t, i) => {
    out[i] = blocks[blocks.length - 1] ?? -1;
    if (OPENERS.has(t.tokenType)) {
      open.push(i);
      if (t.tokenType === T.LCurly && kinds.has(t.startOffset)) blocks.push(i);
    } else if (CLOSERS.has(t.tokenType) && match[i]! !== -1) {
      // Pop down to the opener this closer matches; openers left unclosed inside it go too.
      const o = match[i]!;
      while (open.length > 0 && open[open.length - 1]! >= o) {
        const popped = open.pop()!;
        if (blocks[blocks.length - 1] === popped) blocks.pop();
      }
    }
  });
  return out;
}

/** For each bracket token, the index of its partner (-1 when it has none); -1 for other tokens. */
function matchBrackets(tokens: readonly IToken[]): Int32Array {
  const match = new Int32Array(tokens.length).fill(-1);
  const stack: number[] = [];
  tokens.forEach((t, i) => {
    if (OPENERS.has(t.tokenType)) stack.push(i);
    else if (CLOSERS.has(t.tokenType)) {
      // A `}` closes the nearest open `{`; the `(` or `[` left open inside it stay unmatched.
      const want = PAIR.get(t.tokenType)!;
      let j = stack.length - 1;
      while (j >= 0 && tokens[stack[j]!]!.tokenType !== want) j--;
      if (j < 0) return;
      const o = stack[j]!;
      stack.length = j;
      match[o] = i;
      match[i] = o;
    }
  });
  return match;
}

const BLOCK_RULES: ReadonlySet<string> = new Set<BlockKind>(['stmtBlock', 'block', 'fieldBlock', 'declBody']);

/** Records the `{` offset of every block node of the CST (iteratively: no recursion on deep input). */
function collectBlocks(root: CstNode, out: Map<number, BlockKind>): void {
  const todo: CstNode[] = [root];
  while (todo.length > 0) {
    const n = todo.pop()!;
    const children = n.children;
    if (BLOCK_RULES.has(n.name)) {
      const open = children['LCurly']?.[0] as IToken | undefined;
      if (open !== undefined && Number.isFinite(open.startOffset)) out.set(open.startOffset, n.name as BlockKind);
    }
    for (const key in children) {
      const list = children[key]!;
      // A list holds either tokens or nodes, never both: its first element says which.
      if (list.length > 0 && 'children' in list[0]!) for (let i = 0; i < list.length; i++) todo.push(list[i] as CstNode);
    }
  }
}

/** Parses `tokens` as one item of a block, true when no error. */
function attempt(tokens: IToken[], rule: (r: XsParser['rules']) => () => unknown): boolean {
  const parser = checkingParser();
  parser.input = tokens;
  try {
    rule(parser.rules).call(parser);
  } catch {
    return false;
  }
  return parser.errors.length === 0;
}

/** The grammar rule that reads one item of a block of this kind. */
function ruleOf(kind: BlockKind, tokens: readonly IToken[]): (r: XsParser['rules']) => () => unknown {
  if (kind === 'stmtBlock') return (r) => (startsAttr(tokens) ? r.attr : r.stmt);
  if (kind === 'block') return (r) => r.blockMember;
  if (kind === 'fieldBlock') return (r) => r.field;
  return (r) => r.declMember;
}

function startsAttr(tokens: readonly IToken[]): boolean {
  const second = tokens[1];
  return second !== undefined && tokenMatcher(second, T.Equals);
}
