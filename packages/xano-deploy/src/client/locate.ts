// Syntax errors point at the LOCAL file (DESIGN Conventions: Positions). A single-object write gets
// `payload.{line,col}` back (0-based per reference §2.15, a setting here); a multidoc call gets no
// position, so the failing document is mapped back to its file and re-parsed locally.
import { XanoSyntaxError, type LocalPosition } from './errors.js';
import { firstError, loadParse } from '@xac/xanoscript-dsl/layout';
import { bucketOf } from '@xac/xanoscript-dsl/ast';
import { readHeader } from '@xac/xanoscript-dsl/layout';

/** XanoScript to send, with the file it came from when there is one. */
export interface SourceDocument {
  readonly text: string;
  readonly path?: string;
}
export type Source = string | SourceDocument;

/** The base of the server's `payload.line` and `payload.col` (reference §7.5 leaves it open). */
export interface PositionBase {
  readonly line: 0 | 1;
  readonly col: 0 | 1;
}
export const DEFAULT_POSITION_BASE: PositionBase = { line: 0, col: 0 };

export function toDocument(source: Source): SourceDocument {
  return typeof source === 'string' ? { text: source } : source;
}

const pathOf = (doc: SourceDocument, index?: number): string =>
  doc.path ?? (index === undefined ? '<xanoscript>' : `<document ${index + 1}>`);

type Redact = (text: string) => string;

function withLocations(err: XanoSyntaxError, found: ReadonlyArray<LocalPosition & { message: string }>, redact: Redact): XanoSyntaxError {
  const locations = found.map((f) => ({ ...f, path: redact(f.path), message: redact(f.message) }));
  const text = locations.map((f) => `${f.path}:${f.line}:${f.column}: ${f.message}`).join('\n');
  return new XanoSyntaxError(text === '' ? err.message : text, { ...err, locations });
}

/**
 * Rewrites a single-object syntax error as `path:line:col: message` in the local file.
 * @example throw await locateSingle(err, {text, path: 'function/a.xs'}, DEFAULT_POSITION_BASE, redact);
 */
export async function locateSingle(err: XanoSyntaxError, doc: SourceDocument, base: PositionBase, redact: Redact): Promise<XanoSyntaxError> {
  const p = err.payload as { line?: unknown; col?: unknown } | null;
  if (typeof p?.line === 'number') {
    const column = typeof p.col === 'number' ? p.col - base.col + 1 : 1;
    return withLocations(err, [{ path: pathOf(doc), line: p.line - base.line + 1, column, message: err.serverMessage }], redact);
  }
  return withLocations(err, await reparse([doc], undefined, err.serverMessage), redact);
}

/** Which document failed, as the server names it (`type`, and `name` — `"<path> <VERB>"` for queries). */
export interface FailingDocument {
  readonly type?: string;
  readonly name?: string;
}

function matches(text: string, want: FailingDocument): boolean {
  const h = readHeader(text);
  if (!h) return false;
  const bucket = bucketOf(h.type);
  const typeOk = want.type === undefined || want.type === h.type || want.type === bucket;
  const display = h.type === 'query' && h.verb ? `${h.name} ${h.verb}` : h.name;
  return typeOk && (want.name === undefined || want.name === display || want.name === h.name);
}

/**
 * Finds the failing documents and their local line:col by re-parsing them with our parser.
 * With no `want`, or when no document matches it, every document is re-parsed.
 * @example const found = await reparse(docs, {type:'function', name:'a'}, 'exception: …');
 */
export async function reparse(
  docs: readonly SourceDocument[],
  want: FailingDocument | undefined,
  serverMessage: string,
): Promise<Array<LocalPosition & { message: string }>> {
  const parse = await loadParse();
  const indexed = docs.map((doc, index) => ({ doc, index }));
  const picked = want ? indexed.filter(({ doc }) => matches(doc.text, want)) : [];
  const candidates = picked.length > 0 ? picked : indexed;
  const found: Array<LocalPosition & { message: string }> = [];
  for (const { doc, index } of candidates) {
    const e = firstError(parse(doc.text, doc.path === undefined ? {} : { path: doc.path }).diagnostics);
    if (e) found.push({ path: pathOf(doc, index), line: e.loc.start.line, column: e.loc.start.column, message: e.message });
    else if (picked.length > 0) found.push({ path: pathOf(doc, index), line: 1, column: 1, message: serverMessage });
  }
  return found;
}

/** Rewrites a multidoc syntax error with the positions found by re-parsing locally. */
export async function locateMultidoc(err: XanoSyntaxError, docs: readonly SourceDocument[], redact: Redact): Promise<XanoSyntaxError> {
  const p = err.payload as { type?: unknown; name?: unknown } | null;
  const want: FailingDocument = {
    ...(typeof p?.type === 'string' ? { type: p.type } : {}),
    ...(typeof p?.name === 'string' ? { name: p.name } : {}),
  };
  const named = want.type !== undefined || want.name !== undefined;
  return withLocations(err, await reparse(docs, named ? want : undefined, err.serverMessage), redact);
}
