import type { CstNode, IToken } from 'chevrotain';
import type { SourceLocation } from '../../ast/loc.js';
import type { Accessor, BinaryOp, Expr, FilterExpr, NumberLit, ObjectEntry, VarExpr } from '../../ast/nodes/exprs.js';
import type * as C from '../cst.generated.js';
import { DEPRECATED_FILTERS, EXPRESSION_FILTERS, QUERY_FILTERS } from '../../ast/schema/filters.js';
import type { Ctx } from './context.js';
import { decodeString, decodeTripleString } from './strings.js';
import { buildBacktick } from './backtick.js';

// Expressions — reference/xanoscript.md §2. The CST's binary level is flat; this file applies the
// precedence of §2.8 (tightest first): `* / %`, `+ - ~`, comparisons and db operators, `&&`, `|| ??`.

/** The longest chain of operators or filters in one expression (docs/parser.md "Limits"). */
export const MAX_CHAIN = 1000;

const PRECEDENCE: Readonly<Record<string, number>> = {
  '*': 6, '/': 6, '%': 6,
  '+': 5, '-': 5, '~': 5,
  '&&': 3,
  '||': 2, '??': 2,
};
const COMPARISON = 4;

const freeze = <T extends object>(n: T): T => Object.freeze(n);
const span = (a: { loc?: SourceLocation }, b: { loc?: SourceLocation }): SourceLocation | undefined =>
  a.loc && b.loc ? { start: a.loc.start, end: b.loc.end } : (a.loc ?? b.loc);

interface Tail {
  readonly op: string;
  readonly prec: number;
  readonly right: Expr;
  /** The low bound of `between low:high` (the tail's `right` is the high bound). */
  readonly low?: Expr;
  readonly negated?: boolean;
}

/** Builds expressions from CST nodes, for one file. */
export class ExprBuilder {
  /** > 0 while building a db clause (`where`, `eval`, …): filters must be query filters (§5.3). */
  queryDepth = 0;

  constructor(readonly ctx: Ctx) {}

  expr(n: C.ExprCstNode | undefined): Expr {
    if (n === undefined) return this.missing();
    const c = n.children;
    const test = this.binary(c.binary?.[0]);
    const [yes, no] = c.expr ?? [];
    if (c.Question === undefined) return test;
    const consequent = this.expr(yes);
    const alternate = this.expr(no);
    return freeze({ kind: 'TernaryExpr', test, consequent, alternate, loc: span(test, alternate) });
  }

  binary(n: C.BinaryCstNode | undefined): Expr {
    if (n === undefined) return this.missing();
    const first = this.unary(n.children.unary?.[0]);
    const tails = n.children.binaryTail;
    if (tails === undefined) return first;
    if (tails.length > MAX_CHAIN) return this.tooLong('operators', tails[MAX_CHAIN]!);
    const parts = tails.map((t) => this.tail(t));
    // An operand written as a bare filter chain and followed by an operator is marked (FilterExpr.bare).
    const operands = [n.children.unary?.[0], ...tails.map((t) => t.children.unary?.[0])];
    const bare = (e: Expr, u: C.UnaryCstNode | undefined): Expr =>
      e.kind === 'FilterExpr' && u?.children.filter !== undefined ? freeze({ ...e, bare: true }) : e;
    const head = bare(first, operands[0]);
    for (let i = 0; i < parts.length - 1; i++) {
      const p = parts[i]!;
      if (p.low === undefined && tails[i]!.children.BinOp !== undefined) parts[i] = { ...p, right: bare(p.right, operands[i + 1]) };
    }
    return climb(head, parts);
  }

  /**
   * A chain of operators or filters nests the tree one level per link; past MAX_CHAIN links it is an
   * error (located at the first link too many), so no later pass can run out of stack on it.
   */
  private tooLong(what: string, at: CstNode): Expr {
    this.ctx.error('too-deep', `more than ${MAX_CHAIN} ${what} in one expression; split it with \`var\` steps`, this.ctx.nodeLoc(at));
    return this.missing();
  }

  private tail(n: C.BinaryTailCstNode): Tail {
    const c = n.children;
    const [u0, u1] = c.unary ?? [];
    if (c.BinOp !== undefined) {
      const op = opImage(c.BinOp[0]!);
      return { op, prec: PRECEDENCE[op] ?? COMPARISON, right: this.unary(u0) };
    }
    if (c.NegNumber !== undefined) return { op: '-', prec: 5, right: this.negTail(c.NegNumber[0]!, c.filter) };
    return { op: 'between', prec: COMPARISON, low: this.unary(u0), right: this.unary(u1), negated: c.Op_not_between !== undefined };
  }

