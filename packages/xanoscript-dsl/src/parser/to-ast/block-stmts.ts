import type { Expr } from '../../ast/nodes/exprs.js';
import type { Attribute } from '../../ast/nodes/misc.js';
import type { IfBranch, Stmt, SwitchCase } from '../../ast/nodes/stmts.js';
import { BLOCK_ATTR_ORDER, sortAttrs } from '../../printer/order.js';
import { checkAttrs } from './checks.js';
import type { Member, MemberKind } from './members.js';
import type { StmtBuilder, StmtHeader } from './stmts.js';

// The block statements of §4.2: `conditional`, the loops, `try_catch`, `group`/`db.transaction`,
// `switch`, `break`, `continue`. Each takes the members it knows and reports the rest (§6 items 5–6).

type Build = (b: StmtBuilder, h: StmtHeader, members: readonly Member[]) => Stmt;

const BLOCK_ATTRS = { allowed: new Set(['description', 'disabled']), required: [] };
const freeze = <T extends object>(n: T): T => Object.freeze(n);

/** Attributes plus the members of the given kinds; anything else is reported. */
function split(b: StmtBuilder, h: StmtHeader, members: readonly Member[], kinds: readonly MemberKind[]) {
  const attrs = b.attrsOf(h.name, members, new Set(['attr', ...kinds]));
  checkAttrs(b.ctx, `\`${h.name}\``, attrs, BLOCK_ATTRS, h.nameLoc);
  return { attrs: freeze(sortAttrs(attrs, BLOCK_ATTR_ORDER)), parts: members.filter((m) => m.kind !== 'attr') };
}

/** Header parts a block statement does not take. */
function checkHeader(b: StmtBuilder, h: StmtHeader, wantsArg: boolean): Expr {
  for (const k of ['target', 'condition', 'verb', 'as'] as const) {
    if (h[k] !== undefined) b.ctx.error('syntax', `\`${h.name}\` takes no ${k === 'as' ? '`as $var`' : k}`, h.nameLoc);
  }
  if (wantsArg && h.arg === undefined) b.ctx.error('syntax', `\`${h.name}\` needs a value in parentheses: \`${h.name} (…) {\``, h.nameLoc);
  if (!wantsArg && h.arg !== undefined) b.ctx.error('syntax', `\`${h.name}\` takes no value in parentheses`, h.nameLoc);
  return h.arg ?? freeze({ kind: 'RawExpr', source: '' });
}

function base(h: StmtHeader, attrs: readonly Attribute[]) {
  return h.disabled ? { disabled: true, attrs } : { attrs };
}

function once(b: StmtBuilder, h: StmtHeader, parts: readonly Member[], kind: MemberKind, required: boolean): Member | undefined {
  const found = parts.filter((m) => m.kind === kind);
  for (const extra of found.slice(1)) b.ctx.error('duplicate-attribute', `\`${h.name}\` allows one \`${kind}\` block`, extra.loc);
  if (required && found.length === 0) b.ctx.error('missing-member', `\`${h.name}\` is missing its \`${kind}\` block`, h.nameLoc);
  return found[0];
}

const conditional: Build = (b, h, members) => {
  checkHeader(b, h, false);
  const { attrs, parts } = split(b, h, members, ['if', 'elseif', 'else']);
  const ifs = parts.filter((m) => m.kind === 'if');
  if (ifs.length !== 1) {
    const msg = ifs.length === 0 ? '`conditional` needs one `if (…) { … }` branch' :
      '`conditional` allows one `if`; use `elseif` for further branches, or a new `conditional`';
    b.ctx.error(ifs.length === 0 ? 'missing-attribute' : 'duplicate-attribute', msg, ifs[1]?.loc ?? h.nameLoc);
  }
  const branches: IfBranch[] = parts
    .filter((m) => m.kind === 'if' || m.kind === 'elseif')
    .map((m) => freeze({ kind: 'IfBranch', test: m.test ?? freeze({ kind: 'RawExpr', source: '' }), body: m.body ?? [], loc: m.loc }));
  const elseM = once(b, h, parts, 'else', false);
  const node = { kind: 'ConditionalStmt' as const, ...base(h, attrs), branches: freeze(branches) };
  return freeze(elseM ? { ...node, else: elseM.body ?? [], loc: h.loc } : { ...node, loc: h.loc });
};

