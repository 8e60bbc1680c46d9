// `GET /auth/me` validates the token (reference/meta-api.md §2.2).
import type { ClientContext } from './context.js';
import { meSchema, type Me } from './schemas.js';

export interface AuthApi {
  me(): Promise<Me>;
}

/**
 * @example const me = await createAuthApi(ctx).me(); // throws UnauthorizedError on a bad token
 */
export function createAuthApi(ctx: ClientContext): AuthApi {
  return { me: () => ctx.requester.call({ method: 'GET', path: '/auth/me', schema: meSchema }) };
}
