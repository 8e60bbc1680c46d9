// Splitting a multidoc into its documents and reading each one's identity with the parser (never a
// header regex): the same split the official CLI's pull makes (`\n---\n`, each part trimmed, empty
// parts dropped; xano-inc/cli src/commands/workspace/pull/index.ts).
import type { Document } from '../ast/nodes/decls.js';
import { refOf, type LayoutRef } from '../ast/schema/identity.js';
import { lex } from '../parser/lexer.js';
import { parse } from '../parser/parse.js';
import { decodeString } from '../parser/to-ast/strings.js';
import type { Diagnostic } from '../parser/index.js';

/** The separator between the documents of a multidoc (reference/meta-api.md §2.12). */
export const DOCUMENT_SEPARATOR = '\n---\n';

/**
 * The documents of a multidoc, trimmed, without empty ones; CRLF is read as LF.
 * @example splitDocuments('table "a" {\n}\n---\nfunction "f" {\n}\n') // ['table "a" {\n}', 'function "f" {\n}']
 */
export function splitDocuments(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(DOCUMENT_SEPARATOR)
    .map((d) => d.trim())
    .filter((d) => d !== '');
}

/** One document read: its text, AST, identity reference and parser errors. */
export interface ReadDocument {
  readonly text: string;
  readonly doc: Document | undefined;
  /** Undefined when the header cannot be read; a kind the catalogue does not know keeps its keyword. */
  readonly ref: LayoutRef | undefined;
  readonly errors: readonly Diagnostic[];
}

/**
 * Parses one document and reads its reference from the AST.
 * @example readDocument('function "f" {\n  input {\n  }\n  stack {\n  }\n  response = 1\n}').ref // {kind: 'function', name: 'f'}
 */
export function readDocument(text: string, path?: string): ReadDocument {
  const parsed = parse(text, path === undefined ? {} : { path });
  const doc = parsed.ast;
  const ref = doc === undefined ? undefined : doc.object.kind === 'RawDecl' ? rawHeader(doc.object.source) : refOf(doc);
  return { text, doc, ref, errors: parsed.diagnostics.filter((d) => d.severity === 'error') };
}

/**
 * The keyword and name of an object whose kind the catalogue does not know (`error_trigger "x" {`), read
 * with the parser's own lexer: its first two tokens.
 */
function rawHeader(source: string): LayoutRef | undefined {
  const [kw, name] = lex(source).tokens;
  if (kw === undefined || name === undefined || !/^[A-Za-z_]\w*$/.test(kw.image)) return undefined;
  const text = name.tokenType.name === 'StringLiteral' ? decodeString(name.image) : name.image;
  return { kind: kw.image, name: text };
}
