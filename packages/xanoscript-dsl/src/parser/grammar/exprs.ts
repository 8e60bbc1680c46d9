import type { IOrAlt } from 'chevrotain';
import * as T from '../tokens.js';
import type { Dsl, Rules } from './dsl.js';

// Expressions — reference/xanoscript.md §2.3–§2.8. The binary level is flat (`unary (op unary)*`):
// to-ast applies the precedence table of §2.8, which keeps the CST shallow and the parser fast.
// Filter arguments (`:arg`) use the `arg*` rules, which take no filters of their own, so an argument
// ends at the next top-level `|` or `:` (§2.7). Alternatives are built once, outside the rules.

export function defineExprRules($: Dsl, r: Rules): void {
  r.expr = $.RULE('expr', () => {
    $.SUBRULE(r.binary);
    $.OPTION(() => {
      $.CONSUME(T.Question);
      $.SUBRULE1(r.expr);
      $.CONSUME(T.Colon);
      $.SUBRULE2(r.expr);
    });
  });

  // `$x -1` lexes as `$x` and `-1`; the NegNumber alternative reads it as a subtraction (§9). Each
  // operator with its operand is one `binaryTail` node, so to-ast sees them in source order.
  const tailAlts: IOrAlt<unknown>[] = [
    { ALT: () => { $.CONSUME(T.BinOp); $.SUBRULE(r.unary); } },
    { ALT: () => { $.CONSUME(T.NegNumber); $.MANY(() => $.SUBRULE(r.filter)); } },
    { ALT: () => { $.CONSUME(T.Between); $.SUBRULE1(r.unary); $.CONSUME(T.Colon); $.SUBRULE2(r.unary); } },
    { ALT: () => { $.CONSUME(T.NotBetween); $.SUBRULE3(r.unary); $.CONSUME1(T.Colon); $.SUBRULE4(r.unary); } },
  ];
  r.binaryTail = $.RULE('binaryTail', () => {
    $.OR(tailAlts);
  });
  r.binary = $.RULE('binary', () => {
    $.SUBRULE(r.unary);
    $.MANY(() => $.SUBRULE(r.binaryTail));
  });

  const operand: IOrAlt<unknown>[] = [
    { ALT: () => { $.SUBRULE(r.primary); $.MANY1(() => $.SUBRULE(r.filter)); } },
    { ALT: () => $.AT_LEAST_ONE(() => $.SUBRULE1(r.filter)) },
  ];
  const prefix: IOrAlt<unknown>[] = [{ ALT: () => $.CONSUME(T.Bang) }, { ALT: () => $.CONSUME(T.Minus) }];
  r.unary = $.RULE('unary', () => {
    $.MANY(() => $.OR1(prefix));
    $.OR(operand);
  });

  r.filter = $.RULE('filter', () => {
    $.CONSUME(T.Pipe);
    $.OPTION(() => $.CONSUME(T.Bang));
    $.CONSUME(T.Word);
    $.MANY(() => {
      $.CONSUME(T.Colon);
      $.SUBRULE(r.argBinary);
    });
  });

  const argTailAlts: IOrAlt<unknown>[] = [
    { ALT: () => { $.CONSUME(T.BinOp); $.SUBRULE(r.argUnary); } },
    { ALT: () => $.CONSUME(T.NegNumber) },
  ];
  r.argTail = $.RULE('argTail', () => {
    $.OR(argTailAlts);
  });
  r.argBinary = $.RULE('argBinary', () => {
    $.SUBRULE(r.argUnary);
    $.MANY(() => $.SUBRULE(r.argTail));
  });
  const argPrefix: IOrAlt<unknown>[] = [{ ALT: () => $.CONSUME(T.Bang) }, { ALT: () => $.CONSUME(T.Minus) }];
  r.argUnary = $.RULE('argUnary', () => {
    $.MANY(() => $.OR(argPrefix));
    $.SUBRULE(r.primary);
  });

  definePrimaryRules($, r);
}

