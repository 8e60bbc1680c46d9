import {
  CstParser, getLookaheadPaths, NoViableAltException,
  type IParserErrorMessageProvider, type IRecognitionException, type IToken, type ITokenGrammarPath,
  type LookaheadSequence, type TokenType,
} from 'chevrotain';

// Chevrotain answers two questions about the grammar anew each time its error handling asks them:
// which tokens may follow a grammar path (in-rule recovery) and which token sequences each branch of
// an alternation starts with (the message of a "no viable alternative"). Both depend on the grammar
// alone, and a broken file asks them at each of its mistakes, so this parser keeps the answers: on
// the corpus's files with errors they were a fifth of the parse time.

/** Parser internals this class calls; present in Chevrotain 11 though missing from its typings. */
interface Internals {
  readonly maxLookahead: number;
  readonly errorMessageProvider: IParserErrorMessageProvider;
  getCurrRuleFullName(): string;
  SAVE_ERROR(error: IRecognitionException): IRecognitionException;
}

/** Answers kept per parser; deep nesting makes new grammar paths without end, so the store is bounded. */
const MAX_KEPT = 4096;

/**
 * A CstParser that remembers the grammar facts its error handling computes.
 * @example class MyParser extends MemoParser { constructor() { super(tokens, { recoveryEnabled: true }); this.performSelfAnalysis(); } }
 */
export abstract class MemoParser extends CstParser {
  private readonly follows = new Map<string, TokenType[]>();
  private readonly altPaths = new Map<string, LookaheadSequence[]>();

  protected override getNextPossibleTokenTypes(path: ITokenGrammarPath): TokenType[] {
    const key = `${path.ruleStack.join(',')}|${path.occurrenceStack.join(',')}|${path.lastTok.name}|${path.lastTokOccurrence}`;
    return kept(this.follows, key, () => super.getNextPossibleTokenTypes(path));
  }

  /** Chevrotain's own raiseNoAltException, with the lookahead paths of the alternation kept. */
  protected raiseNoAltException(occurrence: number, errMsgTypes: string | undefined): never {
    const self = this as unknown as Internals;
    const ruleName = self.getCurrRuleFullName();
    const expectedPathsPerAlt = kept(this.altPaths, `${ruleName}|${occurrence}`, () =>
      getLookaheadPaths({ occurrence, rule: this.getGAstProductions()[ruleName]!, prodType: 'Alternation', maxLookahead: self.maxLookahead }));
    const actual: IToken[] = [];
    for (let i = 1; i <= self.maxLookahead; i++) actual.push(this.LA(i));
    const previous = this.LA(0);
    const message = self.errorMessageProvider.buildNoViableAltMessage({
      expectedPathsPerAlt, actual, previous, customUserDescription: errMsgTypes ?? '', ruleName,
    });
    throw self.SAVE_ERROR(new NoViableAltException(message, this.LA(1), previous));
  }
}

function kept<T>(store: Map<string, T>, key: string, compute: () => T): T {
  let value = store.get(key);
  if (value === undefined) {
    if (store.size >= MAX_KEPT) store.clear();
    value = compute();
    store.set(key, value);
  }
  return value;
}
