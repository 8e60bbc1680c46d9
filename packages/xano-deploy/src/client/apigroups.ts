// API groups (reference/meta-api.md §2.6): XanoScript `api_group "Name" {canonical = "…"}`, or JSON.
import { wsPath, type ClientContext } from './context.js';
import { createObjectApi, type ObjectApi } from './object-api.js';
import type { WriteOutcome } from './requester.js';
import { xanoObjectSchema, type XanoObject } from './schemas.js';

export interface ApiGroupJson {
  readonly name: string;
  readonly description?: string;
  readonly swagger?: boolean;
}

export interface ApiGroupsApi extends ObjectApi {
  /** Creates a group from the JSON form `{name, description, swagger}`. */
  createJson(group: ApiGroupJson): Promise<XanoObject>;
}

/**
 * `/workspace/{ws}/apigroup`; deleting a group deletes its endpoints.
 * @example const g = await createApiGroupsApi(ctx).create('api_group "Admin" {\n  canonical = "admin"\n}\n');
 */
export function createApiGroupsApi(ctx: ClientContext): ApiGroupsApi {
  const path = `${wsPath(ctx)}/apigroup`;
  const base = createObjectApi(ctx, { path, schema: xanoObjectSchema, identityOf: (o) => o });
  const createJson = (group: ApiGroupJson) => {
    const readBack = async (): Promise<WriteOutcome<XanoObject>> => {
      const found = await base.find({ name: group.name });
      return found ? { landed: true, value: found } : { landed: false };
    };
    const body = JSON.stringify({ description: '', swagger: true, ...group, branch: ctx.branch });
    const query = { branch: ctx.branch };
    return ctx.requester.call({ method: 'POST', path, query, body, contentType: 'application/json', schema: xanoObjectSchema, readBack });
  };
  return { ...base, createJson };
}
