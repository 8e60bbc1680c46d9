// The token is checked before anything uses it: one too short to redact safely (the redactor would
// have to blank that character everywhere, which reveals it) or holding a control character (a
// pasted CR/LF that would break the Authorization header) is refused with the variable to fix.
import { ConfigError } from './errors.js';

/** Shorter secrets cannot be redacted without revealing them. */
export const MIN_TOKEN_LENGTH = 8;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * Returns the token when it is usable, else throws ConfigError naming `variable` (never the token).
 * @example const token = checkToken(process.env.XANO_TOKEN ?? '', 'XANO_TOKEN');
 */
export function checkToken(token: string, variable: string): string {
  if (CONTROL.test(token)) {
    throw new ConfigError(`${variable} holds a control character (a carriage return or line feed?); export the token alone, on one line. It was not used.`);
  }
  if (token.length < MIN_TOKEN_LENGTH) {
    throw new ConfigError(`${variable} is ${token.length} character(s) long; a Metadata API token is far longer (at least ${MIN_TOKEN_LENGTH}). It was not used.`);
  }
  return token;
}
