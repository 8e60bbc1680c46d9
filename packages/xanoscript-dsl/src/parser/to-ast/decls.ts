import type { IToken } from 'chevrotain';
import type { SourceLocation } from '../../ast/loc.js';
import type { HttpVerb, ObjectDecl, RawDecl, TestBlock } from '../../ast/nodes/decls.js';
import type { Expr } from '../../ast/nodes/exprs.js';
import type { FieldList } from '../../ast/nodes/fields.js';
import type { Attribute } from '../../ast/nodes/misc.js';
import type { Stmt } from '../../ast/nodes/stmts.js';
import { OBJECT_KINDS, objectKindByKeyword } from '../../ast/schema/object-kinds.js';
import type * as C from '../cst.generated.js';
import type { Ctx } from './context.js';
import type { FieldBuilder } from './fields.js';
import type { StmtBuilder } from './stmts.js';
import { decodeString } from './strings.js';
import { checkObject } from './object-checks.js';
import { TEST_ATTR_ORDER, sortAttrs } from '../../printer/order.js';

// Objects — reference/xanoscript.md §1. One CST shape for every kind; the kind's entry in
// ast/schema/object-kinds.ts decides which members it takes, requires, and (in the printer) their order.

const VERBS: ReadonlySet<string> = new Set<HttpVerb>(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD']);
const freeze = <T extends object>(n: T): T => Object.freeze(n);

/** The members of an object body, gathered by slot; `seen` lists every member name in order. */
export interface DeclParts {
  readonly attrs: Attribute[];
  input?: FieldList;
  stack?: readonly Stmt[];
  schema?: FieldList;
  response?: Expr;
  readonly tests: TestBlock[];
  readonly seen: Array<{ name: string; loc: SourceLocation }>;
}

export interface DeclOptions {
  /** The file path: a query without `api_group` takes its group from the folder (`api/<group>/…`). */
  readonly path?: string;
}

export function buildDecl(ctx: Ctx, s: StmtBuilder, f: FieldBuilder, n: C.DeclCstNode, opts: DeclOptions): ObjectDecl | RawDecl {
  const c = n.children;
  const verbTok = c.Kw_verb?.[0];
  const words = (c.Word ?? []).filter((w) => verbTok === undefined || w.startOffset < verbTok.startOffset);
  const keyword = words.map((w) => w.image).join('.');
  const headerLoc = ctx.span(words[0]?.startOffset ?? NaN, c.declName?.[0]?.location?.endOffset ?? NaN);
  const spec = objectKindByKeyword(keyword);
  const loc = ctx.nodeLoc(n);
  if (spec === undefined) {
    const kinds = OBJECT_KINDS.map((k) => k.keyword).join(', ');
    ctx.error('unknown-object-kind', `unknown object kind \`${keyword}\`; expected one of ${kinds}`, headerLoc);
    const end = n.location?.endOffset;
    return freeze({ kind: 'RawDecl', source: ctx.text.slice(n.location?.startOffset ?? 0, end === undefined ? undefined : end + 1), loc });
  }
  s.objectKind = spec.keyword;
  const parts = buildParts(ctx, s, f, c.declBody?.[0]);
  const name = declName(ctx, c.declName?.[0]);
  const node: Record<string, unknown> = { kind: spec.kind, name };
  if (spec.kind === 'QueryDecl') {
    node['verb'] = queryVerb(ctx, c.Word?.find((w) => verbTok !== undefined && w.startOffset > verbTok.startOffset), headerLoc);
  } else if (verbTok !== undefined) {
    ctx.error('unexpected-verb', `\`verb=\` is only allowed on a \`query\``, ctx.tokLoc(verbTok));
  }
  const nameNode = c.declName?.[0];
  const nameLoc = nameNode === undefined ? headerLoc : ctx.nodeLoc(nameNode);
  checkObject(ctx, spec, parts, headerLoc, name, nameLoc);
  node['attrs'] = freeze(sortAttrs(parts.attrs, spec.order));
  for (const k of ['input', 'stack', 'schema', 'response'] as const) if (parts[k] !== undefined) node[k] = parts[k];
  node['tests'] = freeze(parts.tests);
  node['loc'] = loc;
  return freeze(node) as unknown as ObjectDecl;
}

function declName(ctx: Ctx, n: C.DeclNameCstNode | undefined): string {
  const str = n?.children.StringLiteral?.[0];
  if (str !== undefined) return decodeString(str.image);
  const l = n?.location;
  return l === undefined || !Number.isFinite(l.startOffset) ? '' : ctx.text.slice(l.startOffset, (l.endOffset ?? l.startOffset) + 1);
}

function queryVerb(ctx: Ctx, tok: IToken | undefined, loc: SourceLocation): HttpVerb {
  if (tok === undefined) {
    ctx.error('missing-attribute', '`query` is missing `verb=` (GET, POST, PUT, PATCH or DELETE)', loc);
    return 'GET';
  }
  if (!VERBS.has(tok.image)) ctx.error('syntax', `unknown verb \`${tok.image}\`; expected GET, POST, PUT, PATCH, DELETE or HEAD`, ctx.tokLoc(tok));
  return tok.image as HttpVerb;
}

type MemberFn = (ctx: Ctx, s: StmtBuilder, f: FieldBuilder, m: C.DeclMemberCstChildren, p: DeclParts, loc: SourceLocation) => void;

/** One handler per member keyword; `attr` covers `response = …` and every attribute. */
const MEMBERS: ReadonlyArray<readonly [keyof C.DeclMemberCstChildren, MemberFn]> = [
  ['attr', (_ctx, s, _f, m, p) => {
    const a = s.attr(m.attr![0]!, false);
    p.seen.push({ name: a.name, loc: a.loc! });
    if (a.name === 'response') p.response ??= a.value;
    else p.attrs.push(a);
  }],
  ['Kw_input', (_ctx, _s, f, m, p, loc) => { p.seen.push({ name: 'input', loc }); p.input ??= f.fieldBlock(m.fieldBlock?.[0]); }],
  ['Kw_schema', (_ctx, _s, f, m, p, loc) => { p.seen.push({ name: 'schema', loc }); p.schema ??= f.fieldBlock(m.fieldBlock?.[0]); }],
  ['Kw_output', (_ctx, _s, f, m, p, loc) => { p.seen.push({ name: 'output', loc }); p.schema ??= f.fieldBlock(m.fieldBlock?.[0]); }],
  ['Kw_stack', (_ctx, s, _f, m, p, loc) => { p.seen.push({ name: 'stack', loc }); p.stack ??= s.stmtBlock(m.stmtBlock?.[0]).stmts; }],
  ['Kw_test', (ctx, s, _f, m, p, loc) => { p.seen.push({ name: 'tests', loc }); p.tests.push(buildTest(ctx, s, m, loc)); }],
  ['Kw_schedule', (ctx, s, _f, m, p, loc) => { p.seen.push({ name: 'schedule', loc }); p.attrs.push(v11Schedule(ctx, s, m, loc)); }],
];

function buildParts(ctx: Ctx, s: StmtBuilder, f: FieldBuilder, body: C.DeclBodyCstNode | undefined): DeclParts {
  const parts: DeclParts = { attrs: [], tests: [], seen: [] };
  for (const member of body?.children.declMember ?? []) {
    const loc = ctx.nodeLoc(member);
    const entry = MEMBERS.find(([key]) => member.children[key] !== undefined);
    entry?.[1](ctx, s, f, member.children, parts, loc);
  }
  return parts;
}

function buildTest(ctx: Ctx, s: StmtBuilder, m: C.DeclMemberCstChildren, loc: SourceLocation): TestBlock {
  const nameTok = m.StringLiteral?.[0];
  s.inTest = true;
  const body = s.stmtBlock(m.stmtBlock?.[0], true);
  s.inTest = false;
  const bare = m.Word?.[0]?.image;
  const name = nameTok === undefined ? bare ?? '' : decodeString(nameTok.image);
  return freeze({ kind: 'TestBlock', name, attrs: freeze(sortAttrs(body.attrs, TEST_ATTR_ORDER)), body: body.stmts, loc });
}

/** v11 `schedule { events = [...] }` is the docs' `schedule = [...]` (§1.3). */
function v11Schedule(ctx: Ctx, s: StmtBuilder, m: C.DeclMemberCstChildren, loc: SourceLocation): Attribute {
  const block = m.block?.[0];
  const attrs = block === undefined ? [] : s.attrsOf('schedule', s.members(block));
  for (const a of attrs) if (a.name !== 'events') ctx.warn('unknown-attribute', `\`${a.name}\` is not part of \`schedule\`; it takes \`events\``, a.loc ?? loc);
  const events = attrs.find((a) => a.name === 'events');
  const value = events?.value ?? freeze({ kind: 'ArrayExpr' as const, elements: freeze([]), loc });
  return freeze({ kind: 'Attribute', name: 'schedule', value, loc });
}

