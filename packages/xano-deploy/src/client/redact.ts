// The token must never reach a message, a log line or a thrown object (DESIGN Conventions: secrets).

/** Replaces every occurrence of each secret with `[REDACTED]`. */
export type Redactor = (text: string) => string;

/**
 * Builds a redactor for the given secrets (empty strings are ignored).
 * @example createRedactor(['s3cret'])('Bearer s3cret') // 'Bearer [REDACTED]'
 */
export function createRedactor(secrets: readonly string[]): Redactor {
  const live = secrets.filter((s) => s.length > 0);
  return (text) => live.reduce((acc, s) => acc.split(s).join('[REDACTED]'), text);
}