  /** `$x -1|abs`: the `-` is the operator, the operand is `1` with its filters. */
  private negTail(tok: IToken, filters: C.FilterCstNode[] | undefined): Expr {
    const loc = this.ctx.span(tok.startOffset + 1, tok.endOffset ?? tok.startOffset);
    let out: Expr = freeze<NumberLit>({ kind: 'NumberLit', value: tok.image.slice(1), loc });
    for (const f of filters ?? []) out = this.filter(f, out);
    return out;
  }

  unary(n: C.UnaryCstNode | undefined): Expr {
    if (n === undefined) return this.missing();
    const c = n.children;
    let out: Expr | null = c.primary !== undefined ? this.primary(c.primary[0]) : null;
    if ((c.filter?.length ?? 0) > MAX_CHAIN) return this.tooLong('filters', c.filter![MAX_CHAIN]!);
    for (const f of c.filter ?? []) out = this.filter(f, out);
    return this.prefixes(c.Bang, c.Minus, out ?? this.missing());
  }

  argBinary(n: C.ArgBinaryCstNode | undefined): Expr {
    if (n === undefined) return this.missing();
    const first = this.argUnary(n.children.argUnary?.[0]);
    const tails = n.children.argTail;
    if (tails === undefined) return first;
    return climb(first, tails.map((t) => this.argTail(t)));
  }

  private argTail(n: C.ArgTailCstNode): Tail {
    const c = n.children;
    if (c.BinOp !== undefined) {
      const op = opImage(c.BinOp[0]!);
      return { op, prec: PRECEDENCE[op] ?? COMPARISON, right: this.argUnary(c.argUnary?.[0]) };
    }
    return { op: '-', prec: 5, right: this.negTail(c.NegNumber![0]!, undefined) };
  }

  argUnary(n: C.ArgUnaryCstNode | undefined): Expr {
    if (n === undefined) return this.missing();
    return this.prefixes(n.children.Bang, n.children.Minus, this.primary(n.children.primary?.[0]));
  }

  /** Applies `!` and `-` prefixes, innermost first; `-` on a literal folds into the number. */
  private prefixes(bangs: IToken[] | undefined, minuses: IToken[] | undefined, operand: Expr): Expr {
    if (bangs === undefined && minuses === undefined) return operand;
    const toks = [...(bangs ?? []), ...(minuses ?? [])].sort((a, b) => b.startOffset - a.startOffset);
    let out = operand;
    for (const t of toks) {
      const loc = out.loc ? { start: this.ctx.tokLoc(t).start, end: out.loc.end } : undefined;
      if (t.image === '-' && out.kind === 'NumberLit' && !out.value.startsWith('-')) {
        out = freeze<NumberLit>({ kind: 'NumberLit', value: '-' + out.value, loc });
      } else {
        out = freeze({ kind: 'UnaryExpr', op: t.image === '!' ? '!' : '-', operand: out, loc });
      }
    }
    return out;
  }

  filter(n: C.FilterCstNode, operand: Expr | null): FilterExpr {
    const c = n.children;
    const nameTok = c.Word?.[0];
    const name = nameTok?.image ?? '';
    if (nameTok !== undefined) this.checkFilter(name, this.ctx.tokLoc(nameTok));
    const args = (c.argBinary ?? []).map((a) => this.argBinary(a));
    const own = this.ctx.nodeLoc(n);
    const loc = operand?.loc ? { start: operand.loc.start, end: own.end } : own;
    const node: FilterExpr = { kind: 'FilterExpr', operand, name, args, loc };
    return freeze(c.Bang !== undefined ? { ...node, disabled: true } : node);
  }

  private checkFilter(name: string, loc: SourceLocation): void {
    if (this.queryDepth > 0) {
      if (QUERY_FILTERS.has(name)) return;
      this.ctx.warn('unknown-filter', `\`${name}\` is not a query filter: inside \`where\`, \`eval\`, \`sort\` and ` +
        '`join` only query filters are allowed (e.g. `to_lower`, `substr`, `coalesce`, `timestamp_year`)', loc);
      return;
    }
    if (EXPRESSION_FILTERS.has(name)) return;
    const renamed = DEPRECATED_FILTERS.get(name);
    const msg = renamed !== undefined
      ? `\`${name}\` is an old filter name; the docs use \`${renamed}\``
      : `unknown filter \`${name}\``;
    this.ctx.warn('unknown-filter', msg, loc);
  }

