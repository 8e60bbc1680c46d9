import type { IToken } from 'chevrotain';
import type { Document, ObjectDecl, RawDecl } from '../ast/nodes/decls.js';
import type { Expr, VarExpr } from '../ast/nodes/exprs.js';
import type { ArraySpec, FieldDecl, FieldList } from '../ast/nodes/fields.js';
import type { Attribute, Comment } from '../ast/nodes/misc.js';
import type { Stmt } from '../ast/nodes/stmts.js';
import type * as C from './cst.generated.js';
import { OBJECT_KINDS, SLOTS } from '../ast/schema/object-kinds.js';
import { xsParser } from './grammar/parser.js';
import { Ctx } from './to-ast/context.js';
import { buildDecl, type DeclOptions } from './to-ast/decls.js';
import { ExprBuilder } from './to-ast/exprs.js';
import { FieldBuilder } from './to-ast/fields.js';
import { StmtBuilder } from './to-ast/stmts.js';

// CST → AST. One visitor instance; one method per grammar rule (checked by validateVisitor), each
// typed by the generated CST typings and delegating to the per-family builders in to-ast/.

interface Builders {
  readonly ctx: Ctx;
  readonly x: ExprBuilder;
  readonly s: StmtBuilder;
  readonly f: FieldBuilder;
  readonly opts: DeclOptions;
}

const BaseVisitor = xsParser.getBaseCstVisitorConstructor();

class ToAst extends BaseVisitor {
  private b!: Builders;

  constructor() {
    super();
    this.validateVisitor();
  }

  /** Converts a whole-file CST into its documents (one per object); diagnostics go into `ctx`. */
  convert(cst: C.DocumentCstNode, ctx: Ctx, opts: DeclOptions): Document[] {
    const x = new ExprBuilder(ctx);
    const s = new StmtBuilder(ctx, x);
    const f = new FieldBuilder(ctx, x, s);
    s.fields = f;
    this.b = { ctx, x, s, f, opts };
    return this.document(cst);
  }

  document(n: C.DocumentCstNode): Document[] {
    const { ctx } = this.b;
    const parts: Array<{ start: number; end: number; build: () => ObjectDecl | RawDecl }> = [];
    for (const d of n.children.decl ?? []) {
      if (d.children.Word === undefined) continue;
      parts.push({ start: d.location?.startOffset ?? NaN, end: d.location?.endOffset ?? NaN, build: () => this.decl(d) });
    }
    for (const t of n.children.RawObject ?? []) {
      // The comments inside a raw object are part of its text, printed with it.
      const build = () => {
        ctx.takeComments(t.startOffset, (t.endOffset ?? t.startOffset) + 1);
        return rawObject(ctx, t);
      };
      parts.push({ start: t.startOffset, end: t.endOffset ?? t.startOffset, build });
    }
    parts.sort((a, b) => a.start - b.start);
    const docs: Document[] = [];
    let from = 0;
    parts.forEach((p, i) => {
      const object = p.build();
      const start = Number.isFinite(p.start) ? p.start : from;
      const above = ctx.takeComments(from, start).map((c) => ctx.commentNode(c));
      // Comments no list took (inside the object's own body, or after the last object) move above it.
      const last = i === parts.length - 1;
      const end = last ? Infinity : Number.isFinite(p.end) ? p.end + 1 : start;
      const rest = ctx.takeComments(start, end).map((c) => ctx.commentNode(c));
      for (const c of rest) moveAbove(ctx, c);
      const comments = Object.freeze([...above, ...rest]);
      const loc = parts.length === 1 ? ctx.span(0, ctx.text.length - 1) : ctx.span(from, last ? ctx.text.length - 1 : end - 1);
      docs.push(Object.freeze({ kind: 'Document', comments, object, loc }));
      from = end;
    });
    return docs;
  }