function definePrimaryRules($: Dsl, r: Rules): void {
  const literal = (tok: typeof T.Identifier) => ({ ALT: () => $.CONSUME(tok) });
  const primaryAlts: IOrAlt<unknown>[] = [
    literal(T.StringLiteral),
    literal(T.TripleString),
    literal(T.NumberLiteral),
    literal(T.NegNumber),
    literal(T.True),
    literal(T.False),
    literal(T.Null),
    literal(T.Now),
    literal(T.Timestamp),
    literal(T.Backtick),
    literal(T.Identifier),
    { ALT: () => { $.CONSUME(T.Cast); $.CONSUME1(T.StringLiteral); } },
    { ALT: () => $.SUBRULE(r.varRef) },
    { ALT: () => $.SUBRULE(r.parenPath) },
    { ALT: () => $.SUBRULE(r.object) },
    { ALT: () => $.SUBRULE(r.array) },
  ];
  r.primary = $.RULE('primary', () => {
    $.OR(primaryAlts);
  });

  const segment: IOrAlt<unknown>[] = [
    { ALT: () => { $.CONSUME(T.Dot); $.OR1(segmentName); } },
    { ALT: () => { $.CONSUME(T.LBracket); $.SUBRULE(r.expr); $.CONSUME(T.RBracket); } },
  ];
  // `$env.$remote_ip` (§2.3) and `$row.0` are accepted as property names.
  const segmentName: IOrAlt<unknown>[] = [
    { ALT: () => $.CONSUME(T.Word) },
    { ALT: () => $.CONSUME1(T.Variable) },
    { ALT: () => $.CONSUME(T.NumberLiteral) },
  ];
  r.varRef = $.RULE('varRef', () => {
    $.CONSUME(T.Variable);
    $.MANY(() => $.OR(segment));
  });

  // `(expr).field` and `(expr)[0]`: a path into the value of a parenthesised expression (corpus),
  // with the segments of a variable's path.
  r.parenPath = $.RULE('parenPath', () => {
    $.SUBRULE(r.parenExpr);
    $.MANY(() => $.OR(segment));
  });

  // `(expr)` or the range `(a..b)` (§2.8); a newline may follow `(` and precede `)`.
  r.parenExpr = $.RULE('parenExpr', () => {
    $.CONSUME(T.LParen);
    $.MANY(() => $.CONSUME(T.Newline));
    // Empty parentheses parse, so that to-ast can tell an empty condition (`precondition () {`, which
    // Xano writes for a precondition left blank) from an empty value, which is an error.
    $.OPTION2(() => {
      $.SUBRULE(r.expr);
      $.OPTION(() => {
        $.CONSUME(T.DotDot);
        $.SUBRULE1(r.expr);
      });
    });
    $.CONSUME(T.RParen);
  });

  defineLiteralRules($, r);
}

// `{k: v, …}` and `[a, b]`: entries separated by commas or newlines, either form, trailing allowed (§2.6).
function defineLiteralRules($: Dsl, r: Rules): void {
  // Concrete separator tokens rather than the ListSep category, for re-sync recovery (see stmts.ts).
  const sepAlts: IOrAlt<unknown>[] = [{ ALT: () => $.CONSUME(T.Newline) }, { ALT: () => $.CONSUME(T.Comma) }];
  const seps = () => $.OR(sepAlts);
  const sepAlts1: IOrAlt<unknown>[] = [{ ALT: () => $.CONSUME1(T.Newline) }, { ALT: () => $.CONSUME1(T.Comma) }];
  const seps1 = () => $.OR1(sepAlts1);
  r.object = $.RULE('object', () => {
    $.CONSUME(T.LCurly);
    $.MANY(seps);
    $.OPTION(() => {
      $.SUBRULE(r.objectEntry);
      $.MANY1(() => {
        $.AT_LEAST_ONE(seps1);
        $.OPTION1(() => $.SUBRULE1(r.objectEntry));
      });
    });
    $.CONSUME(T.RCurly);
  });
  // A bare key may be a dotted path (`sort = {event_log.created_at: "desc"}`, corpus); `!key:` is a
  // disabled entry, kept but not sent (corpus: Xano writes it for a switched-off field).
  const keyAlts: IOrAlt<unknown>[] = [
    {
      ALT: () => {
        $.CONSUME(T.Word);
        $.MANY(() => {
          $.CONSUME(T.Dot);
          $.CONSUME1(T.Word);
        });
      },
    },
    { ALT: () => $.CONSUME(T.StringLiteral) },
    { ALT: () => $.CONSUME(T.NumberLiteral) },
  ];
  r.objectEntry = $.RULE('objectEntry', () => {
    $.OPTION(() => $.CONSUME(T.Bang));
    $.OR(keyAlts);
    $.CONSUME(T.Colon);
    $.SUBRULE(r.expr);
  });
  r.array = $.RULE('array', () => {
    $.CONSUME(T.LBracket);
    $.MANY(seps);
    $.OPTION(() => {
      $.SUBRULE(r.expr);
      $.MANY1(() => {
        $.AT_LEAST_ONE(seps1);
        $.OPTION1(() => $.SUBRULE1(r.expr));
      });
    });
    $.CONSUME(T.RBracket);
  });
}
