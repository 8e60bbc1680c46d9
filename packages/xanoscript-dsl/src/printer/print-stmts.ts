import type { Attribute } from '../ast/nodes/misc.js';
import type { AttrStmt, AttrStmtBase, GenericStmt, Stmt } from '../ast/nodes/stmts.js';
import { canonicalAttrOrder, stmtSpecOfKeyword, stmtSpecOfKind } from '../ast/schema/statements.js';
import type { Emitter } from './emitter.js';
import { printAttr } from './print-attr.js';
import { printExpr } from './print-exprs.js';
import { BLOCK_ATTR_ORDER, sortAttrs } from './order.js';

// Statements — reference §4. Every statement starts on its own line; attribute blocks span lines.

type Printer<S extends Stmt> = (e: Emitter, s: S) => void;
type Table = { [K in Stmt['kind']]: Printer<Extract<Stmt, { kind: K }>> };

/** The dotted keyword of an attribute statement. */
export function stmtKeyword(s: AttrStmt): string {
  return s.kind === 'GenericStmt' ? s.name : stmtSpecOfKind(s.kind).keyword;
}

function attrOrder(s: AttrStmt): readonly string[] {
  return canonicalAttrOrder(s.kind === 'GenericStmt' ? stmtSpecOfKeyword(s.name) : stmtSpecOfKind(s.kind));
}

function header(s: AttrStmtBase<string> & { verb?: string }, keyword: string): string {
  let out = (s.disabled ? '!' : '') + keyword;
  if (s.target !== undefined) out += ' ' + printExpr(s.target);
  if (s.arg !== undefined) out += ` (${printExpr(s.arg)})`;
  if (s.condition !== undefined) out += ` if (${printExpr(s.condition)})`;
  if (s.verb !== undefined) out += ` verb=${s.verb}`;
  return out;
}

function printAttrStmt(e: Emitter, s: AttrStmt): void {
  const head = header(s, stmtKeyword(s));
  const tail = s.as !== undefined ? ' as ' + printExpr(s.as) : '';
  const stack = s.kind === 'GenericStmt' ? s.stack : undefined;
  if (s.attrs.length === 0 && stack === undefined) {
    e.line(head + tail);
    return;
  }
  e.block(head + ' {', () => {
    printAttrs(e, s.attrs, attrOrder(s));
    if (stack !== undefined) body(e, 'stack {', stack);
  }, '}' + tail);
}

function printAttrs(e: Emitter, attrs: readonly Attribute[], order: readonly string[]): void {
  for (const a of sortAttrs(attrs, order)) printAttr(e, a);
}

const BLOCK_ATTRS = BLOCK_ATTR_ORDER;
const bang = (s: { disabled?: boolean }) => (s.disabled ? '!' : '');

/** Prints a list of statements at the current indentation. */
export function printStmts(e: Emitter, stmts: readonly Stmt[]): void {
  for (const s of stmts) printStmt(e, s);
}

function body(e: Emitter, open: string, stmts: readonly Stmt[], close = '}'): void {
  e.block(open, () => printStmts(e, stmts), close);
}

const printers: Table = {
  VarStmt: printAttrStmt,
  VarUpdateStmt: printAttrStmt,
  PreconditionStmt: printAttrStmt,
  ThrowStmt: printAttrStmt,
  ReturnStmt: printAttrStmt,
  DebugLogStmt: printAttrStmt,
  FunctionRunStmt: printAttrStmt,
  DbGetStmt: printAttrStmt,
  DbHasStmt: printAttrStmt,
  DbQueryStmt: printAttrStmt,
  DbAddStmt: printAttrStmt,
  DbEditStmt: printAttrStmt,
  DbPatchStmt: printAttrStmt,
  DbAddOrEditStmt: printAttrStmt,
  DbDelStmt: printAttrStmt,
  ApiRequestStmt: printAttrStmt,
  UtilSleepStmt: printAttrStmt,
  GenericStmt: (e, s: GenericStmt) => printAttrStmt(e, s),
  BreakStmt: (e, s) => e.line(bang(s) + 'break'),
  ContinueStmt: (e, s) => e.line(bang(s) + 'continue'),
  Comment: (e, s) => e.line('//' + s.text),
  RawStmt: (e, s) => e.line(dedent(s.source)),
  ConditionalStmt: (e, s) =>
    e.block(bang(s) + 'conditional {', () => {
      printAttrs(e, s.attrs, BLOCK_ATTRS);
      s.branches.forEach((b, i) =>
        e.within(b, () => body(e, `${i === 0 ? 'if' : 'elseif'} (${printExpr(b.test)}) {`, b.body)),
      );
      if (s.else !== undefined) body(e, 'else {', s.else);
    }),
  ForeachStmt: (e, s) =>
    e.block(`${bang(s)}foreach (${printExpr(s.list)}) {`, () => {
      printAttrs(e, s.attrs, BLOCK_ATTRS);
      body(e, s.item ? `each as ${printExpr(s.item)} {` : 'each {', s.body);
    }),
  ForStmt: (e, s) =>
    e.block(`${bang(s)}for (${printExpr(s.count)}) {`, () => {
      printAttrs(e, s.attrs, BLOCK_ATTRS);
      body(e, s.index ? `each as ${printExpr(s.index)} {` : 'each {', s.body);
    }),
  WhileStmt: (e, s) =>
    e.block(`${bang(s)}while (${printExpr(s.test)}) {`, () => {
      printAttrs(e, s.attrs, BLOCK_ATTRS);
      body(e, 'each {', s.body);
    }),
  TryCatchStmt: (e, s) =>
    e.block(bang(s) + 'try_catch {', () => {
      printAttrs(e, s.attrs, BLOCK_ATTRS);
      body(e, 'try {', s.try);
      if (s.catch !== undefined) body(e, 'catch {', s.catch);
      if (s.finally !== undefined) body(e, 'finally {', s.finally);
    }),
  GroupStmt: (e, s) =>
    e.block(`${bang(s)}${s.keyword} {`, () => {
      printAttrs(e, s.attrs, BLOCK_ATTRS);
      body(e, 'stack {', s.body);
    }),
  SwitchStmt: (e, s) =>
    e.block(`${bang(s)}switch (${printExpr(s.subject)}) {`, () => {
      printAttrs(e, s.attrs, BLOCK_ATTRS);
      for (const c of s.cases) e.within(c, () => body(e, `case (${printExpr(c.value)}) {`, c.body, '} break'));
      if (s.default !== undefined) body(e, 'default {', s.default);
    }),
};

/** Prints one statement, attributing its lines to it for the source map. */
export function printStmt(e: Emitter, s: Stmt): void {
  const print = printers[s.kind] as Printer<Stmt>;
  e.within(s, () => print(e, s));
}

/** Removes the common leading indentation of raw text so it can be re-indented. */
export function dedent(text: string): string {
  const lines = text.replace(/\s+$/, '').split('\n');
  while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
  const widths = lines.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length);
  const cut = widths.length === 0 ? 0 : Math.min(...widths);
  return lines.map((l) => l.slice(cut)).join('\n');
}
