import type { GenericStmt } from '@xac/xanoscript-dsl/ast';
import { randomBytes } from 'node:crypto';
import { ValueTypeError } from '../errors.js';
import type { Frame } from '../scope.js';
import { toText, type Value } from '../values.js';
import { assign, at, attrValue } from './bind.js';

/**
 * `security.create_auth_token { table = "user", id = $user.id, extras = {…}, expiration = 86400 } as $token`
 * (security.md "Auth Token Generation"): a token the run context's issuer records (the emulator's
 * auth table turns it back into `$auth` on a request that sends it as a Bearer token).
 */
export function createAuthToken(s: GenericStmt, frame: Frame): void {
  const table = toText(attrValue(s, 'table', frame));
  if (table === '') throw new ValueTypeError('security.create_auth_token needs table = "<auth table>"', at(frame, s));
  const expiration = attrValue(s, 'expiration', frame);
  const claims = { table, id: attrValue(s, 'id', frame), extras: attrValue(s, 'extras', frame) ?? {}, expiration: expiration === null ? null : Number(expiration) };
  const issuer = frame.state.ctx.authTokens;
  const token: Value = issuer ? issuer.issue(claims) : randomBytes(24).toString('base64url');
  if (s.as) assign(s.as, token, { frame }, false);
}
