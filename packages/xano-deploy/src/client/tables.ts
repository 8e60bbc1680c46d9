// Tables, schema as XanoScript (reference/meta-api.md §2.9). Content calls are not needed for deploy.
import { wsPath, type ClientContext } from './context.js';
import { createObjectApi, type ObjectApi } from './object-api.js';
import { xanoObjectSchema } from './schemas.js';

/**
 * `/workspace/{ws}/table`.
 * @example const users = await createTablesApi(ctx).find({name: 'user'}, {includeXanoscript: true});
 */
export function createTablesApi(ctx: ClientContext): ObjectApi {
  return createObjectApi(ctx, { path: `${wsPath(ctx)}/table`, schema: xanoObjectSchema, identityOf: (o) => o });
}
