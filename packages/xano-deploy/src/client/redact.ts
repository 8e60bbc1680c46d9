// The token must never reach a message, a log line or a thrown object (DESIGN Conventions: secrets).

/** Replaces every occurrence of each secret with `[REDACTED]`. */
export type Redactor = (text: string) => string;

/** Secrets shorter than this cannot be blanked everywhere without revealing them. */
export const MIN_SECRET_LENGTH = 8;

/** A secret too short to redact safely: refused instead of blanking that text everywhere. */
export class UnsafeSecretError extends Error {
  constructor(length: number) {
    super(`a secret of ${length} character(s) cannot be redacted safely (at least ${MIN_SECRET_LENGTH} are needed); it was not used`);
    this.name = 'UnsafeSecretError';
  }
}

/**
 * Builds a redactor for the given secrets (empty strings are ignored; short ones are refused).
 * @example createRedactor(['s3cret-token'])('Bearer s3cret-token') // 'Bearer [REDACTED]'
 */
export function createRedactor(secrets: readonly string[]): Redactor {
  const live = secrets.filter((s) => s.length > 0);
  const short = live.find((s) => s.length < MIN_SECRET_LENGTH);
  if (short !== undefined) throw new UnsafeSecretError(short.length);
  return (text) => live.reduce((acc, s) => acc.split(s).join('[REDACTED]'), text);
}
