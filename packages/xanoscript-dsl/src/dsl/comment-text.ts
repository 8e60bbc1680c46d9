// The text of a `//` comment as DSL strings give it: `'Loads the user'` is `// Loads the user`, `''` is
// a bare `//`, and a string that starts with `//` is the comment exactly as written (`'//'` plus what
// follows: `'// '` keeps a trailing space, `'//x'` has none before its text). Import writes the
// first two forms where they are exact and the third otherwise.

/**
 * The Comment node text (what follows `//`) of a DSL comment string.
 * @example commentText('Loads the user') // ' Loads the user'
 */
export function commentText(text: string, bare = ''): string {
  if (text.startsWith('//')) return text.slice(2);
  return text === '' ? bare : ' ' + text;
}

/** The DSL comment string for a Comment node's text: the inverse of commentText. */
export function commentSource(text: string, bare = ''): string {
  if (text === bare) return '';
  if (text.startsWith(' ') && !text.startsWith(' //') && text !== ' ') return text.slice(1);
  return '//' + text;
}
