import type { Document, ObjectDecl, RawDecl, TestBlock } from '../ast/nodes/decls.js';
import { objectKindSpec } from '../ast/schema/object-kinds.js';
import type { Emitter } from './emitter.js';
import { printAttr } from './print-attr.js';
import { printExpr, quote } from './print-exprs.js';
import { printFieldList } from './print-fields.js';
import { dedent, printStmts } from './print-stmts.js';
import { TEST_ATTR_ORDER, sortAttrs } from './order.js';

// Top-level objects — reference §1. Members print in the kind's canonical order (ast/schema).

function printTest(e: Emitter, t: TestBlock): void {
  e.within(t, () =>
    e.block(`test ${quote(t.name)} {`, () => {
      for (const a of sortAttrs(t.attrs, TEST_ATTR_ORDER)) printAttr(e, a);
      printStmts(e, t.body);
    }),
  );
}

function printMember(e: Emitter, d: ObjectDecl, member: string): void {
  switch (member) {
    case 'input':
      if (d.input !== undefined) printFieldList(e, 'input', d.input);
      return;
    case 'schema':
    case 'output':
      if (d.schema !== undefined) printFieldList(e, member, d.schema);
      return;
    case 'stack':
      if (d.stack !== undefined) e.block('stack {', () => printStmts(e, d.stack ?? []));
      return;
    case 'response':
      if (d.response !== undefined) e.line('response = ' + printExpr(d.response));
      return;
    case 'tests':
      d.tests.forEach((t) => printTest(e, t));
      return;
    default: {
      const attr = d.attrs.find((a) => a.name === member);
      if (attr !== undefined) printAttr(e, attr);
    }
  }
}

function printObject(e: Emitter, d: ObjectDecl): void {
  const spec = objectKindSpec(d.kind);
  const verb = d.kind === 'QueryDecl' ? ` verb=${d.verb}` : '';
  e.within(d, () =>
    e.block(`${spec.keyword} ${quote(d.name)}${verb} {`, () => {
      for (const member of spec.order) printMember(e, d, member);
      const known = new Set(spec.order);
      for (const a of sortAttrs(d.attrs.filter((a) => !known.has(a.name)), [])) printAttr(e, a);
    }),
  );
}

/** Prints a whole file: its leading comments, then the object. */
export function printDocument(e: Emitter, doc: Document): void {
  for (const c of doc.comments) e.within(c, () => e.line('//' + c.text));
  printDecl(e, doc.object);
}

/** Prints one object (or a raw escape-hatch object verbatim). */
export function printDecl(e: Emitter, d: ObjectDecl | RawDecl): void {
  if (d.kind === 'RawDecl') e.within(d, () => e.line(dedent(d.source)));
  else printObject(e, d);
}
