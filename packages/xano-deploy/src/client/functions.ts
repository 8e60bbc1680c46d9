// Functions (reference/meta-api.md §2.5); middleware and addons follow the same pattern (§2.11).
import { wsPath, type ClientContext } from './context.js';
import { createObjectApi, type ObjectApi } from './object-api.js';
import { xanoObjectSchema } from './schemas.js';

/**
 * `/workspace/{ws}/function`: the name comes from the XanoScript header.
 * @example await createFunctionsApi(ctx).create({text: 'function "a" {…}', path: 'function/a.xs'});
 */
export function createFunctionsApi(ctx: ClientContext): ObjectApi {
  return createObjectApi(ctx, { path: `${wsPath(ctx)}/function`, schema: xanoObjectSchema, identityOf: (o) => o });
}

/** `/workspace/{ws}/middleware` (§2.11). */
export function createMiddlewareApi(ctx: ClientContext): ObjectApi {
  return createObjectApi(ctx, { path: `${wsPath(ctx)}/middleware`, schema: xanoObjectSchema, identityOf: (o) => o });
}

/** `/workspace/{ws}/addon` (§2.11). */
export function createAddonsApi(ctx: ClientContext): ObjectApi {
  return createObjectApi(ctx, { path: `${wsPath(ctx)}/addon`, schema: xanoObjectSchema, identityOf: (o) => o });
}
