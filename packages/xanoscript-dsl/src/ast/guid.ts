// The remote `guid` of an object as an AST transform (DESIGN Conventions: identity): comparisons and
// committed files strip it, apply puts the remote's back before it pushes. Never a text edit.
import { attr, node, str } from './build.js';
import type { Document, ObjectDecl } from './nodes/decls.js';

const strip = (d: ObjectDecl): ObjectDecl => node({ ...d, attrs: Object.freeze(d.attrs.filter((a) => a.name !== 'guid')) } as ObjectDecl);

/**
 * The document without any `guid = "…"` attribute (a raw object is returned as it is).
 * @example print(withoutGuid(parse('function "f" {\n  guid = "abc"\n}').ast!)) // 'function "f" {\n}\n'
 */
export function withoutGuid(doc: Document): Document {
  if (doc.object.kind === 'RawDecl' || !doc.object.attrs.some((a) => a.name === 'guid')) return doc;
  return node({ ...doc, object: strip(doc.object) });
}

/**
 * The document carrying `guid` as its last attribute, replacing any guid it had.
 * @example print(withGuid(parse('function "f" {\n}').ast!, 'abc')) // 'function "f" {\n  guid = "abc"\n}\n'
 */
export function withGuid(doc: Document, guid: string): Document {
  if (doc.object.kind === 'RawDecl') return doc;
  const bare = strip(doc.object);
  return node({ ...doc, object: node({ ...bare, attrs: Object.freeze([...bare.attrs, attr('guid', str(guid))]) } as ObjectDecl) });
}
