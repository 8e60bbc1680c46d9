import { createToken, Lexer, type CustomPatternMatcherFunc, type IToken, type TokenType } from 'chevrotain';

// Token vocabulary — reference/xanoscript.md §2. Every token has a human `label` (used in messages).
// Keywords are soft: they sit in the `Word` category (anything usable as an attribute name, object
// key, filter name or property) and use `longer_alt` so `index_map` stays one identifier (§2.2).

/** Any identifier-like word, keyword or not (abstract category). */
export const Word = createToken({ name: 'Word', pattern: Lexer.NA, label: 'a name' });
/** Binary operators (abstract category); precedence comes from the image (grammar/precedence.ts). */
export const BinOp = createToken({ name: 'BinOp', pattern: Lexer.NA, label: 'an operator' });

export const Identifier = createToken({
  name: 'Identifier',
  pattern: /[a-zA-Z_]\w*/,
  categories: [Word],
  label: 'a name',
});

/** A list separator inside `{…}` and `[…]`: a newline or a comma (§2.6). */
export const ListSep = createToken({ name: 'ListSep', pattern: Lexer.NA, label: 'a newline or `,`' });
/** `try`, `catch`, `finally`, `default`, `else`: a keyword followed by a statement body (§4.2). */
export const BodyKw = createToken({ name: 'BodyKw', pattern: Lexer.NA, label: 'a block keyword' });
/**
 * Keywords that may also stand as a bare statement target (`db.query test`, `api.call schedule`):
 * every keyword except those the rest of a statement line can start with (`as`, `if`, `verb`).
 */
export const NameKw = createToken({ name: 'NameKw', pattern: Lexer.NA, label: 'a name' });

const keywordTokens: TokenType[] = [];
function keyword(word: string, extra: TokenType[] = []): TokenType {
  const tok = createToken({
    name: `Kw_${word}`,
    pattern: new RegExp(word),
    categories: [Word, ...extra],
    longer_alt: Identifier,
    label: `\`${word}\``,
  });
  keywordTokens.push(tok);
  return tok;
}

// Structural keywords (§1.1, §4.2).
export const As = keyword('as');
export const If = keyword('if');
export const Elseif = keyword('elseif', [NameKw]);
export const Else = keyword('else', [BodyKw, NameKw]);
export const Each = keyword('each', [NameKw]);
export const Verb = keyword('verb');
export const Filters = keyword('filters', [NameKw]);
export const Input = keyword('input', [NameKw]);
export const Stack = keyword('stack', [NameKw]);
export const Schema = keyword('schema', [NameKw]);
export const Output = keyword('output', [NameKw]);
export const Test = keyword('test', [NameKw]);
export const Schedule = keyword('schedule', [NameKw]);
export const Try = keyword('try', [BodyKw, NameKw]);
export const Catch = keyword('catch', [BodyKw, NameKw]);
export const Finally = keyword('finally', [BodyKw, NameKw]);
export const Case = keyword('case', [NameKw]);
export const Default = keyword('default', [BodyKw, NameKw]);
export const Break = keyword('break', [NameKw]);

// Word operators (§2.8): tokens wherever they appear, still usable as keys and filter names.
const twoWord = (a: string, b: string, categories: TokenType[] = [BinOp]): TokenType => {
  const tok = createToken({
    name: `Op_not_${b}`,
    // `not in?` too: the ignore-if-null form (corpus)
    pattern: new RegExp(`${a}[ \\t]+${b}${b === 'between' ? '' : '\\??'}(?![\\w?])`),
    categories,
    start_chars_hint: [a[0]!],
    label: `\`${a} ${b}\``,
  });
  keywordTokens.unshift(tok);
  return tok;
};
export const NotBetween = twoWord('not', 'between', []);
for (const w of ['in', 'contains', 'includes', 'like', 'ilike', 'overlaps']) twoWord('not', w);
/** Word operators with the db-only ignore-if-null `?` suffix (`includes?`, `ilike?`, §2.8). */
export const WordOpQ = createToken({
  name: 'Op_wordQ',
  pattern: /(?:includes|contains|overlaps|ilike|like|in)\?/,
  start_chars_hint: ['i', 'c', 'o', 'l'],
  categories: [BinOp],
  label: 'an operator',
});
export const Between = keyword('between');
for (const w of ['in', 'contains', 'includes', 'like', 'ilike', 'overlaps']) keyword(w, [BinOp]);