  decl(n: C.DeclCstNode): ObjectDecl | RawDecl {
    return buildDecl(this.b.ctx, this.b.s, this.b.f, n, this.b.opts);
  }
  declName(n: C.DeclNameCstNode): string {
    return n.children.StringLiteral?.[0]?.image ?? '';
  }
  declBody(n: C.DeclBodyCstNode): number {
    return n.children.declMember?.length ?? 0;
  }
  declMember(n: C.DeclMemberCstNode): string {
    return Object.keys(n.children)[0] ?? '';
  }
  fieldBlock(n: C.FieldBlockCstNode): FieldList {
    return this.b.f.fieldBlock(n);
  }
  field(n: C.FieldCstNode): FieldDecl {
    return this.b.f.field(n);
  }
  arraySpec(n: C.ArraySpecCstNode): ArraySpec {
    return this.b.f.arraySpec(n);
  }
  inputFilter(n: C.InputFilterCstNode): string {
    return n.children.Word?.[0]?.image ?? '';
  }
  stmtBlock(n: C.StmtBlockCstNode): readonly Stmt[] {
    return this.b.s.stmtBlock(n).stmts;
  }
  attr(n: C.AttrCstNode): Attribute {
    return this.b.s.attr(n, false);
  }
  stmt(n: C.StmtCstNode): Stmt {
    return this.b.s.stmt(n);
  }
  stmtTarget(n: C.StmtTargetCstNode): IToken | undefined {
    return n.children.StringLiteral?.[0] ?? n.children.Identifier?.[0];
  }
  block(n: C.BlockCstNode): number {
    return this.b.s.members(n).length;
  }
  blockMember(n: C.BlockMemberCstNode): string {
    return Object.keys(n.children)[0] ?? '';
  }
  expr(n: C.ExprCstNode): Expr {
    return this.b.x.expr(n);
  }
  binary(n: C.BinaryCstNode): Expr {
    return this.b.x.binary(n);
  }
  binaryTail(n: C.BinaryTailCstNode): string {
    return n.children.BinOp?.[0]?.image ?? '';
  }
  unary(n: C.UnaryCstNode): Expr {
    return this.b.x.unary(n);
  }
  filter(n: C.FilterCstNode): Expr {
    return this.b.x.filter(n, null);
  }
  argBinary(n: C.ArgBinaryCstNode): Expr {
    return this.b.x.argBinary(n);
  }
  argTail(n: C.ArgTailCstNode): string {
    return n.children.BinOp?.[0]?.image ?? '-';
  }
  argUnary(n: C.ArgUnaryCstNode): Expr {
    return this.b.x.argUnary(n);
  }
  primary(n: C.PrimaryCstNode): Expr {
    return this.b.x.primary(n);
  }
  varRef(n: C.VarRefCstNode): VarExpr {
    return this.b.x.varRef(n);
  }
  parenPath(n: C.ParenPathCstNode): Expr {
    return this.b.x.primary({ name: 'primary', children: { parenPath: [n] } });
  }
  parenExpr(n: C.ParenExprCstNode): Expr {
    return this.b.x.expr(n.children.expr?.[0]);
  }
  object(n: C.ObjectCstNode): Expr {
    return this.b.x.primary({ name: 'primary', children: { object: [n] } });
  }
  objectEntry(n: C.ObjectEntryCstNode): Expr {
    return this.b.x.expr(n.children.expr?.[0]);
  }
  array(n: C.ArrayCstNode): Expr {
    return this.b.x.primary({ name: 'primary', children: { array: [n] } });
  }
}

/**
 * An object of a kind the catalogue does not know, kept verbatim (docs/parser.md "Strictness"): a
 * warning, unless the keyword is a near miss of a known kind (`functon`) or a word of the language
 * that never opens an object (`input`, `stack`): those are mistakes.
 */
function rawObject(ctx: Ctx, t: IToken): RawDecl {
  const keyword = /^[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)?/.exec(t.image)?.[0] ?? t.image.slice(0, 20);
  const loc = ctx.span(t.startOffset, t.startOffset + keyword.length - 1);
  const near = OBJECT_KINDS.find((k) => editDistance(k.keyword, keyword) <= 2);
  if (near !== undefined) ctx.error('unknown-object-kind', `unknown object kind \`${keyword}\`; did you mean \`${near.keyword}\`?`, loc);
  else if (NOT_OBJECTS.has(keyword)) ctx.error('unknown-object-kind', `\`${keyword}\` cannot open a file; a file starts with an object such as \`function "name" {\``, loc);
  else ctx.warn('unknown-object-kind', `unknown object kind \`${keyword}\`: kept as written, not checked`, loc);
  return Object.freeze({ kind: 'RawDecl', source: t.image, loc: ctx.tokLoc(t) });
}

/** Words of the language that are never an object kind. */
const NOT_OBJECTS: ReadonlySet<string> = new Set([...SLOTS, 'var', 'conditional', 'foreach', 'for', 'while', 'if', 'try_catch', 'group', 'switch']);

/** Levenshtein distance, for near misses of a keyword. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

function moveAbove(ctx: Ctx, c: Comment): void {
  ctx.report('warning', 'comment-moved',
    'a comment is only kept on its own line above the object, a field or a statement; it moves above the object', c.loc!);
}

/** The shared visitor. */
export const toAst = new ToAst();

