// XanoScript validation: the emulator rejects what our `parse()` rejects (DESIGN Conventions).
import { firstError, type ParseFn } from '../client/local-parse.js';
import { readHeader, splitMultidoc, stripGuid, type DocumentHeader } from '../client/xs-document.js';
import { badRequest, EmulatorHttpError, inputError } from './http-error.js';
import type { ObjectType } from './state.js';

/** A document that passed: its header and the canonical text to store (no guid). */
export interface ValidDocument {
  readonly header: DocumentHeader;
  readonly text: string;
}

/** What a document failed on, for multidoc previews: 1-based position when it is a syntax error. */
export interface DocumentProblem {
  readonly message: string;
  readonly syntax: boolean;
  readonly line?: number;
  readonly column?: number;
}

export interface DocumentValidator {
  /** For single-object routes: throws the §6 error answer (400 bad request / syntax error). */
  check(text: string, expected: ObjectType): ValidDocument;
  /** For multidoc: the header (when readable) and the first problem, without throwing. */
  inspect(text: string): { readonly header?: DocumentHeader; readonly text: string; readonly problem?: DocumentProblem };
}

export interface ValidatorOptions {
  readonly parse: ParseFn;
  /** Base of `payload.line` / `payload.col` in syntax errors (reference §2.15 guesses 0). */
  readonly positionBase: 0 | 1;
  /** Turns accepted text into the stored form; default: guid stripped, whitespace normalized. */
  readonly canonicalize?: (text: string) => string;
}

/**
 * @example const v = createValidator({parse, positionBase: 0}); const {header} = v.check(body, 'function');
 */
export function createValidator(o: ValidatorOptions): DocumentValidator {
  const canonical = o.canonicalize ?? stripGuid;
  const inspect: DocumentValidator['inspect'] = (text) => {
    const header = readHeader(text);
    if (!header) return { text, problem: { message: 'Invalid schema: no object header', syntax: true, line: 1, column: 1 } };
    const err = firstError(o.parse(text, {}).diagnostics);
    if (err) return { header, text, problem: { message: err.message, syntax: true, line: err.loc.start.line, column: err.loc.start.column } };
    if (header.type === 'query' && header.verb === undefined) return { header, text, problem: { message: 'query needs verb=<VERB>', syntax: false } };
    return { header, text: canonical(text) };
  };
  const check: DocumentValidator['check'] = (text, expected) => {
    if (splitMultidoc(text).length > 1) throw badRequest('Invalid schema: one document per request');
    const header = readHeader(text);
    if (!header) throw badRequest('Invalid schema: no object header');
    if (header.type !== expected) throw badRequest(`Invalid schema: expected a ${expected} document, got ${header.type}`);
    const result = inspect(text);
    const p = result.problem;
    if (p?.syntax) {
      const base = o.positionBase;
      const payload = { line: (p.line ?? 1) - 1 + base, col: (p.column ?? 1) - 1 + base };
      throw new EmulatorHttpError(400, 'ERROR_CODE_SYNTAX_ERROR', p.message, payload);
    }
    if (p) throw inputError(p.message, 'verb');
    return { header, text: result.text };
  };
  return { check, inspect };
}
