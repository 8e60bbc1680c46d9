import type { IToken } from 'chevrotain';
import type { SourceLocation } from '../../ast/loc.js';
import type { Expr, VarExpr } from '../../ast/nodes/exprs.js';
import type { Attribute, Comment } from '../../ast/nodes/misc.js';
import type { AttrStmt, Stmt } from '../../ast/nodes/stmts.js';
import { canonicalAttrOrder, stmtSpecOfKeyword } from '../../ast/schema/statements.js';
import { sortAttrs } from '../../printer/order.js';
import type * as C from '../cst.generated.js';
import { QUERY_CLAUSES } from '../../ast/schema/filters.js';
import { BLOCK_STMTS } from './block-stmts.js';
import { checkAttrs, checkContext, stmtAttrRules } from './checks.js';
import type { Ctx } from './context.js';
import type { ExprBuilder } from './exprs.js';
import type { FieldBuilder } from './fields.js';
import { genericStmtSpec } from '../../ast/schema/generic-statements.js';
import { MEMBER_HOME, memberKind, memberToken, type Member } from './members.js';
import { placeComments } from './comments.js';
import { decodeString } from './strings.js';

// Statements — reference/xanoscript.md §4. The CST has one generic statement shape; this file maps
// known keywords to their node kinds (ast/schema/statements.ts), the block statements to theirs
// (block-stmts.ts), and everything else to GenericStmt, checking attributes against the tables.

/** The parts of a statement before and after its block. */
export interface StmtHeader {
  readonly name: string;
  readonly loc: SourceLocation;
  readonly nameLoc: SourceLocation;
  readonly disabled: boolean;
  readonly target?: Expr;
  readonly arg?: Expr;
  readonly condition?: Expr;
  readonly verb?: string;
  readonly as?: Expr;
}

/** What a test block or stack body holds: statements (with comments) and, in tests, attributes. */
export interface StackBody {
  readonly stmts: readonly Stmt[];
  readonly attrs: readonly Attribute[];
}

export class StmtBuilder {
  /** Set while building an object of this kind / inside a `test` block: the context gates (§6 item 9). */
  objectKind = '';
  inTest = false;
  fields!: FieldBuilder;

  constructor(
    readonly ctx: Ctx,
    readonly x: ExprBuilder,
  ) {}

  /** `{ statements }`; attributes are kept only where `allowAttrs` (test blocks). */
  stmtBlock(n: C.StmtBlockCstNode | undefined, allowAttrs = false): StackBody {
    if (n === undefined) return { stmts: [], attrs: [] };
    const c = n.children;
    const stmts = (c.stmt ?? []).map((s) => this.stmt(s));
    const attrs = (c.attr ?? []).map((a) => this.attr(a, false));
    if (!allowAttrs) {
      for (const a of attrs) this.ctx.error('unknown-attribute', a.name === 'response'
        ? '`response = …` is not a statement; it belongs to the object itself — for an early exit use `return { value = … }`'
        : `\`${a.name} = …\` is not a statement; a stack holds statements only`, a.loc!);
    }
    const from = c.LCurly?.[0]?.startOffset ?? NaN;
    const to = c.RCurly?.[0]?.startOffset ?? this.ctx.text.length;
    return { stmts: placeComments<Stmt | Comment>(this.ctx, stmts, from, to), attrs };
  }

  /** `name = value`; db clauses (`where`, `eval`, …) switch filters to the query list (§5.3). */
  attr(n: C.AttrCstNode, inStatement: boolean): Attribute {
    const c = n.children;
    const name = c.Word?.[0]?.image ?? '';
    const query = inStatement && QUERY_CLAUSES.has(name);
    if (query) this.x.queryDepth++;
    const value = this.x.expr(c.expr?.[0]);
    if (query) this.x.queryDepth--;
    return Object.freeze({ kind: 'Attribute', name, value, loc: this.ctx.nodeLoc(n) });
  }

  stmt(n: C.StmtCstNode): Stmt {
    const header = this.header(n);
    const members = n.children.block === undefined ? [] : this.members(n.children.block[0]!);
    checkContext(this, header);
    const build = BLOCK_STMTS.get(header.name);
    if (build !== undefined) return build(this, header, members);
    return this.attrStmt(header, members);
  }

  private header(n: C.StmtCstNode): StmtHeader {
    const c = n.children;
    const verbTok = c.Kw_verb?.[0];
    const words = (c.Word ?? []).filter((w) => verbTok === undefined || w.startOffset < verbTok.startOffset);
    const verbWord = verbTok === undefined ? undefined : c.Word?.find((w) => w.startOffset > verbTok.startOffset);
    const ifTok = c.Kw_if?.[0];
    const parens = c.parenExpr ?? [];
    const argNode = parens.find((p) => ifTok === undefined || (p.location?.startOffset ?? 0) < ifTok.startOffset);
    const condNode = ifTok === undefined ? undefined : parens.find((p) => (p.location?.startOffset ?? 0) > ifTok.startOffset);
    const first = words[0];
    const last = words[words.length - 1];
    const h: Record<string, unknown> = {
      name: words.map((w) => w.image).join('.'),
      loc: this.ctx.nodeLoc(n),
      nameLoc: this.ctx.span(first?.startOffset ?? NaN, last?.endOffset ?? NaN),
      disabled: c.Bang !== undefined,
    };
    if (c.stmtTarget !== undefined) h['target'] = this.target(c.stmtTarget[0]!);
    if (argNode !== undefined) h['arg'] = this.x.condition(argNode);
    if (condNode !== undefined) h['condition'] = this.x.condition(condNode);
    if (verbWord !== undefined) h['verb'] = verbWord.image;
    if (c.Kw_as !== undefined) h['as'] = this.asTarget(c.varRef?.[0], c.filter);
    return h as unknown as StmtHeader;
  }

