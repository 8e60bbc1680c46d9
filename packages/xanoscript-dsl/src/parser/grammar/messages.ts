import { EOF, type IParserErrorMessageProvider, type IToken, type TokenType } from 'chevrotain';

// Syntax error wording — STYLE habit 8 ("errors teach"): what was expected and what was found, in
// words, never raw token names. parse.ts adds where an unclosed block was opened.

/** What a rule reads, for "expected …" when several alternatives were possible. */
const RULE_WANTS: Readonly<Record<string, string>> = {
  document: 'an object such as `function "name" {`',
  decl: 'an object such as `function "name" {`',
  declName: 'the object name (a quoted string)',
  declMember: 'an attribute (`name = value`), `input`, `stack`, `schema`, `response` or `test`',
  declBody: 'an attribute, a block or `}`',
  fieldBlock: 'a field such as `text name` or `}`',
  field: 'a field such as `text name`',
  inputFilter: 'an input filter such as `trim` or `max:10`',
  stmtBlock: 'a statement or `}`',
  stmt: 'a statement',
  stmtTarget: 'a table name, a variable or a quoted name',
  block: 'an attribute (`name = value`) or `}`',
  blockMember: 'an attribute (`name = value`) or a block such as `if (…) {`',
  attr: 'an attribute (`name = value`)',
  expr: 'a value',
  binary: 'a value',
  binaryTail: 'an operator',
  unary: 'a value',
  argUnary: 'a value',
  argBinary: 'a value',
  primary: 'a value (a string, number, variable, object or array)',
  filter: 'a filter name after `|`',
  varRef: 'a variable',
  object: 'an object entry (`key: value`) or `}`',
  objectEntry: 'an object entry (`key: value`)',
  array: 'a value or `]`',
  parenExpr: 'a value in parentheses',
  parenPath: 'a value in parentheses',
};

/** Describes a token as a person would: `}`, end of line, the string "x", the name `foo`. */
export function describeToken(tok: IToken | undefined): string {
  if (tok === undefined || tok.tokenType === EOF) return 'end of file';
  const name = tok.tokenType.name;
  if (name === 'Newline') return 'end of line';
  if (name === 'StringLiteral' || name === 'TripleString') return `the string ${clip(tok.image)}`;
  if (name === 'NumberLiteral' || name === 'NegNumber') return `the number ${tok.image}`;
  if (name === 'Variable') return `the variable \`${tok.image}\``;
  if (name === 'Identifier' || name.startsWith('Kw_')) return `\`${tok.image}\``;
  return `\`${clip(tok.image)}\``;
}

const clip = (s: string): string => {
  const line = s.split('\n')[0] ?? '';
  return line.length > 30 ? line.slice(0, 27) + '…' : line;
};

/** A token type as a person reads it: its label. */
export function describeType(t: TokenType): string {
  if (t === EOF) return 'end of file';
  return t.LABEL ?? t.name;
}

function describePaths(paths: TokenType[][][] | TokenType[][], ruleName: string): string {
  const firsts = new Set<string>();
  for (const p of paths.flat() as Array<TokenType | TokenType[]>) {
    const first = Array.isArray(p) ? p[0] : p;
    if (first !== undefined) firsts.add(describeType(first));
  }
  if (firsts.size > 0 && firsts.size <= 3) return [...firsts].join(' or ');
  return RULE_WANTS[ruleName] ?? 'something else';
}

export const xsErrorMessages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual }) {
    return `expected ${describeType(expected)}, found ${describeToken(actual)}`;
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    return `expected end of file after the object's closing \`}\`, found ${describeToken(firstRedundant)}`;
  },
  buildNoViableAltMessage({ expectedPathsPerAlt, actual, ruleName }) {
    return `expected ${describePaths(expectedPathsPerAlt, ruleName)}, found ${describeToken(actual[0])}`;
  },
  buildEarlyExitMessage({ expectedIterationPaths, actual, ruleName }) {
    return `expected ${describePaths(expectedIterationPaths, ruleName)}, found ${describeToken(actual[0])}`;
  },
};