  primary(n: C.PrimaryCstNode | undefined): Expr {
    if (n === undefined) return this.missing();
    const c = n.children;
    if (c.varRef !== undefined) return this.varRef(c.varRef[0]);
    if (c.Cast !== undefined) return this.cast(c.Cast[0]!, c.StringLiteral?.[0]);
    const tok = firstToken(c);
    if (tok !== undefined) return this.literal(tok);
    if (c.parenPath !== undefined) return this.parenPath(c.parenPath[0]!);
    if (c.object !== undefined) return this.object(c.object[0]!);
    if (c.array !== undefined) return this.array(c.array[0]!);
    return this.missing();
  }

  private literal(tok: IToken): Expr {
    const loc = this.ctx.tokLoc(tok);
    return LITERALS[tok.tokenType.name]?.(tok, loc, this) ?? freeze({ kind: 'RawExpr', source: tok.image, loc });
  }

  private cast(tok: IToken, str: IToken | undefined): Expr {
    const value = freeze({ kind: 'StringLit' as const, value: str ? decodeString(str.image) : '', loc: str ? this.ctx.tokLoc(str) : undefined });
    return freeze({ kind: 'CastExpr', type: tok.image.slice(1), value, loc: this.ctx.span(tok.startOffset, str?.endOffset ?? NaN) });
  }

  private parenPath(n: C.ParenPathCstNode): Expr {
    const c = n.children;
    const inner = this.paren(c.parenExpr![0]!);
    if (c.Dot === undefined && c.LBracket === undefined) return inner;
    return freeze({ kind: 'MemberExpr', object: inner, path: freeze(this.segments(c, false)), loc: this.ctx.nodeLoc(n) });
  }

  /**
   * The condition or argument in a statement's parentheses. Empty ones are kept, with a warning:
   * Xano writes `precondition () {` for a precondition whose condition was left blank.
   */
  condition(n: C.ParenExprCstNode): Expr {
    if (n.children.expr !== undefined) return this.expr(n.children.expr[0]);
    const loc = this.ctx.nodeLoc(n);
    this.ctx.warn('empty-condition', 'these parentheses hold no condition; Xano keeps such a statement, but what it does is not documented', loc);
    return freeze({ kind: 'RawExpr', source: '', atomic: true, loc });
  }

  private paren(n: C.ParenExprCstNode): Expr {
    if (n.children.expr === undefined) {
      this.ctx.error('syntax', 'expected a value inside `( )`, found `)`', this.ctx.nodeLoc(n));
      return freeze({ kind: 'RawExpr', source: '', atomic: true, loc: this.ctx.nodeLoc(n) });
    }
    const [a, b] = n.children.expr;
    const from = this.expr(a);
    if (n.children.DotDot === undefined) return from;
    return freeze({ kind: 'RangeExpr', from, to: this.expr(b), loc: this.ctx.nodeLoc(n) });
  }

  varRef(n: C.VarRefCstNode | undefined): VarExpr {
    if (n === undefined) return freeze({ kind: 'VarExpr', name: '', path: [] });
    const c = n.children;
    const head = c.Variable?.[0];
    let name = head === undefined ? '' : head.image === '$$' ? '$' : head.image.slice(1);
    let path = c.Dot === undefined && c.LBracket === undefined ? [] : this.segments(c);
    // `$var.x` is the long form of `$x` (§2.3).
    if (name === 'var' && path[0]?.kind === 'PropAccess') {
      name = path[0].name;
      path = path.slice(1);
    }
    return freeze({ kind: 'VarExpr', name, path: freeze(path), loc: this.ctx.nodeLoc(n) });
  }

  /** Property and index segments in source order. */
  private segments(c: C.VarRefCstChildren | C.ParenPathCstChildren, hasHead = true): Accessor[] {
    const items: Array<{ at: number; node: Accessor }> = [];
    const props = [...(c.Word ?? []), ...(c.Variable ?? []).slice(hasHead ? 1 : 0), ...(c.NumberLiteral ?? [])];
    for (const t of props) items.push({ at: t.startOffset, node: freeze({ kind: 'PropAccess', name: t.image, loc: this.ctx.tokLoc(t) }) });
    (c.expr ?? []).forEach((e, i) => {
      const open = c.LBracket?.[i];
      const close = c.RBracket?.[i];
      const loc = this.ctx.span(open?.startOffset ?? NaN, close?.startOffset ?? NaN);
      items.push({ at: open?.startOffset ?? 0, node: freeze({ kind: 'IndexAccess', index: this.expr(e), loc }) });
    });
    return items.sort((a, b) => a.at - b.at).map((i) => i.node);
  }