// Literals that are not words (§2.2: `true`, `false`, `null`, `now` cannot be bare keys).
const literalWord = (word: string): TokenType =>
  createToken({ name: `Lit_${word}`, pattern: new RegExp(word), longer_alt: Identifier, label: `\`${word}\`` });
export const True = literalWord('true');
export const False = literalWord('false');
export const Null = literalWord('null');
export const Now = literalWord('now');

export const Newline = createToken({
  name: 'Newline',
  pattern: /\r?\n/,
  line_breaks: true,
  categories: [ListSep],
  label: 'end of line',
});
/**
 * A line break before `|filter` or `)` continues the expression (§2.1), so it is skipped: the one
 * place an expression may span lines.
 */
export const Continuation = createToken({
  name: 'Continuation',
  pattern: /(?:\r?\n[ \t]*)+(?=\|(?!\|)|\))/,
  line_breaks: true,
  group: Lexer.SKIPPED,
});
export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\uFEFF]+/, group: Lexer.SKIPPED });
/** `// …` comments go to their own group; to-ast places them by position (§2.1). */
export const Comment = createToken({ name: 'Comment', pattern: /\/\/[^\r\n]*/, group: 'comments', label: 'a comment' });

export const TripleString = createToken({
  name: 'TripleString',
  pattern: /"""[\s\S]*?"""|'''[\s\S]*?'''/,
  line_breaks: true,
  label: 'a string',
});
export const StringLiteral = createToken({
  name: 'StringLiteral',
  pattern: /"(?:[^"\\\r\n]|\\.)*"|'(?:[^'\\\r\n]|\\.)*'/,
  label: 'a string',
});
export const Backtick = createToken({
  name: 'Backtick',
  pattern: /```[\s\S]*?```|`(?:[^`\\\r\n]|\\[^\r\n])*`/,
  line_breaks: true,
  label: 'a backtick expression',
});
export const Timestamp = createToken({
  name: 'Timestamp',
  pattern: /\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[+-]\d{4}|Z)?/,
  label: 'a timestamp',
});
/** A number with its minus glued on (§2.4); `$x -1` is still accepted as a subtraction. */
export const NegNumber = createToken({ name: 'NegNumber', pattern: /-\d+(?:\.\d+)?/, label: 'a number' });
export const NumberLiteral = createToken({ name: 'NumberLiteral', pattern: /\d+(?:\.\d+)?/, label: 'a number' });
export const Variable = createToken({
  name: 'Variable',
  // `$_name` too (corpus: `as $_` for a discarded result)
  pattern: /\$\$|\$[a-zA-Z_]\w*/,
  label: 'a variable',
});

/**
 * `/pattern/` only as an input-filter argument (`filters=pattern:/^\d+$/`, §2.4, §7 item 10): a
 * custom matcher that looks back for `filters =` on the same line, so `$x / 2 / 3` stays division.
 */
const matchRegex: CustomPatternMatcherFunc = (text, offset, tokens) => {
  const prev = tokens[tokens.length - 1];
  if (prev === undefined || prev.tokenType !== Colon) return null;
  if (!inFilterDeclaration(tokens)) return null;
  const m = /\/(?:[^/\\\r\n]|\\.)+\//y;
  m.lastIndex = offset;
  return m.exec(text);
};
function inFilterDeclaration(tokens: readonly IToken[]): boolean {
  for (let i = tokens.length - 1, n = 0; i > 0 && n < 64; i--, n++) {
    const t = tokens[i]!.tokenType;
    if (t === Newline) return false;
    if (t === Equals && tokens[i - 1]!.tokenType === Filters) return true;
  }
  return false;
}
export const Regex = createToken({
  name: 'Regex',
  pattern: { exec: matchRegex },
  line_breaks: false,
  start_chars_hint: ['/'],
  label: 'a regular expression',
});

/**
 * `---` alone on its line: the separator between the objects of a multidoc file (the Meta API's
 * multidoc format, and Xano's marketplace files). Only at the start of a line, so `$a---1` stays math.
 */
const matchDocSeparator: CustomPatternMatcherFunc = (text, offset) => {
  if (offset > 0 && text.charCodeAt(offset - 1) !== 10) return null;
  const m = /---[ \t]*(?=\r?\n|$)/y;
  m.lastIndex = offset;
  return m.exec(text);
};
export const DocSeparator = createToken({
  name: 'DocSeparator',
  pattern: { exec: matchDocSeparator },
  line_breaks: false,
  start_chars_hint: ['-'],
  label: '`---`',
});

/**
 * A whole top-level object of a kind the catalogue does not know (`market_item`, `run.service`):
 * never produced by the lexer; parse.ts folds such an object's tokens into one, so its body, whatever
 * it holds, is kept verbatim instead of being read by the grammar.
 */
export const RawObject = createToken({ name: 'RawObject', pattern: Lexer.NA, label: 'an object' });

/** `!int "42"`: a cast, only when a string follows (§2.4), so `!array.push` stays a disabled statement. */
export const Cast = createToken({
  name: 'Cast',
  pattern: /!(?:int|bool|text|decimal|object|array|timestamp|expr|json)(?=[ \t]*["'])/,
  start_chars_hint: ['!'],
  label: 'a cast',
});

const punct = (name: string, pattern: RegExp, label: string, categories: TokenType[] = []): TokenType =>
  createToken({ name, pattern, label: `\`${label}\``, categories });

