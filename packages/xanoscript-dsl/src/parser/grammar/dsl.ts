import type {
  ConsumeMethodOpts,
  CstNode,
  DSLMethodOpts,
  DSLMethodOptsWithErr,
  GrammarAction,
  IOrAlt,
  IToken,
  OrMethodOpts,
  ParserMethod,
  SubruleMethodOpts,
  TokenType,
} from 'chevrotain';

// Chevrotain's DSL methods are `protected`; the grammar is split across files (decls, stmts,
// exprs), so each file receives this public view of the one parser instance.

type Consume = (tok: TokenType, opts?: ConsumeMethodOpts) => IToken;
type Subrule = <A extends unknown[]>(rule: ParserMethod<A, CstNode>, opts?: SubruleMethodOpts<A>) => CstNode;
type Option = (def: GrammarAction<unknown> | DSLMethodOpts<unknown>) => unknown;
type Many = (def: GrammarAction<unknown> | DSLMethodOpts<unknown>) => void;
type AtLeastOne = (def: GrammarAction<unknown> | DSLMethodOptsWithErr<unknown>) => void;
type Or = (alts: IOrAlt<unknown>[] | OrMethodOpts<unknown>) => unknown;

export interface Dsl {
  RULE<F extends (...args: never[]) => void>(name: string, impl: F): ParserMethod<Parameters<F>, CstNode>;
  LA(howMuch: number): IToken;
  CONSUME: Consume;
  CONSUME1: Consume;
  CONSUME2: Consume;
  CONSUME3: Consume;
  CONSUME4: Consume;
  CONSUME5: Consume;
  SUBRULE: Subrule;
  SUBRULE1: Subrule;
  SUBRULE2: Subrule;
  SUBRULE3: Subrule;
  SUBRULE4: Subrule;
  SUBRULE5: Subrule;
  OPTION: Option;
  OPTION1: Option;
  OPTION2: Option;
  OPTION3: Option;
  OPTION4: Option;
  OPTION5: Option;
  OPTION6: Option;
  MANY: Many;
  MANY1: Many;
  MANY2: Many;
  MANY3: Many;
  AT_LEAST_ONE: AtLeastOne;
  AT_LEAST_ONE1: AtLeastOne;
  OR: Or;
  OR1: Or;
  OR2: Or;
}

type Rule = ParserMethod<[], CstNode>;

/** Every grammar rule, by name; each file fills in its own family. */
export interface Rules {
  // decls.ts
  document: Rule;
  decl: Rule;
  declName: Rule;
  declBody: Rule;
  declMember: Rule;
  fieldBlock: Rule;
  field: Rule;
  arraySpec: Rule;
  inputFilter: Rule;
  // stmts.ts
  stmtBlock: Rule;
  attr: Rule;
  stmt: Rule;
  stmtTarget: Rule;
  block: Rule;
  blockMember: Rule;
  // exprs.ts
  expr: Rule;
  binary: Rule;
  binaryTail: Rule;
  unary: Rule;
  filter: Rule;
  argBinary: Rule;
  argTail: Rule;
  argUnary: Rule;
  primary: Rule;
  varRef: Rule;
  parenExpr: Rule;
  parenPath: Rule;
  object: Rule;
  objectEntry: Rule;
  array: Rule;
}
