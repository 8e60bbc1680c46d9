import { Lexer, type ILexingError, type IToken } from 'chevrotain';
import { ALL_TOKENS } from './tokens.js';

// The lexer — reference/xanoscript.md §2. One instance, reused for every file.

const lexer = new Lexer(ALL_TOKENS, {
  // Full tracking is needed for token end offsets (CST node locations); to-ast still computes
  // line/column from offsets with one table per file.
  positionTracking: 'full',
  ensureOptimizations: true,
  lineTerminatorsPattern: /\n/g,
  lineTerminatorCharacters: ['\n'],
});

export interface LexResult {
  readonly tokens: IToken[];
  /** `// …` comments, in source order; they never reach the parser. */
  readonly comments: IToken[];
  readonly errors: ILexingError[];
}

/** Splits text into tokens; unknown characters become errors and are skipped. */
export function lex(text: string): LexResult {
  const result = lexer.tokenize(text);
  return { tokens: result.tokens, comments: result.groups['comments'] ?? [], errors: result.errors };
}
