// The project's own parser. The emulator rejects what `parse()` rejects, and the client re-parses a
// multidoc document locally to give a syntax error its line:column.
import { parse } from '../parser/index.js';

/** The part of a parser diagnostic the deploy side needs (1-based positions). */
export interface LocalDiagnostic {
  readonly severity: string;
  readonly code: string;
  readonly message: string;
  readonly loc: { readonly start: { readonly line: number; readonly column: number } };
}

/** `parse(text, {path})` reduced to its diagnostics. */
export type ParseFn = (text: string, opts: { readonly path?: string }) => { readonly diagnostics: readonly LocalDiagnostic[] };

/**
 * The parser from '../parser/index.js' (async for callers written before it existed).
 * @example const parse = await loadParse(); const errs = parse(text, {path}).diagnostics;
 */
export function loadParse(): Promise<ParseFn> {
  return Promise.resolve(parse);
}

/**
 * The error to report for a document, as a server would: the earliest syntax error (later schema
 * findings such as a missing `response` can be echoes of it), else the earliest error.
 */
export function firstError(diagnostics: readonly LocalDiagnostic[]): LocalDiagnostic | undefined {
  const errors = diagnostics
    .filter((d) => d.severity === 'error')
    .sort((a, b) => a.loc.start.line - b.loc.start.line || a.loc.start.column - b.loc.start.column);
  return errors.find((d) => d.code === 'syntax') ?? errors[0];
}
