// Broken invariants (a bug in xac, not a user's mistake). The CLI reports them with a hint to file
// an issue; libraries throw them through `nullThrows` instead of using `!`.

/**
 * A broken invariant: a bug in xac.
 * @example throw new InternalError('api group "x" has no id');
 */
export class InternalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InternalError';
  }
}

/**
 * Returns `value`, or throws an InternalError naming the broken invariant.
 * @example const id = nullThrows(book.groups.get(name), `api group "${name}" has no id`);
 */
export function nullThrows<T>(value: T | null | undefined, reason: string): T {
  if (value === null || value === undefined) throw new InternalError(reason);
  return value;
}
