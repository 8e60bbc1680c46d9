// String literal decoding — reference/xanoscript.md §2.4. Known escapes are resolved; any other
// backslash sequence is kept as written (the printer writes it back the same way).

const ESCAPES: Readonly<Record<string, string>> = { '"': '"', "'": "'", '\\': '\\', n: '\n', t: '\t', r: '\r' };

/** The value of a `"…"` or `'…'` literal. */
export function decodeString(image: string): string {
  const body = image.slice(1, -1);
  if (!body.includes('\\')) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== '\\' || i + 1 >= body.length) {
      out += ch;
      continue;
    }
    const next = body[i + 1]!;
    const known = ESCAPES[next];
    out += known ?? '\\' + next;
    i++;
  }
  return out;
}

/**
 * The value of a `"""…"""` literal: the text between the line after the opening quotes and the
 * line of the closing quotes, kept verbatim.
 */
export function decodeTripleString(image: string): string {
  let body = image.slice(3, -3);
  body = body.replace(/^\r?\n/, '');
  return body.replace(/\r?\n[ \t]*$/, '');
}

/** The content of a backtick expression and where it starts in the token (1 or 3 characters in). */
export function backtickContent(image: string): { content: string; skip: number } {
  const fenced = image.startsWith('```') && image.length >= 6;
  const skip = fenced ? 3 : 1;
  const content = image.slice(skip, image.length - skip);
  // corpus: a backtick inside a backtick expression is escaped, `(\`$a|keys\`|first)`
  return { content: fenced ? content : content.replace(/\\`/g, '`'), skip };
}
