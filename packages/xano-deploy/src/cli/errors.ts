// Errors the CLI's own commands throw. Libraries never use these: they throw typed `<Thing>Error`s
// and cli/error-map.ts alone turns each class into an exit code and a one-line message.
export { InternalError, nullThrows } from '../util/internal-error.js';

/** Exit codes everywhere (DESIGN Conventions). */
export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 } as const;

/**
 * A problem with the user's input, files or configuration found by a command: printed without a stack trace.
 * @example throw new UserError('would overwrite 2 file(s) (use --force)', EXIT.findings);
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.findings,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** A usage or configuration error (exit 2). */
export class UsageError extends UserError {
  constructor(message: string) {
    super(message, EXIT.usage);
    this.name = 'UsageError';
  }
}
