import type { CstNode, IParserErrorMessageProvider, IToken } from 'chevrotain';
import { ALL_TOKENS } from '../tokens.js';
import { defineDeclRules } from './decls.js';
import type { Dsl, Rules } from './dsl.js';
import { defineExprRules } from './exprs.js';
import { MemoParser } from './memo.js';
import { xsErrorMessages } from './messages.js';
import { defineStmtRules } from './stmts.js';

/**
 * The XanoScript CST parser (Chevrotain). One instance is created and reused for every file;
 * recovery is on, so one run reports every syntax error of a file.
 */
export class XsParser extends MemoParser {
  /** The rules, filled in by the grammar files. */
  readonly rules: Rules;

  constructor(options: { readonly recovery?: boolean } = {}) {
    const recovery = options.recovery ?? true;
    super(ALL_TOKENS, {
      recoveryEnabled: recovery,
      maxLookahead: 3,
      nodeLocationTracking: 'onlyOffset',
      // The checking parser only needs to know that a unit fails, never why: no messages to build.
      errorMessageProvider: recovery ? xsErrorMessages : QUIET_MESSAGES,
    });
    const $ = this as unknown as Dsl;
    const rules = {} as Rules;
    defineExprRules($, rules);
    defineStmtRules($, rules);
    defineDeclRules($, rules);
    this.rules = rules;
    this.performSelfAnalysis();
  }

  /** Parses `tokens` as one expression (the content of a backtick expression, §2.5). */
  parseExpr(tokens: IToken[]): CstNode {
    this.input = tokens;
    return this.rules.expr.call(this);
  }
}

const QUIET_MESSAGES: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: () => '',
  buildNotAllInputParsedMessage: () => '',
  buildNoViableAltMessage: () => '',
  buildEarlyExitMessage: () => '',
};

/** The shared parser instance. */
export const xsParser = new XsParser();

let checker: XsParser | undefined;
/**
 * A second instance without recovery, made on first use: it stops at a unit's first mistake, for the
 * recovery's "is this unit broken on its own" question (units.ts).
 */
export function checkingParser(): XsParser {
  checker ??= new XsParser({ recovery: false });
  return checker;
}
