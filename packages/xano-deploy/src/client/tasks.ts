// Tasks (reference/meta-api.md §2.8): schedule and active live inside the XanoScript.
import { wsPath, type ClientContext } from './context.js';
import { createObjectApi, type ObjectApi } from './object-api.js';
import { xanoObjectSchema } from './schemas.js';

/**
 * `/workspace/{ws}/task`.
 * @example const tasks = await createTasksApi(ctx).list({includeXanoscript: true});
 */
export function createTasksApi(ctx: ClientContext): ObjectApi {
  return createObjectApi(ctx, { path: `${wsPath(ctx)}/task`, schema: xanoObjectSchema, identityOf: (o) => o });
}