  /** `db.get "user"`, `db.get user` and `db.query test` give the strings `"user"`, `"test"`; `var $x` a variable. */
  private target(n: C.StmtTargetCstNode): Expr {
    const c = n.children;
    const tok: IToken | undefined = c.StringLiteral?.[0] ?? c.Identifier?.[0] ?? c.NameKw?.[0];
    if (tok === undefined) return this.x.varRef(c.varRef?.[0]);
    const value = tok === c.StringLiteral?.[0] ? decodeString(tok.image) : tok.image;
    return Object.freeze({ kind: 'StringLit', value, loc: this.ctx.tokLoc(tok) });
  }

  private asTarget(v: C.VarRefCstNode | undefined, filters: C.FilterCstNode[] | undefined): Expr {
    let out: Expr = this.x.varRef(v);
    for (const f of filters ?? []) out = this.x.filter(f, out);
    return out;
  }

  /** The members of a statement block, in source order. */
  members(n: C.BlockCstNode): Member[] {
    return (n.children.blockMember ?? []).map((m) => this.member(m));
  }

  private member(n: C.BlockMemberCstNode): Member {
    const c = n.children;
    const kind = memberKind(c);
    const loc = this.ctx.nodeLoc(n);
    if (kind === 'attr') return { kind, loc, attr: this.attr(c.attr![0]!, true) };
    if (kind === 'schema') return { kind, loc, fields: this.fields.fieldBlock(c.fieldBlock?.[0]) };
    const m: { -readonly [K in keyof Member]: Member[K] } = { kind, loc };
    if (c.parenExpr !== undefined) m.test = this.x.condition(c.parenExpr[0]!);
    if (c.varRef !== undefined) m.item = this.x.varRef(c.varRef[0]);
    if (c.stmtBlock !== undefined) m.body = this.stmtBlock(c.stmtBlock[0]).stmts;
    return m;
  }

  /** Reports members a statement does not take; returns its attributes. */
  attrsOf(keyword: string, members: readonly Member[], allowed: ReadonlySet<string> = new Set(['attr'])): Attribute[] {
    const attrs: Attribute[] = [];
    for (const m of members) {
      if (m.kind === 'attr') attrs.push(m.attr!);
      else if (!allowed.has(m.kind)) this.misplaced(keyword, m);
    }
    return attrs;
  }

  misplaced(keyword: string, m: Member): void {
    const home = MEMBER_HOME[m.kind];
    this.ctx.error('unexpected-block', `\`${m.kind}\` is not allowed in \`${keyword}\`; it belongs in ${home}`, m.loc);
  }

  private attrStmt(h: StmtHeader, members: readonly Member[]): AttrStmt {
    const takesStack = genericStmtSpec(h.name)?.stack === true;
    const attrs = this.attrsOf(h.name, members, new Set(takesStack ? ['attr', 'stack'] : ['attr']));
    const rules = stmtAttrRules(h.name);
    if (rules === undefined) {
      this.ctx.warn('unknown-statement', `unknown statement \`${h.name}\``, h.nameLoc);
    } else {
      checkAttrs(this.ctx, `\`${h.name}\``, attrs, rules, h.nameLoc);
    }
    const spec = stmtSpecOfKeyword(h.name);
    if (spec?.arg === true && h.arg === undefined && h.target !== undefined) {
      this.ctx.error('syntax', `\`${h.name}\` takes its condition in parentheses: \`${h.name} (…) {\``, h.target.loc ?? h.nameLoc);
    }
    const node: Record<string, unknown> = { kind: spec?.kind ?? 'GenericStmt' };
    if (spec === undefined) node['name'] = h.name;
    if (h.disabled) node['disabled'] = true;
    for (const k of ['target', 'arg', 'condition'] as const) if (h[k] !== undefined) node[k] = h[k];
    // The AST keeps no layout variants: attributes are stored in canonical order.
    node['attrs'] = Object.freeze(sortAttrs(attrs, canonicalAttrOrder(spec)));
    if (h.as !== undefined) node['as'] = h.as;
    const stack = takesStack ? members.find((m) => m.kind === 'stack') : undefined;
    if (stack !== undefined) node['stack'] = Object.freeze(stack.body ?? []);
    if (h.verb !== undefined) {
      if (spec === undefined) node['verb'] = h.verb;
      else this.ctx.error('unexpected-verb', `\`${h.name}\` takes no \`verb=\``, h.nameLoc);
    }
    node['loc'] = h.loc;
    return Object.freeze(node) as unknown as AttrStmt;
  }

  /** A loop's `each as $x`: the variable, or undefined. */
  eachItem(m: Member | undefined): VarExpr | undefined {
    return m?.item;
  }
}
