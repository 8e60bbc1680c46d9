/** A 1-based line and column (UTF-16 code units) plus a 0-based offset into the source text. */
export interface Position {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/** Where a node sits in its source file: `start` inclusive, `end` exclusive. */
export interface SourceLocation {
  readonly start: Position;
  readonly end: Position;
}

/** Every AST node may carry a location; the parser fills it, DSL output leaves it out. */
export interface NodeBase {
  readonly loc?: SourceLocation;
}
