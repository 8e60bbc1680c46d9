// The emulator's auth table: tokens issued by `security.create_auth_token` (or by a test through the
// handle), resolved back to `$auth` when a request sends `Authorization: Bearer <token>`
// (apis.md "Authenticated Endpoint"; security.md "Auth Token Generation").
import { randomBytes } from 'node:crypto';
import type { AuthTokenClaims, AuthTokenIssuer, Clock } from '@xac/xanoscript-runtime';
import { isObjectValue, type AuthValue } from './values.js';

interface Issued {
  readonly table: string;
  readonly auth: AuthValue;
  /** Epoch ms past which the token is refused; undefined: never. */
  readonly expiresAt: number | undefined;
}

/** One token per issue, kept in memory for the emulator's lifetime. */
export class AuthTable implements AuthTokenIssuer {
  private readonly tokens = new Map<string, Issued>();
  constructor(private readonly clock: Clock) {}

  /**
   * A new token for `claims`; `$auth` will be `{id, …extras}` (unverified: Xano's token carries the same).
   * @example const token = auth.issue({ table: 'user', id: 1, extras: {}, expiration: 3600 });
   */
  issue(claims: AuthTokenClaims): string {
    const token = randomBytes(24).toString('base64url');
    const extras = isObjectValue(claims.extras) ? claims.extras : {};
    const expiresAt = claims.expiration === null || !Number.isFinite(claims.expiration) ? undefined : this.clock.now() + claims.expiration * 1000;
    this.tokens.set(token, { table: claims.table, auth: { ...extras, id: claims.id }, expiresAt });
    return token;
  }

  /** `$auth` for a token of `table`, or undefined when it is unknown, expired or of another table. */
  resolve(token: string, table: string): AuthValue | undefined {
    const t = this.tokens.get(token);
    if (!t || t.table !== table) return undefined;
    if (t.expiresAt !== undefined && this.clock.now() > t.expiresAt) return undefined;
    return t.auth;
  }
}
