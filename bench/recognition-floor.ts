// The speed floor of any parser built on our Chevrotain grammar: the file lexed and recognised by a
// Chevrotain parser made of the same grammar rules that builds nothing (no CST, no AST, no checks).
// `pnpm bench conformance` times it beside parse() and Xano's v11 parser, so the "N× v11" aim can be
// read against what Chevrotain alone costs (docs/benchmarks.md "What limits it").
import { EmbeddedActionsParser, type IToken } from 'chevrotain';
import { defineDeclRules } from '../packages/xanoscript-dsl/src/parser/grammar/decls.js';
import type { Dsl, Rules } from '../packages/xanoscript-dsl/src/parser/grammar/dsl.js';
import { defineExprRules } from '../packages/xanoscript-dsl/src/parser/grammar/exprs.js';
import { defineStmtRules } from '../packages/xanoscript-dsl/src/parser/grammar/stmts.js';
import { foldUnknownObjects } from '../packages/xanoscript-dsl/src/parser/fold-unknown.js';
import { lex } from '../packages/xanoscript-dsl/src/parser/lexer.js';
import { ALL_TOKENS } from '../packages/xanoscript-dsl/src/parser/tokens.js';

class Recognizer extends EmbeddedActionsParser {
  readonly rules: Rules;
  constructor() {
    super(ALL_TOKENS, { recoveryEnabled: true, maxLookahead: 3 });
    const rules = {} as Rules;
    const $ = this as unknown as Dsl;
    defineExprRules($, rules);
    defineStmtRules($, rules);
    defineDeclRules($, rules);
    this.rules = rules;
    this.performSelfAnalysis();
  }
}

let recognizer: Recognizer | undefined;

/**
 * Milliseconds to lex and recognise `text` (its first object), building nothing.
 * @example const ms = timeRecognition('function "f" {\n  stack {\n  }\n  response = 1\n}\n');
 */
export function timeRecognition(text: string): number {
  recognizer ??= new Recognizer();
  const t = performance.now();
  const tokens: IToken[] = foldUnknownObjects(lex(text).tokens, text);
  recognizer.input = tokens;
  recognizer.rules.decl.call(recognizer);
  return performance.now() - t;
}
