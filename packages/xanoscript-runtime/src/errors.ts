import type { SourceLocation } from '@xac/xanoscript-dsl/ast';

// Typed runtime errors (STYLE "Errors teach"). Every error raised while a script runs carries where
// it happened (`file:line:col` from the node's loc) so the CLI prints one line the author can act on.

/** Where a node sits: the file path given to `run` and the node's loc, as `file:line:col`. */
export function where(path: string | undefined, loc: SourceLocation | undefined): string {
  const file = path ?? '<script>';
  return loc ? `${file}:${loc.start.line}:${loc.start.column}` : file;
}

/**
 * `where` for one node, kept for the last file it ran in: a compiled node reads its location on
 * every step (filters pass it to their checks), and building the text each time is most of a step's cost.
 * @example const at = whereOf(node.loc); at(frame.path) // 'f.xs:3:5'
 */
export function whereOf(loc: SourceLocation | undefined): (path: string | undefined) => string {
  let lastPath: string | undefined;
  let last: string | undefined;
  return (path) => {
    if (last === undefined || path !== lastPath) {
      lastPath = path;
      last = where(path, loc);
    }
    return last;
  };
}

/** Base of every error the runtime raises on behalf of the script (never for a bug in xac). */
export class XanoRuntimeError extends Error {
  /** The HTTP status Xano answers with (essentials.md "Error Types"; 500 unless the error says otherwise). */
  readonly status: number;
  /** `file:line:col` of the statement or expression, when known. */
  readonly at: string | undefined;
  constructor(message: string, options: { status?: number; at?: string } = {}) {
    super(options.at ? `${message} at ${options.at}` : message);
    this.name = 'XanoRuntimeError';
    this.status = options.status ?? 500;
    this.at = options.at;
  }
  /** The message without the location, as Xano shows it. */
  get bare(): string {
    return this.at ? this.message.slice(0, this.message.length - this.at.length - 4) : this.message;
  }
}

/** A statement, filter, expression or object kind the local runtime does not implement. */
export class UnsupportedStatementError extends XanoRuntimeError {
  constructor(readonly what: string, at: string) {
    super(`not supported by the local runtime: ${what}`, { at });
    this.name = 'UnsupportedStatementError';
  }
}

/** A filter the local runtime does not implement (or that no XanoScript docs define). */
export class UnsupportedFilterError extends XanoRuntimeError {
  constructor(readonly filter: string, at: string) {
    super(`not supported by the local runtime: filter ${filter}`, { at });
    this.name = 'UnsupportedFilterError';
  }
}

/** A read of a path that does not exist: Xano's "Unable to locate var: x.a.b" (reference/domain.md §pattern 2). */
export class UnableToLocateError extends XanoRuntimeError {
  constructor(readonly path: string, at: string, scope: 'var' | 'input' = 'var') {
    super(`Unable to locate ${scope}: ${path}`, { at });
    this.name = 'UnableToLocateError';
  }
}

/** A variable that was never declared: Xano's "Missing var entry: x". */
export class MissingVarError extends XanoRuntimeError {
  constructor(readonly variable: string, at: string) {
    super(`Missing var entry: ${variable}`, { at });
    this.name = 'MissingVarError';
  }
}

/** A required input that was not given (or null where not nullable): Xano's "Missing param: x". */
export class MissingParamError extends XanoRuntimeError {
  constructor(readonly param: string, at: string) {
    super(`Missing param: ${param}`, { status: 400, at });
    this.name = 'MissingParamError';
  }
}

/** An input that fails its type or its filters (types.md "Input Block"). */
export class InputValidationError extends XanoRuntimeError {
  constructor(message: string, at: string) {
    super(message, { status: 400, at });
    this.name = 'InputValidationError';
  }
}

/** A value of the wrong type for an operator or filter (syntax.md "Filters Are Type-Specific"). */
export class ValueTypeError extends XanoRuntimeError {
  constructor(message: string, at: string) {
    super(message, { at });
    this.name = 'ValueTypeError';
  }
}

/** A `$env.NAME` that neither the context nor the process environment defines. */
export class EnvVarMissingError extends XanoRuntimeError {
  constructor(readonly variable: string, at: string) {
    super(`environment variable ${variable} is not set (set it in the process environment, or in an env block of xac.config.ts)`, { at });
    this.name = 'EnvVarMissingError';
  }
}

/** A failed `precondition` (syntax.md "Preconditions"; essentials.md "Error Types" maps the status). */
export class PreconditionError extends XanoRuntimeError {
  constructor(message: string, readonly errorType: string, status: number, readonly payload: unknown, at: string) {
    super(message, { status, at });
    this.name = 'PreconditionError';
  }
}

/** A `throw { name, value }` (syntax.md "Throwing Errors"). */
export class ThrownError extends XanoRuntimeError {
  constructor(readonly errorName: string, readonly value: unknown, at: string) {
    super(`${errorName}: ${typeof value === 'string' ? value : JSON.stringify(value)}`, { at });
    this.name = 'ThrownError';
  }
}

/** A `function.run` of a function the workspace does not have. */
export class FunctionNotFoundError extends XanoRuntimeError {
  constructor(readonly functionName: string, at: string) {
    super(`function not found: ${functionName}`, { at });
    this.name = 'FunctionNotFoundError';
  }
}

/** A loop that ran past the runtime's iteration limit (a guard against a script that never ends). */
export class LoopLimitError extends XanoRuntimeError {
  constructor(limit: number, at: string) {
    super(`loop ran more than ${limit} iterations`, { at });
    this.name = 'LoopLimitError';
  }
}

/** A db.* statement in a run whose context has no database. */
export class DatabaseMissingError extends XanoRuntimeError {
  constructor(statement: string, at: string) {
    super(`${statement} needs a database: pass db (Database.open(tables)) in the run context`, { at });
    this.name = 'DatabaseMissingError';
  }
}

/** db.edit / db.patch / db.del of a row that does not exist (unverified: Xano's wording). */
export class RecordNotFoundError extends XanoRuntimeError {
  constructor(table: string, field: string, value: unknown, at: string) {
    super(`no ${table} row with ${field} = ${JSON.stringify(value)}`, { status: 404, at });
    this.name = 'RecordNotFoundError';
  }
}

/** SQL the database refused (a constraint, a type it cannot store), with the statement's location. */
export class DatabaseQueryError extends XanoRuntimeError {
  constructor(message: string, at?: string) {
    super(`database error: ${message}`, at === undefined ? {} : { at });
    this.name = 'DatabaseQueryError';
  }
}

/** A run that went past RunContext.timeoutMs. */
export class RunTimeoutError extends XanoRuntimeError {
  constructor(ms: number, at: string) {
    super(`the run took longer than ${ms} ms`, { at });
    this.name = 'RunTimeoutError';
  }
}