  private object(n: C.ObjectCstNode): Expr {
    const seen = new Set<string>();
    const entries = (n.children.objectEntry ?? []).map((e) => {
      const entry = this.entry(e);
      if (entry.disabled === true) return entry;
      if (seen.has(entry.key)) this.ctx.error('duplicate-key', `the key \`${entry.key}\` appears twice in this object`, entry.loc!);
      seen.add(entry.key);
      return entry;
    });
    return freeze({ kind: 'ObjectExpr', entries: freeze(entries), loc: this.ctx.nodeLoc(n) });
  }

  private entry(n: C.ObjectEntryCstNode): ObjectEntry {
    const c = n.children;
    const words = c.Word?.map((w) => w.image).join('.');
    const key = words ?? c.NumberLiteral?.[0]?.image ?? (c.StringLiteral?.[0] ? decodeString(c.StringLiteral[0].image) : '');
    const entry: ObjectEntry = { kind: 'ObjectEntry', key, value: this.expr(c.expr?.[0]), loc: this.ctx.nodeLoc(n) };
    return freeze(c.Bang !== undefined ? { ...entry, disabled: true } : entry);
  }

  private array(n: C.ArrayCstNode): Expr {
    const elements = (n.children.expr ?? []).map((e) => this.expr(e));
    return freeze({ kind: 'ArrayExpr', elements: freeze(elements), loc: this.ctx.nodeLoc(n) });
  }

  /** A placeholder where recovery left a hole; a syntax error has already been reported. */
  missing(): Expr {
    return freeze({ kind: 'RawExpr', source: '' });
  }
}

type LiteralFn = (tok: IToken, loc: SourceLocation, b: ExprBuilder) => Expr;
const LITERALS: Readonly<Record<string, LiteralFn>> = {
  StringLiteral: (t, loc) => freeze({ kind: 'StringLit', value: decodeString(t.image), loc }),
  TripleString: (t, loc) => freeze({ kind: 'StringLit', value: decodeTripleString(t.image), loc }),
  NumberLiteral: (t, loc) => freeze({ kind: 'NumberLit', value: t.image, loc }),
  NegNumber: (t, loc) => freeze({ kind: 'NumberLit', value: t.image, loc }),
  Lit_true: (_t, loc) => freeze({ kind: 'BoolLit', value: true, loc }),
  Lit_false: (_t, loc) => freeze({ kind: 'BoolLit', value: false, loc }),
  Lit_null: (_t, loc) => freeze({ kind: 'NullLit', loc }),
  Lit_now: (_t, loc) => freeze({ kind: 'NowLit', loc }),
  Timestamp: (t, loc) => freeze({ kind: 'TimestampLit', value: t.image, loc }),
  Backtick: (t, loc, b) => buildBacktick(b.ctx, t, loc),
};

const TOKEN_KEYS = ['StringLiteral', 'TripleString', 'NumberLiteral', 'NegNumber', 'Lit_true', 'Lit_false', 'Lit_null',
  'Lit_now', 'Timestamp', 'Backtick', 'Identifier'] as const;

function firstToken(c: C.PrimaryCstChildren): IToken | undefined {
  for (const k of TOKEN_KEYS) {
    const t = c[k];
    if (t !== undefined) return t[0];
  }
  return undefined;
}

/** `not   in` → `not in`. */
function opImage(t: IToken): string {
  return t.image.includes(' ') || t.image.includes('\t') ? t.image.replace(/[ \t]+/, ' ') : t.image;
}

/** Precedence climbing over `first (op operand)*`; all binary operators are left-associative. */
function climb(first: Expr, tails: readonly Tail[]): Expr {
  let i = 0;
  const parse = (lhs: Expr, minPrec: number): Expr => {
    while (i < tails.length && tails[i]!.prec >= minPrec) {
      const t = tails[i++]!;
      let rhs = t.right;
      while (i < tails.length && tails[i]!.prec > t.prec) rhs = parse(rhs, t.prec + 1);
      lhs = combine(lhs, t, rhs);
    }
    return lhs;
  };
  return parse(first, 0);
}

function combine(left: Expr, t: Tail, right: Expr): Expr {
  const loc = span(left, right);
  if (t.op === 'between') {
    return freeze({ kind: 'BetweenExpr', operand: left, low: t.low!, high: right, negated: t.negated === true, loc });
  }
  return freeze({ kind: 'BinaryExpr', op: t.op as BinaryOp, left, right, loc });
}
