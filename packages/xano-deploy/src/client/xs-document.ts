// Reading just enough of a XanoScript document to know what it is: the header (type, name, verb), the
// `api_group` it belongs to and its `guid` — the same reading the official CLI's parseDocument does
// (reference/meta-api.md §6 implementation notes). Full parsing is the parser's job.

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

const HEADER_RE = /^\s*([A-Za-z_][\w.]*)\s+("(?:[^"\\]|\\.)*"|\S+)(.*)$/;
const VERB_RE = /\bverb\s*=\s*"?([A-Za-z]+)"?/;
const API_GROUP_RE = /^[ \t]*api_group\s*=\s*"((?:[^"\\\n]|\\.)*)"/m;
const GUID_LINE_RE = /^[ \t]*guid\s*=\s*"([^"\n]*)"[ \t]*\n?/gm;

/** A bare name is a run of non-spaces (`users/{id}`); a `{` glued to it opens the body. */
function unquote(token: string): string {
  if (!token.startsWith('"')) {
    const opens = token.split('{').length - 1;
    const closes = token.split('}').length - 1;
    return opens > closes && token.endsWith('{') ? token.slice(0, -1) : token;
  }
  return token.slice(1, -1).replace(/\\(.)/g, '$1');
}

/**
 * Reads the header of one XanoScript document, skipping blank and `//` lines.
 * @example readHeader('query "users/{id}" verb=GET {\n  api_group = "Users"\n}') // {type:'query', name:'users/{id}', verb:'GET', apiGroup:'Users'}
 */
export function readHeader(text: string): DocumentHeader | undefined {
  const lines = text.split('\n');
  const first = lines.find((l) => l.trim() !== '' && !l.trim().startsWith('//'));
  const m = first === undefined ? null : HEADER_RE.exec(first);
  if (!m) return undefined;
  const [, type = '', nameToken = '', rest = ''] = m;
  const verb = VERB_RE.exec(rest)?.[1]?.toUpperCase();
  const apiGroup = API_GROUP_RE.exec(text)?.[1]?.replace(/\\(.)/g, '$1');
  const guid = readGuid(text);
  return {
    type,
    name: unquote(nameToken),
    ...(verb === undefined ? {} : { verb }),
    ...(apiGroup === undefined ? {} : { apiGroup }),
    ...(guid === undefined ? {} : { guid }),
  };
}

/** The document's `guid = "…"`, if it carries one. */
export function readGuid(text: string): string | undefined {
  GUID_LINE_RE.lastIndex = 0;
  const m = GUID_LINE_RE.exec(text);
  GUID_LINE_RE.lastIndex = 0;
  return m?.[1];
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

/** The document without any `guid = "…"` line, normalized (comparisons strip guids: DESIGN Identity). */
export function stripGuid(text: string): string {
  return normalizeText(text.replace(GUID_LINE_RE, ''));
}

/**
 * Puts `guid = "…"` just before the final `}`, replacing any guid already there.
 * @example injectGuid('function "f" {\n}\n', 'abc') // 'function "f" {\n  guid = "abc"\n}\n'
 */
export function injectGuid(text: string, guid: string): string {
  const body = stripGuid(text).replace(/\n$/, '');
  const close = body.lastIndexOf('}');
  if (close < 0) return `${body}\n`;
  const before = body.slice(0, close).replace(/[ \t]*$/, '');
  const sep = before.endsWith('\n') ? '' : '\n';
  return `${before}${sep}  guid = ${JSON.stringify(guid)}\n${body.slice(close)}\n`;
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
 * The identity key of a document: kind + name (+ verb and api_group for endpoints).
 * @example identityKey({type:'query', name:'users', verb:'GET', apiGroup:'Admin'}) // 'query:users:GET:Admin'
 */
export function identityKey(h: Pick<DocumentHeader, 'type' | 'name' | 'verb' | 'apiGroup'>): string {
  const parts = [h.type, h.name];
  if (h.type === 'query') parts.push(h.verb ?? '', h.apiGroup ?? '');
  return parts.join(':');
}
