import type { Document, ObjectDecl, RawDecl } from '../ast/nodes/decls.js';
import type { Node } from '../ast/node.js';
import { Emitter } from './emitter.js';
import { printDecl, printDocument } from './print-decls.js';

export interface PrintResult {
  /** The canonical text, LF line endings, ending with one newline. */
  readonly text: string;
  /** For each output line (index 0 = line 1), the innermost node that produced it. */
  readonly owners: readonly (Node | undefined)[];
}

/**
 * Prints a document or object as canonical XanoScript, with the node behind each line (the innermost
 * node for which `track` is true).
 * @example const { text, owners } = printWithOwners(doc);
 */
export function printWithOwners(
  root: Printable,
  track?: (node: Node) => boolean,
): PrintResult {
  const e = new Emitter(track);
  if (isDocumentList(root)) {
    root.forEach((doc, i) => {
      if (i > 0) e.line('---');
      printDocument(e, doc);
    });
  } else if (root.kind === 'Document') printDocument(e, root);
  else printDecl(e, root);
  return { text: e.text(), owners: e.owners };
}

/** What the printer takes: a whole file (its documents, `---` between them), one document or one object. */
export type Printable = Document | ObjectDecl | RawDecl | readonly Document[];

function isDocumentList(root: Printable): root is readonly Document[] {
  return Array.isArray(root);
}

/**
 * Prints a file (its documents), a document or an object as canonical XanoScript (reference §9).
 * @example print(parse(source).documents) // the formatted file, every object of it
 */
export function print(root: Printable): string {
  return printWithOwners(root).text;
}
