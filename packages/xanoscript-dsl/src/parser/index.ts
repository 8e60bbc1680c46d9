// The parser's public contract — reference/xanoscript.md; DESIGN "Parser vs validators".
import type { Document } from '../ast/nodes/decls.js';
import type { SourceLocation } from '../ast/loc.js';

export type DiagnosticSeverity = 'error' | 'warning';

/** One problem found in a file, in words a person understands. */
export interface Diagnostic {
  readonly severity: DiagnosticSeverity;
  /** Stable machine code, e.g. `syntax`, `unknown-attribute`, `missing-attribute`, `unknown-filter`. */
  readonly code: string;
  readonly message: string;
  /** 1-based line/column of the offending text. */
  readonly loc: SourceLocation;
}

export interface ParseOptions {
  /** The file path, printed in messages. (A query's api_group missing from the file comes from its folder: see the layout readers.) */
  readonly path?: string;
}

export interface ParseResult {
  /** The file's first document; present whenever an object header could be read, even with errors. */
  readonly ast: Document | undefined;
  /**
   * Every object of the file, in order, each with the comments above it: one for most files, several
   * for a multidoc file (`---` between objects) or objects written one after another.
   */
  readonly documents: readonly Document[];
  readonly diagnostics: readonly Diagnostic[];
}

export { parse } from './parse.js';
export { checkMutant, mutate, rng } from './fuzz.js';
