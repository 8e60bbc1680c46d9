// What a XanoScript document declares itself to be (type, name, verb, api_group, guid), and its guid
// put back or taken out. All of it is read from and done on the parser's AST (the identity module,
// ast/schema/identity.ts, and the guid transforms, ast/guid.ts); never a regular expression.
import { guidOf, identityOf, refOf, withGuid, withoutGuid, type Document, type ObjectDecl } from '../ast/index.js';
import { parse } from '../parser/index.js';
import { print } from '../printer/index.js';

/** What a document declares itself to be. */
export interface DocumentHeader {
  /** The leading keyword: `function`, `query`, `api_group`, `table`, `task`, … */
  readonly type: string;
  readonly name: string;
  readonly verb?: string;
  /** A query's `api_group = "…"`. */
  readonly apiGroup?: string;
  readonly guid?: string;
}

interface Parsed {
  readonly doc: Document | undefined;
  /** No error that leaves text outside the AST: printing it gives the document back. */
  readonly printable: boolean;
}

/** Errors after which the AST no longer holds the whole text (a missing part is not one of them). */
const UNPRINTABLE = new Set(['syntax', 'internal', 'duplicate-attribute', 'duplicate-key', 'unknown-object-kind', 'too-deep']);

/** The last texts parsed: a document is often read for its header, then stripped, then checked. */
const cache = new Map<string, Parsed>();
const CACHE_SIZE = 2048;

function parsed(text: string): Parsed {
  const hit = cache.get(text);
  if (hit) return hit;
  const r = parse(text);
  // A multidoc text is never reprinted from its first document: that would drop the others.
  const out = { doc: r.ast, printable: r.documents.length <= 1 && !r.diagnostics.some((d) => d.severity === 'error' && UNPRINTABLE.has(d.code)) };
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(text, out);
  return out;
}

/**
 * Reads the header of one XanoScript document through the parser.
 * @example readHeader('query "users/{id}" verb=GET {\n  api_group = "Users"\n}') // {type:'query', name:'users/{id}', verb:'GET', apiGroup:'Users'}
 */
export function readHeader(text: string): DocumentHeader | undefined {
  const doc = parsed(text).doc;
  const ref = doc === undefined ? undefined : refOf(doc);
  if (doc === undefined || ref === undefined) return undefined;
  const guid = guidOf(doc.object as ObjectDecl);
  return {
    type: ref.kind,
    name: ref.name,
    ...(ref.verb === undefined ? {} : { verb: ref.verb.toUpperCase() }),
    ...(ref.apiGroup === undefined ? {} : { apiGroup: ref.apiGroup }),
    ...(guid === undefined ? {} : { guid }),
  };
}

/** The object's `description = "…"`, read from the AST. */
export function readDescription(text: string): string | undefined {
  const o = parsed(text).doc?.object;
  const d = o === undefined || o.kind === 'RawDecl' ? undefined : o.attrs.find((a) => a.name === 'description')?.value;
  return d?.kind === 'StringLit' ? d.value : undefined;
}

/** The document's `guid = "…"`, if it carries one. */
export function readGuid(text: string): string | undefined {
  return readHeader(text)?.guid;
}

/** LF line endings, no BOM, no trailing spaces, exactly one trailing newline. */
export function normalizeText(text: string): string {
  const lf = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const trimmed = lf
    .split('\n')
    .map((l) => l.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\s+$/, '');
  return `${trimmed}\n`;
}

/**
 * The document without its guid, normalized (comparisons strip guids: DESIGN Identity): the AST with
 * the guid attribute removed, printed. A document with a syntax error cannot be printed faithfully;
 * it is only normalized (and the gate and the emulator refuse it anyway).
 */
export function stripGuid(text: string): string {
  const p = parsed(text);
  if (p.doc === undefined || !p.printable) return normalizeText(text);
  return print(withoutGuid(p.doc));
}

/**
 * The document carrying `guid` as its last attribute, replacing any guid already there (AST transform).
 * @example injectGuid('function "f" {\n}\n', 'abc') // 'function "f" {\n  guid = "abc"\n}\n'
 */
export function injectGuid(text: string, guid: string): string {
  const p = parsed(text);
  if (p.doc === undefined || !p.printable) return normalizeText(text);
  return print(withGuid(p.doc, guid));
}

/** True when two documents are the same program once guids and whitespace noise are ignored. */
export function sameDocument(a: string, b: string): boolean {
  return stripGuid(a) === stripGuid(b);
}

/** The separator between documents of a multidoc (reference §2.12). */
export const MULTIDOC_SEPARATOR = '\n---\n';

/** Splits a multidoc into its non-empty, trimmed documents. */
export function splitMultidoc(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(MULTIDOC_SEPARATOR)
    .map((d) => d.trim())
    .filter((d) => d !== '');
}

/** Joins documents the way the official CLI does: trimmed, separated by `\n---\n`. */
export function joinMultidoc(docs: readonly string[]): string {
  return docs
    .map((d) => d.trim())
    .filter((d) => d !== '')
    .join(MULTIDOC_SEPARATOR);
}

/**
 * The identity key of a document: kind + name (+ verb and api_group for endpoints), ast/schema/identity.ts.
 * @example identityKey({type:'query', name:'users', verb:'GET', apiGroup:'Admin'}) // 'query:users:GET:Admin'
 */
export function identityKey(h: Pick<DocumentHeader, 'type' | 'name' | 'verb' | 'apiGroup'>): string {
  return identityOf({ kind: h.type as never, name: h.name, ...(h.verb === undefined ? {} : { verb: h.verb }), ...(h.apiGroup === undefined ? {} : { apiGroup: h.apiGroup }) });
}