const foreach: Build = (b, h, members) => {
  const list = checkHeader(b, h, true);
  const { attrs, parts } = split(b, h, members, ['each']);
  const each = once(b, h, parts, 'each', true);
  const node = { kind: 'ForeachStmt' as const, list, ...base(h, attrs) };
  const withItem = each?.item ? { ...node, item: each.item } : node;
  return freeze({ ...withItem, body: each?.body ?? [], loc: h.loc });
};

const forLoop: Build = (b, h, members) => {
  const count = checkHeader(b, h, true);
  const { attrs, parts } = split(b, h, members, ['each']);
  const each = once(b, h, parts, 'each', true);
  const node = { kind: 'ForStmt' as const, count, ...base(h, attrs) };
  const withIndex = each?.item ? { ...node, index: each.item } : node;
  return freeze({ ...withIndex, body: each?.body ?? [], loc: h.loc });
};

const whileLoop: Build = (b, h, members) => {
  const test = checkHeader(b, h, true);
  const { attrs, parts } = split(b, h, members, ['each']);
  const each = once(b, h, parts, 'each', true);
  if (each?.item !== undefined) b.ctx.error('syntax', '`while` takes `each { … }` without `as $var`', each.loc);
  return freeze({ kind: 'WhileStmt', test, ...base(h, attrs), body: each?.body ?? [], loc: h.loc });
};

const tryCatch: Build = (b, h, members) => {
  checkHeader(b, h, false);
  const { attrs, parts } = split(b, h, members, ['try', 'catch', 'finally']);
  const t = once(b, h, parts, 'try', true);
  // corpus: Xano writes `try_catch` without `catch` (the error is swallowed)
  const c = once(b, h, parts, 'catch', false);
  const f = once(b, h, parts, 'finally', false);
  const node = { kind: 'TryCatchStmt' as const, ...base(h, attrs), try: t?.body ?? [], ...(c ? { catch: c.body ?? [] } : {}) };
  return freeze(f ? { ...node, finally: f.body ?? [], loc: h.loc } : { ...node, loc: h.loc });
};

const group: Build = (b, h, members) => {
  checkHeader(b, h, false);
  const { attrs, parts } = split(b, h, members, ['stack']);
  const stack = once(b, h, parts, 'stack', true);
  const keyword = h.name === 'group' ? 'group' : 'db.transaction';
  return freeze({ kind: 'GroupStmt', keyword, ...base(h, attrs), body: stack?.body ?? [], loc: h.loc });
};

const switchStmt: Build = (b, h, members) => {
  const subject = checkHeader(b, h, true);
  const { attrs, parts } = split(b, h, members, ['case', 'default', 'break']);
  const cases: SwitchCase[] = parts
    .filter((m) => m.kind === 'case')
    .map((m) => freeze({ kind: 'SwitchCase', value: m.test ?? freeze({ kind: 'RawExpr', source: '' }), body: m.body ?? [], loc: m.loc }));
  const def = once(b, h, parts, 'default', false);
  const node = { kind: 'SwitchStmt' as const, subject, ...base(h, attrs), cases: freeze(cases) };
  return freeze(def ? { ...node, default: def.body ?? [], loc: h.loc } : { ...node, loc: h.loc });
};

const bare = (kind: 'BreakStmt' | 'ContinueStmt'): Build => (b, h, members) => {
  checkHeader(b, h, false);
  for (const m of members) b.misplaced(h.name, m);
  return freeze(h.disabled ? { kind, disabled: true, loc: h.loc } : { kind, loc: h.loc });
};

export const BLOCK_STMTS: ReadonlyMap<string, Build> = new Map(Object.entries({
  conditional,
  foreach,
  for: forLoop,
  while: whileLoop,
  try_catch: tryCatch,
  group,
  'db.transaction': group,
  switch: switchStmt,
  break: bare('BreakStmt'),
  continue: bare('ContinueStmt'),
}));
