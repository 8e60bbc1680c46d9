import type { FieldDecl, FieldList, InputFilter } from '../ast/nodes/fields.js';
import type { Emitter } from './emitter.js';
import { printAttr } from './print-attr.js';
import { printExpr } from './print-exprs.js';
import { FIELD_ATTR_ORDER, sortAttrs } from './order.js';

// Field declarations — reference §3.1. One field per line; a metadata block always spans lines.


function printInputFilter(f: InputFilter): string {
  return (f.disabled ? '!' : '') + f.name + f.args.map((a) => ':' + printExpr(a)).join('');
}

/** The one-line head of a field: `text? name?="x" filters=trim|max:3`. */
export function fieldHead(f: FieldDecl): string {
  let out = f.type;
  if (f.array) out += `[${f.array.min === undefined && f.array.max === undefined ? '' : `${f.array.min ?? ''}:${f.array.max ?? ''}`}]`;
  if (f.nullable) out += '?';
  out += ' ' + f.name;
  if (f.optional) out += '?';
  if (f.default !== undefined) out += '=' + printExpr(f.default);
  if (f.filters.length > 0) out += ' filters=' + f.filters.map(printInputFilter).join('|');
  return out;
}

function printField(e: Emitter, f: FieldDecl): void {
  e.within(f, () => {
    const head = fieldHead(f);
    // An `object` keeps its braces even when empty: Xano's parser refuses a bare `object x`.
    if (f.attrs.length === 0 && f.schema === undefined && f.type !== 'object') {
      e.line(head);
      return;
    }
    e.block(head + ' {', () => {
      for (const a of sortAttrs(f.attrs, FIELD_ATTR_ORDER)) printAttr(e, a);
      if (f.schema !== undefined) printFieldList(e, 'schema', f.schema);
    });
  });
}

/** `input { … }` / `schema { … }`: always on separate lines, even when empty (§1.3). */
export function printFieldList(e: Emitter, keyword: string, fields: FieldList): void {
  e.block(keyword + ' {', () => {
    for (const item of fields) {
      if (item.kind === 'Comment') e.within(item, () => e.line('//' + item.text));
      else printField(e, item);
    }
  });
}