export const LCurly = punct('LCurly', /\{/, '{');
export const RCurly = punct('RCurly', /\}/, '}');
export const LParen = punct('LParen', /\(/, '(');
export const RParen = punct('RParen', /\)/, ')');
export const LBracket = punct('LBracket', /\[/, '[');
export const RBracket = punct('RBracket', /\]/, ']');
export const Comma = punct('Comma', /,/, ',', [ListSep]);
export const DotDot = punct('DotDot', /\.\./, '..');
export const Dot = punct('Dot', /\./, '.');
export const Colon = punct('Colon', /:/, ':');
export const QQ = punct('QQ', /\?\?/, '??', [BinOp]);
export const OrOr = punct('OrOr', /\|\|/, '||', [BinOp]);
export const Pipe = punct('Pipe', /\|/, '|');
export const AndAnd = punct('AndAnd', /&&/, '&&', [BinOp]);
/** Comparison and db operators, longest first; `?`-suffixed forms are db-only (§2.8). */
const cmpTokens = ['===', '!==', '==?', '!=?', '>=?', '<=?', '==', '!=', '>=', '<=', '>?', '<?', '!~', '@>'].map((op, i) =>
  punct(`Cmp${i}`, new RegExp(op.replace(/[?|]/g, '\\$&')), op, [BinOp]),
);
export const Gt = punct('Gt', />/, '>', [BinOp]);
export const Lt = punct('Lt', /</, '<', [BinOp]);
export const Equals = punct('Equals', /=/, '=', [BinOp]);
export const Bang = punct('Bang', /!/, '!');
export const Question = punct('Question', /\?/, '?');
export const Plus = punct('Plus', /\+/, '+', [BinOp]);
export const Minus = punct('Minus', /-/, '-', [BinOp]);
export const Star = punct('Star', /\*/, '*', [BinOp]);
export const Slash = punct('Slash', /\//, '/', [BinOp]);
export const Percent = punct('Percent', /%/, '%', [BinOp]);
export const Tilde = punct('Tilde', /~/, '~', [BinOp]);

/** All tokens in lexing priority order (longest and most specific first). */
export const ALL_TOKENS: TokenType[] = [
  Word,
  BinOp,
  ListSep,
  BodyKw,
  NameKw,
  Cast,
  WhiteSpace,
  Continuation,
  Newline,
  Comment,
  DocSeparator,
  RawObject,
  TripleString,
  StringLiteral,
  Backtick,
  Timestamp,
  NegNumber,
  NumberLiteral,
  Variable,
  Regex,
  ...keywordTokens.filter((t) => t.name.startsWith('Op_not_')),
  WordOpQ,
  // Longest first, so `elseif` is not read as `else` + an identifier tail.
  ...keywordTokens
    .filter((t) => !t.name.startsWith('Op_not_'))
    .sort((a, b) => String(b.PATTERN).length - String(a.PATTERN).length),
  True,
  False,
  Null,
  Now,
  Identifier,
  LCurly,
  RCurly,
  LParen,
  RParen,
  LBracket,
  RBracket,
  Comma,
  DotDot,
  Dot,
  Colon,
  QQ,
  OrOr,
  Pipe,
  AndAnd,
  ...cmpTokens,
  Gt,
  Lt,
  Equals,
  Bang,
  Question,
  Plus,
  Minus,
  Star,
  Slash,
  Percent,
  Tilde,
];
