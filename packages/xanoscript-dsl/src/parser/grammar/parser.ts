import { CstParser, type CstNode, type IToken } from 'chevrotain';
import { ALL_TOKENS } from '../tokens.js';
import { defineDeclRules } from './decls.js';
import type { Dsl, Rules } from './dsl.js';
import { defineExprRules } from './exprs.js';
import { xsErrorMessages } from './messages.js';
import { defineStmtRules } from './stmts.js';

/**
 * The XanoScript CST parser (Chevrotain). One instance is created and reused for every file;
 * recovery is on, so one run reports every syntax error of a file.
 */
export class XsParser extends CstParser {
  /** The rules, filled in by the grammar files. */
  readonly rules: Rules;

  constructor() {
    super(ALL_TOKENS, {
      recoveryEnabled: true,
      maxLookahead: 3,
      nodeLocationTracking: 'onlyOffset',
      errorMessageProvider: xsErrorMessages,
    });
    const $ = this as unknown as Dsl;
    const rules = {} as Rules;
    defineExprRules($, rules);
    defineStmtRules($, rules);
    defineDeclRules($, rules);
    this.rules = rules;
    this.performSelfAnalysis();
  }

  /** Parses `tokens` as a whole file. */
  parseDocument(tokens: IToken[]): CstNode {
    this.input = tokens;
    return this.rules.document.call(this);
  }

  /** Parses `tokens` as one expression (the content of a backtick expression, §2.5). */
  parseExpr(tokens: IToken[]): CstNode {
    this.input = tokens;
    return this.rules.expr.call(this);
  }
}

/** The shared parser instance. */
export const xsParser = new XsParser();
