// XanoScript validation: the emulator rejects what our `parse()` rejects (DESIGN Conventions).
import { firstError, type ParseFn } from '@xac/xanoscript-dsl/layout';
import { readHeader, splitMultidoc, stripGuid, type DocumentHeader } from '@xac/xanoscript-dsl/layout';
import { badRequest, EmulatorHttpError, inputError } from './http-error.js';
import { partsOf } from './document-parts.js';
import { isObjectType, type ObjectType } from './kinds.js';
import { nameProblem } from './names.js';

/** A document that passed: its header, the canonical text to store (no guid) and its kept parts. */
export interface ValidDocument {
  readonly header: DocumentHeader;
  readonly text: string;
  /** A trigger's parent name; a table's records; the workspace's env (document-parts.ts). */
  readonly parent?: string;
  readonly records?: string;
  readonly env?: string;
}

/** What a document failed on, for multidoc previews: 1-based position when it is a syntax error. */
export interface DocumentProblem {
  readonly message: string;
  readonly syntax: boolean;
  readonly line?: number;
  readonly column?: number;
}

/** `inspect`'s answer: a document with its parts, or the first problem. */
export interface InspectResult extends Omit<ValidDocument, 'header'> {
  readonly header?: DocumentHeader;
  readonly problem?: DocumentProblem;
}

export interface DocumentValidator {
  /** For single-object routes: throws the §6 error answer (400 bad request / syntax error). */
  check(text: string, expected: ObjectType): ValidDocument;
  /** For multidoc: the header (when readable) and the first problem, without throwing. */
  inspect(text: string): InspectResult;
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
    const bad = nameProblem(header.name);
    if (bad) return { header, text, problem: { message: `name ${bad}`, syntax: false } };
    if (!isObjectType(header.type)) return { header, text: canonical(text) };
    const parts = partsOf(text, header.type);
    return { ...parts, header, text: canonical(parts.text) };
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
    if (p) throw inputError(p.message, p.message.startsWith('name ') ? 'name' : 'verb');
    return { ...result, header };
  };
  return { check, inspect };
}
