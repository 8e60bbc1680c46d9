/** Exit codes everywhere (DESIGN Conventions). */
export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 } as const;

/**
 * A problem with the user's input, files or configuration: printed without a stack trace.
 * @example throw new UserError('apps/x.ts:3:5: function name must not be empty', EXIT.findings);
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

/** A broken invariant: a bug in xac, reported with a hint to file an issue (exit 3). */
export class InternalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InternalError';
  }
}

/** Returns `value`, or throws an InternalError naming the broken invariant. */
export function nullThrows<T>(value: T | null | undefined, reason: string): T {
  if (value === null || value === undefined) throw new InternalError(reason);
  return value;
}
