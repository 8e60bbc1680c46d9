import type { IOrAlt } from 'chevrotain';
import * as T from '../tokens.js';
import type { Dsl, Rules } from './dsl.js';

// Objects and fields — reference/xanoscript.md §1 and §3. One rule reads every object kind:
// `keyword(.keyword)? name verb=V? { members }`; to-ast checks the members against the kind's
// entry in ast/schema/object-kinds.ts.

export function defineDeclRules($: Dsl, r: Rules): void {
  // A file holds one object or several: `---`-separated (multidoc) or one after another (marketplace).
  // An object of a kind the catalogue does not know arrives as one RawObject token (parse.ts).
  // parse() reads the objects one by one with `decl` (split-objects.ts) and builds a CST of this
  // rule's shape; the rule states that shape and gives it its generated typing.
  const gapAlts: IOrAlt<unknown>[] = [{ ALT: () => $.CONSUME(T.Newline) }, { ALT: () => $.CONSUME(T.DocSeparator) }];
  const firstAlts: IOrAlt<unknown>[] = [{ ALT: () => $.CONSUME(T.RawObject) }, { ALT: () => $.SUBRULE(r.decl) }];
  const restAlts: IOrAlt<unknown>[] = [
    { ALT: () => $.CONSUME1(T.Newline) },
    { ALT: () => $.CONSUME1(T.DocSeparator) },
    { ALT: () => $.CONSUME1(T.RawObject) },
    { ALT: () => $.SUBRULE1(r.decl) },
  ];
  r.document = $.RULE('document', () => {
    $.MANY(() => $.OR(gapAlts));
    $.OR1(firstAlts);
    $.MANY1(() => $.OR2(restAlts));
  });

  r.decl = $.RULE('decl', () => {
    $.CONSUME(T.Word);
    $.OPTION(() => {
      $.CONSUME(T.Dot);
      $.CONSUME1(T.Word);
    });
    $.SUBRULE(r.declName);
    $.OPTION1(() => {
      $.CONSUME(T.Verb);
      $.CONSUME(T.Equals);
      $.CONSUME2(T.Word);
    });
    $.SUBRULE(r.declBody);
  });

  // A quoted name, or a bare path `users/{id}` (§7 item 9).
  const segment: IOrAlt<unknown>[] = [
    { ALT: () => $.CONSUME1(T.Word) },
    { ALT: () => { $.CONSUME(T.LCurly); $.CONSUME2(T.Word); $.CONSUME(T.RCurly); } },
  ];
  const nameAlts: IOrAlt<unknown>[] = [
    { ALT: () => $.CONSUME(T.StringLiteral) },
    {
      ALT: () => {
        $.CONSUME(T.Word);
        $.MANY(() => {
          $.CONSUME(T.Slash);
          $.OR1(segment);
        });
      },
    },
  ];
  r.declName = $.RULE('declName', () => {
    $.OR(nameAlts);
  });

  const memberAlts: IOrAlt<unknown>[] = [
    { ALT: () => $.CONSUME(T.Newline) },
    { ALT: () => $.SUBRULE(r.declMember) },
  ];
  r.declBody = $.RULE('declBody', () => {
    $.CONSUME(T.LCurly);
    $.MANY(() => $.OR(memberAlts));
    $.CONSUME(T.RCurly);
  });

  defineDeclMember($, r);
  defineFieldRules($, r);
}

function defineDeclMember($: Dsl, r: Rules): void {
  const alts: IOrAlt<unknown>[] = [
    { ALT: () => $.SUBRULE(r.attr) },
    // v11 also accepts a bare `input` with no braces (§1.3).
    { ALT: () => { $.CONSUME(T.Input); $.OPTION(() => $.SUBRULE(r.fieldBlock)); } },
    { ALT: () => { $.CONSUME(T.Schema); $.SUBRULE1(r.fieldBlock); } },
    { ALT: () => { $.CONSUME(T.Output); $.SUBRULE2(r.fieldBlock); } },
    { ALT: () => { $.CONSUME(T.Stack); $.SUBRULE(r.stmtBlock); } },
    // corpus: a bare test name, `test test1 {`
    { ALT: () => { $.CONSUME(T.Test); $.OR1(testName); $.SUBRULE1(r.stmtBlock); } },
    // v11 `schedule { events = [...] }` (§1.3); the docs form `schedule = [...]` is an attr.
    { ALT: () => { $.CONSUME(T.Schedule); $.SUBRULE(r.block); } },
  ];
  const testName: IOrAlt<unknown>[] = [{ ALT: () => $.CONSUME(T.StringLiteral) }, { ALT: () => $.CONSUME(T.Word) }];
  r.declMember = $.RULE('declMember', () => {
    $.OR(alts);
  });
}

// `type[spec]? name?=default filters=a|b:1 { meta }` (§3.1).
function defineFieldRules($: Dsl, r: Rules): void {
  const items: IOrAlt<unknown>[] = [
    { ALT: () => $.CONSUME(T.Newline) },
    { ALT: () => $.SUBRULE(r.field) },
  ];
  r.fieldBlock = $.RULE('fieldBlock', () => {
    $.CONSUME(T.LCurly);
    $.MANY(() => $.OR(items));
    $.CONSUME(T.RCurly);
  });

  const nameAlts: IOrAlt<unknown>[] = [
    { ALT: () => $.CONSUME1(T.Word) },
    { ALT: () => $.CONSUME(T.StringLiteral) },
    // `int in?` lexes `in?` as the db operator; here it is the name `in`, optional.
    { ALT: () => $.CONSUME(T.WordOpQ) },
  ];
  r.field = $.RULE('field', () => {
    $.CONSUME(T.Word);
    // More than one `[]` is accepted here and reported as an unsupported nested array (§3.3).
    $.MANY1(() => $.SUBRULE(r.arraySpec));
    $.OPTION1(() => $.CONSUME(T.Question));
    $.OPTION2(() => $.OR(nameAlts));
    $.OPTION3(() => $.CONSUME1(T.Question));
    $.OPTION4(() => {
      $.CONSUME(T.Equals);
      $.SUBRULE(r.argUnary);
    });
    $.OPTION5(() => {
      $.CONSUME(T.Filters);
      $.CONSUME1(T.Equals);
      $.SUBRULE(r.inputFilter);
      $.MANY(() => {
        $.CONSUME(T.Pipe);
        $.SUBRULE1(r.inputFilter);
      });
    });
    $.OPTION6(() => $.SUBRULE(r.block));
  });

  r.arraySpec = $.RULE('arraySpec', () => {
    $.CONSUME(T.LBracket);
    $.OPTION(() => $.CONSUME(T.NumberLiteral));
    $.OPTION1(() => {
      $.CONSUME(T.Colon);
      $.OPTION2(() => $.CONSUME1(T.NumberLiteral));
    });
    $.CONSUME(T.RBracket);
  });

  const argAlts: IOrAlt<unknown>[] = [
    { ALT: () => $.CONSUME1(T.Word) },
    { ALT: () => $.CONSUME(T.StringLiteral) },
    { ALT: () => $.CONSUME(T.Regex) },
    { ALT: () => $.CONSUME(T.NumberLiteral) },
    { ALT: () => $.CONSUME(T.NegNumber) },
    { ALT: () => $.CONSUME(T.True) },
    { ALT: () => $.CONSUME(T.False) },
  ];
  r.inputFilter = $.RULE('inputFilter', () => {
    $.OPTION(() => $.CONSUME(T.Bang));
    $.CONSUME(T.Word);
    $.MANY(() => {
      $.CONSUME(T.Colon);
      $.OR(argAlts);
    });
  });
}
