import type { IOrAlt } from 'chevrotain';
import * as T from '../tokens.js';
import type { Dsl, Rules } from './dsl.js';

// Statements — reference/xanoscript.md §4.1. ONE generic statement rule covers every family:
//   `!? name(.name)* target? (arg)? (if (cond))? verb=X? { members }? (as $x)?`
// The members of a statement's block are attributes or the bodies of the block statements
// (`if`/`elseif`/`else`, `each`, `try`/`catch`/`finally`, `case … break`, `default`, `stack`);
// to-ast checks them against the statement tables (ast/schema/statements.ts, generic-statements.ts).

export function defineStmtRules($: Dsl, r: Rules): void {
  // A stack body; `attr` covers test blocks (`input = {…}`), the rest are statements (§1.3).
  const stackItem: IOrAlt<unknown>[] = [
    { ALT: () => $.CONSUME(T.Newline) },
    { ALT: () => $.SUBRULE(r.attr) },
    { ALT: () => $.SUBRULE(r.stmt) },
  ];
  r.stmtBlock = $.RULE('stmtBlock', () => {
    $.CONSUME(T.LCurly);
    $.MANY(() => $.OR(stackItem));
    $.CONSUME(T.RCurly);
  });

  r.attr = $.RULE('attr', () => {
    $.CONSUME(T.Word);
    $.CONSUME(T.Equals);
    $.SUBRULE(r.expr);
  });

  r.stmt = $.RULE('stmt', () => {
    $.OPTION(() => $.CONSUME(T.Bang));
    $.CONSUME(T.Word);
    $.MANY(() => {
      $.CONSUME(T.Dot);
      $.CONSUME1(T.Word);
    });
    $.OPTION1(() => $.SUBRULE(r.stmtTarget));
    $.OPTION2(() => $.SUBRULE(r.parenExpr));
    $.OPTION3(() => {
      $.CONSUME(T.If);
      $.SUBRULE1(r.parenExpr);
    });
    $.OPTION4(() => {
      $.CONSUME(T.Verb);
      $.CONSUME(T.Equals);
      $.CONSUME2(T.Word);
    });
    $.OPTION5(() => $.SUBRULE(r.block));
    $.OPTION6(() => {
      $.CONSUME(T.As);
      $.SUBRULE(r.varRef);
      $.MANY1(() => $.SUBRULE(r.filter));
    });
  });

  // `db.get "user"`, `db.get user`, `api.call test` (a keyword as a name), `var $x.path`, `function.run "a/b"`.
  const targetAlts: IOrAlt<unknown>[] = [
    { ALT: () => $.CONSUME(T.StringLiteral) },
    { ALT: () => $.CONSUME(T.Identifier) },
    { ALT: () => $.CONSUME(T.NameKw) },
    { ALT: () => $.SUBRULE(r.varRef) },
  ];
  r.stmtTarget = $.RULE('stmtTarget', () => {
    $.OR(targetAlts);
  });

  // Concrete separators (not the ListSep category): Chevrotain's re-sync recovery compares exact
  // token types, so a member can recover at the end of its line.
  const blockItem: IOrAlt<unknown>[] = [
    { ALT: () => $.CONSUME(T.Newline) },
    { ALT: () => $.CONSUME(T.Comma) },
    { ALT: () => $.SUBRULE(r.blockMember) },
  ];
  r.block = $.RULE('block', () => {
    $.CONSUME(T.LCurly);
    $.MANY(() => $.OR(blockItem));
    $.CONSUME(T.RCurly);
  });

  defineBlockMember($, r);
}

function defineBlockMember($: Dsl, r: Rules): void {
  const memberAlts: IOrAlt<unknown>[] = [
    { ALT: () => $.SUBRULE(r.attr) },
    { ALT: () => { $.CONSUME(T.Stack); $.SUBRULE(r.stmtBlock); } },
    // A bare `schema` (no block) is an empty schema: Xano writes it for an `object` field without fields.
    { ALT: () => { $.CONSUME(T.Schema); $.OPTION2(() => $.SUBRULE(r.fieldBlock)); } },
    {
      ALT: () => {
        $.CONSUME(T.Each);
        $.OPTION(() => {
          $.CONSUME(T.As);
          $.SUBRULE(r.varRef);
        });
        $.SUBRULE1(r.stmtBlock);
      },
    },
    { ALT: () => { $.CONSUME(T.If); $.SUBRULE(r.parenExpr); $.SUBRULE2(r.stmtBlock); } },
    { ALT: () => { $.CONSUME(T.Elseif); $.SUBRULE1(r.parenExpr); $.SUBRULE3(r.stmtBlock); } },
    { ALT: () => { $.CONSUME(T.BodyKw); $.SUBRULE4(r.stmtBlock); } },
    {
      ALT: () => {
        $.CONSUME(T.Case);
        $.SUBRULE2(r.parenExpr);
        $.SUBRULE5(r.stmtBlock);
        $.OPTION1(() => $.CONSUME(T.Break));
      },
    },
    // `break` on its own line after a case (the canonical form keeps it on the `}` line).
    { ALT: () => $.CONSUME1(T.Break) },
  ];
  r.blockMember = $.RULE('blockMember', () => {
    $.OR(memberAlts);
  });
}
